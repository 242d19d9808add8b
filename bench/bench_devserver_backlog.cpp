// SPDX-License-Identifier: MIT
// What a client that stops reading costs the devserver (issue 16 item 13): it asks for the same 256 KiB job
// 300 times and reads nothing. Each configuration runs in a child process of its own, so each peak RSS is its
// own: "unbounded" (ConnectionLimits::maxWriteBacklogBytes out of reach, as before the bound) and "bounded"
// (the default). The server runs in its own thread, as a real server is another process; the client's kernel
// receive buffer is 256 KiB, so what the server cannot send stays in the server.
#include "devserver/DevServerThread.h"
#include "support/RawWebSocketProbe.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <cstdio>
#include <limits>

namespace {

constexpr int kRequests = 300;

qint64 peakRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const auto match = QRegularExpression(QStringLiteral(R"(VmHWM:\s+(\d+) kB)"))
                           .match(QString::fromLatin1(status.readAll()));
    return match.hasMatch() ? match.captured(1).toLongLong() : -1;
}

// The id of a job with a 256 KiB payload, enqueued over the probe's connection; empty on failure.
QByteArray enqueueBigJob(testsupport::RawWebSocketProbe& probe)
{
    const QByteArray payload = '"' + QByteArray(256 * 1024, 'x') + '"';
    probe.sendText(R"({"id":"e","type":"request","method":"job.enqueue","data":{"name":"big","queue":"held",)"
                   R"("payload":)" +
                   payload + "}}");
    if (!probe.waitForMessages(2, 10000))
        return {};
    const QJsonObject reply = QJsonDocument::fromJson(probe.messages()[1].payload).object();
    return reply.value(QLatin1String("data")).toObject().value(QLatin1String("job_id")).toString().toLatin1();
}

// One configuration: prints "<backlog bound> <peak RSS KiB>" and exits.
int runChild(qint64 bound)
{
    devserver::DevServerConfig config;
    config.limits.maxWriteBacklogBytes = bound;
    devserver::DevServerThread thread(config);
    testsupport::RawWebSocketProbe probe;
    if (!thread.start() || !probe.open(thread.url()))
        return 1;
    probe.sendText(R"({"id":"a","type":"request","method":"auth","data":{"token":"t"}})");
    const QByteArray id = probe.waitForMessages(1) ? enqueueBigJob(probe) : QByteArray();
    if (id.isEmpty())
        return 1;
    probe.setKernelReceiveBuffer(256 * 1024);
    probe.pause();
    for (int i = 0; i < kRequests; ++i)
        probe.sendText(R"({"id":"g","type":"request","method":"job.get","data":{"job_id":")" + id + "\"}}");
    // Until the peak has not grown for a second (the server has handled every request), at most 30 s.
    QElapsedTimer total;
    total.start();
    qint64 peak = 0;
    QElapsedTimer steady;
    steady.start();
    while (steady.elapsed() < 1000 && total.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (const qint64 now = peakRssKiB(); now > peak) {
            peak = now;
            steady.restart();
        }
    }
    std::printf("%lld %lld\n", static_cast<long long>(bound), static_cast<long long>(peak));
    return 0;
}

// Runs this program again for one configuration; the child's peak RSS in KiB, or -1.
qint64 childPeakRssKiB(const QString& configuration)
{
    QProcess child;
    child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("--child"), configuration});
    if (!child.waitForFinished(60000) || child.exitCode() != 0)
        return -1;
    const QList<QByteArray> fields = child.readAllStandardOutput().trimmed().split(' ');
    return fields.size() == 2 ? fields[1].toLongLong() : -1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() == 3 && arguments[1] == QLatin1String("--child")) {
        return runChild(arguments[2] == QLatin1String("unbounded")
                            ? std::numeric_limits<qint64>::max()
                            : devserver::ConnectionLimits().maxWriteBacklogBytes);
    }
    const qint64 unbounded = childPeakRssKiB(QStringLiteral("unbounded"));
    const qint64 bounded = childPeakRssKiB(QStringLiteral("bounded"));
    std::printf("devserver_unread_replies_peak_rss_unbounded %.1f MiB\n", double(unbounded) / 1024.0);
    std::printf("devserver_unread_replies_peak_rss_bounded %.1f MiB\n", double(bounded) / 1024.0);
    return unbounded > 0 && bounded > 0 ? 0 : 1;
}
