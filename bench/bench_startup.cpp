// SPDX-License-Identifier: MIT
// Start-up figures of dispatch-monitor, timed from outside the process: from starting it to its first painted
// window, and with --demo to the first live event painted in a view. The app's hidden --report-startup option
// prints a line at each moment and quits (src/app/StartupProbe). Median, min and max of kRuns launches each,
// on the offscreen platform unless QT_QPA_PLATFORM says otherwise. The files are in the page cache after the
// first launch, so this is a warm start, as is every start but the first after boot.
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <algorithm>
#include <cstdio>
#include <optional>
#include <vector>

namespace {

constexpr int kRuns = 7;

// Milliseconds from start until `marker` arrived on the child's stdout; nullopt if it never did.
std::optional<double> timeToMarker(const QStringList& arguments, const QByteArray& marker)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!environment.contains(QStringLiteral("QT_QPA_PLATFORM")))
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    process.setProcessEnvironment(environment);
    process.setStandardErrorFile(QProcess::nullDevice()); // its connection log; only the markers matter
    QElapsedTimer timer;
    timer.start();
    // A settings file of its own: no saved profile to connect to, nothing of the user's touched.
    const QString settings =
        QDir::temp().filePath(QStringLiteral("bench_startup_%1.ini").arg(QCoreApplication::applicationPid()));
    QFile::remove(settings);
    process.start(QStringLiteral(DM_MONITOR_PATH),
                  arguments + QStringList{QStringLiteral("--settings"), settings});
    QByteArray output;
    std::optional<double> arrived;
    while (!arrived && timer.elapsed() < 30000) {
        if (!process.waitForReadyRead(100) && process.state() == QProcess::NotRunning)
            break;
        output += process.readAllStandardOutput();
        if (output.contains(marker + '\n'))
            arrived = double(timer.nsecsElapsed()) / 1e6;
    }
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
    }
    QFile::remove(settings);
    return arrived;
}

bool report(const char* name, const QStringList& arguments, const QByteArray& marker)
{
    std::vector<double> times;
    for (int run = 0; run < kRuns; ++run) {
        const auto time = timeToMarker(arguments, marker);
        if (!time) {
            std::fprintf(stderr, "%s: dispatch-monitor never printed %s\n", name, marker.constData());
            return false;
        }
        times.push_back(*time);
    }
    std::sort(times.begin(), times.end());
    std::printf("%s_median %.0f ms\n", name, times[times.size() / 2]);
    std::printf("%s_min %.0f ms\n", name, times.front());
    std::printf("%s_max %.0f ms\n", name, times.back());
    std::fflush(stdout);
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = report("startup_first_paint", {QStringLiteral("--report-startup")}, "first_paint");
    ok = report("demo_first_event_painted", {QStringLiteral("--demo"), QStringLiteral("--report-startup")},
                "first_event_painted") &&
         ok;
    return ok ? 0 : 1;
}
