// SPDX-License-Identifier: MIT
// How many events a second the devserver's burst workload delivers to one raw WebSocket reader (the server in
// its own thread, as a real server is another process). The client benchmarks rely on it reaching 50 000/s.
#include "devserver/DevServerThread.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QWebSocket>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    devserver::DevServerConfig config;
    config.workload = devserver::WorkloadKind::Burst;
    config.burstRate = 120000; // offered well above the target, so the figure is what gets through
    devserver::DevServerThread thread(config);
    if (!thread.start()) {
        std::fprintf(stderr, "devserver did not start: %s\n", qPrintable(thread.error()));
        return 1;
    }
    QWebSocket socket;
    qint64 received = 0;
    QObject::connect(&socket, &QWebSocket::textMessageReceived, [&received](const QString&) { ++received; });
    socket.open(thread.url());
    QElapsedTimer waited;
    waited.start();
    while (socket.state() != QAbstractSocket::ConnectedState && waited.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    socket.sendTextMessage(QStringLiteral("{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\"}"));
    socket.sendTextMessage(QStringLiteral("{\"id\":\"c\",\"type\":\"request\",\"credits\":1000000000}"));
    socket.sendTextMessage(QStringLiteral(
        "{\"id\":\"s\",\"type\":\"request\",\"method\":\"subscribe\",\"data\":{\"channel\":\"firehose\"}}"));
    while (received < 1000 && waited.elapsed() < 20000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    const qint64 start = received;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    std::printf("devserver_burst_delivered %.0f events/s\n",
                double(received - start) * 1000.0 / double(timer.elapsed()));
    return received > start ? 0 : 1;
}
