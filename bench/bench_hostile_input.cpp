// SPDX-License-Identifier: MIT
// What hostile but well-formed input costs the protocol layer (issue 16): time and peak memory of one decode
// or pretty-print of each case. Prints "name value unit" lines; every case runs in a child process of its own
// (`bench_hostile_input <case>`), so each peak RSS is that case's alone.
//   msgpack_flood  a 60 MB msgpack frame of one-byte values (item 7: 1.45 GB, 1.7-2.9 s before the fix)
//   pretty_deep    pretty-printing 20 kB of JSON nested 9 990 deep (item 5: 1.6 s, 831 MB before)
//   pretty_wide    pretty-printing 200 values each nested 2 000 deep, 800 kB (item 5: 20.9 s, 6.6 GB before)
#include "protocol/JsonPrettyPrinter.h"
#include "protocol/MsgpackCodec.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QtEndian>

#include <cstdio>
#include <functional>
#include <sys/resource.h>

namespace {

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

void print(const QByteArray& name, double value, const char* unit)
{
    std::printf("%s %.1f %s\n", name.constData(), value, unit);
    std::fflush(stdout);
}

// Runs `work` once on input made by `makeInput`: the time it took and the peak RSS it added to the input's.
void measure(const QByteArray& name, const std::function<QByteArray()>& makeInput,
             const std::function<void(const QByteArray&)>& work)
{
    const QByteArray input = makeInput();
    const qint64 before = peakRssKiB();
    QElapsedTimer timer;
    timer.start();
    work(input);
    const double ms = double(timer.nsecsElapsed()) / 1e6;
    print(name + "_ms", ms, "ms");
    print(name + "_peak_extra_mb", double(peakRssKiB() - before) / 1024.0, "MB");
    print(name + "_input_mb", double(input.size()) / 1e6, "MB");
}

QByteArray msgpackFlood()
{
    constexpr qsizetype kValues = 60 * 1000 * 1000;
    QByteArray frame = QByteArray::fromHex("81a178dd00000000"); // {"x": array32 of kValues}
    qToBigEndian(quint32(kValues), frame.data() + 4);
    frame.append(QByteArray(kValues, char(0x01)));
    return frame;
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

QByteArray manyNested()
{
    QByteArray json = "[";
    for (int i = 0; i < 200; ++i)
        json += (i > 0 ? "," : "") + nested(2000);
    return json + "]";
}

void prettyPrint(const QByteArray& json)
{
    const QString pretty =
        dwp::JsonPrettyPrinter::print(std::string_view(json.constData(), size_t(json.size())));
    std::printf("pretty_output_mb %.1f MB\n", double(pretty.size()) * 2 / 1e6);
}

int runCase(const QByteArray& name)
{
    if (name == "pretty_deep") {
        measure(
            name, [] { return nested(9990) + QByteArray(20000 - 2 * 9990, ' '); }, prettyPrint);
        return 0;
    }
    if (name == "pretty_wide") {
        measure(name, manyNested, prettyPrint);
        return 0;
    }
    if (name == "msgpack_flood") {
        measure(name, msgpackFlood, [](const QByteArray& input) {
            const auto frame = dwp::MsgpackCodec().decode(input);
            std::fprintf(stderr, "msgpack_flood: %s\n", frame ? "decoded" : qPrintable(frame.error()));
        });
        return 0;
    }
    std::fprintf(stderr, "unknown case %s\n", name.constData());
    return 64;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    if (argc == 2)
        return runCase(argv[1]);
    for (const char* name : {"msgpack_flood", "pretty_deep", "pretty_wide"}) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(name)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            return 1;
    }
    return 0;
}
