// SPDX-License-Identifier: MIT
// The burst workload must be able to feed one client 50 000 events a second (the client benchmarks rely on
// it). The server runs in its own thread, as a real server would be another process.
#include "support/DevServerThread.h"
#include "support/RawDwpClient.h"

#include <QElapsedTimer>
#include <QTest>

using namespace testsupport;

class BurstThroughputTest : public QObject
{
    Q_OBJECT

private slots:
    void sustainsFiftyThousandEventsASecondToOneClient()
    {
        devserver::DevServerConfig config;
        config.workload = devserver::WorkloadKind::Burst;
        config.burstRate = qEnvironmentVariableIntValue("BURST_RATE") > 0
                               ? qEnvironmentVariableIntValue("BURST_RATE")
                               : 60000;
        DevServerThread thread(config);
        QVERIFY2(thread.start(), qPrintable(thread.error()));

        QWebSocket socket;
        qint64 received = 0;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString&) { ++received; });
        socket.open(thread.url());
        QTRY_VERIFY(socket.state() == QAbstractSocket::ConnectedState);
        socket.sendTextMessage(QStringLiteral("{\"id\":\"a\",\"type\":\"request\",\"method\":\"auth\"}"));
        socket.sendTextMessage(QStringLiteral("{\"id\":\"c\",\"type\":\"request\",\"credits\":1000000000}"));
        socket.sendTextMessage(QStringLiteral("{\"id\":\"s\",\"type\":\"request\",\"method\":\"subscribe\","
                                              "\"data\":{\"channel\":\"firehose\"}}"));
        QTRY_VERIFY(received >= 1000);

        const qint64 start = received;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 3000)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        const double rate = double(received - start) * 1000.0 / double(timer.elapsed());
        qInfo("delivered %.0f events/s", rate);
        QVERIFY2(rate >= 50000, qPrintable(QStringLiteral("only %1 events/s").arg(rate)));
    }
};

QTEST_GUILESS_MAIN(BurstThroughputTest)
#include "tst_burst_throughput.moc"
