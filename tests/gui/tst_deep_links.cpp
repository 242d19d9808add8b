// SPDX-License-Identifier: MIT
// Issue 20 item 19: dispatch-monitor --open job_…|wfrun_…|cron_…. InstanceChannel hands an id to the monitor
// already running (one line each way, every wait bounded), refuses what is not an id, takes over a socket
// file left by a crashed monitor but never the name of one that answers; the window shows the item once its
// session is connected (DeepLinkOpener).
#include "GuiTestSupport.h"
#include "devserver/SimEngine.h"
#include "gui/pages/JobsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/DeepLinkOpener.h"
#include "gui/window/InstanceChannel.h"
#include "gui/window/MainWindow.h"
#include "models/JobsModel.h"
#include "support/DevServerFixture.h"

#include <QFile>
#include <QLocalSocket>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace dispatch;

namespace {

const QString kJobId = QStringLiteral("job_01jz0000000000000000000004");

} // namespace

class TestDeepLinks : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_name = m_dir.filePath(QStringLiteral("monitor.sock"));
    }

    void anIdIsHandedToTheRunningMonitor()
    {
        InstanceChannel running(m_name);
        QSignalSpy listening(&running, &InstanceChannel::listening);
        QSignalSpy opened(&running, &InstanceChannel::openRequested);
        running.listen();
        QTRY_VERIFY_WITH_TIMEOUT(running.isListening(), 5000);

        InstanceChannel starting(m_name);
        QSignalSpy handed(&starting, &InstanceChannel::handedOver);
        starting.handOver(kJobId);
        QVERIFY2(handed.wait(5000), "the running monitor's answer");
        QCOMPARE(handed.first().at(0).toBool(), true);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).toString(), kJobId);

        // Not an id: refused with the reason, nothing opened (the control above shows what opening looks
        // like).
        starting.handOver(QStringLiteral("job_; rm -rf /"));
        QVERIFY2(handed.wait(5000), "the refusal");
        QCOMPARE(handed.last().at(0).toBool(), false);
        QVERIFY2(handed.last().at(1).toString().contains(u"not a job"),
                 qPrintable(handed.last().at(1).toString()));
        QCOMPARE(opened.size(), 1);
    }

    void nobodyListeningIsSaidAtOnce()
    {
        InstanceChannel starting(m_name);
        QSignalSpy handed(&starting, &InstanceChannel::handedOver);
        starting.handOver(kJobId);
        QTRY_VERIFY2_WITH_TIMEOUT(!handed.isEmpty(), "the failure to reach a monitor", 5000);
        QCOMPARE(handed.first().at(0).toBool(), false);
    }

    void aPeerThatMisbehavesIsCutOff()
    {
        InstanceChannel running(m_name);
        QSignalSpy opened(&running, &InstanceChannel::openRequested);
        running.listen();
        QTRY_VERIFY_WITH_TIMEOUT(running.isListening(), 5000);

        // A line that never ends, past the bound: dropped at once.
        QLocalSocket flood;
        flood.connectToServer(m_name);
        QVERIFY(flood.waitForConnected(2000));
        flood.write(QByteArray(InstanceChannel::kMaxLineBytes * 4, 'x'));
        QTRY_COMPARE_WITH_TIMEOUT(flood.state(), QLocalSocket::UnconnectedState, 5000);

        // A peer that says nothing: closed after kPeerTimeoutMs, not kept forever.
        QLocalSocket silent;
        silent.connectToServer(m_name);
        QVERIFY(silent.waitForConnected(2000));
        QTRY_COMPARE_WITH_TIMEOUT(silent.state(), QLocalSocket::UnconnectedState,
                                  InstanceChannel::kPeerTimeoutMs + 3000);
        QCOMPARE(opened.size(), 0);

        // And the channel still serves a well-behaved peer afterwards.
        InstanceChannel starting(m_name);
        QSignalSpy handed(&starting, &InstanceChannel::handedOver);
        starting.handOver(kJobId);
        QVERIFY2(handed.wait(5000), "the answer after the misbehaving peers");
        QCOMPARE(opened.size(), 1);
    }

    void aStaleSocketFileIsTakenOverButALiveMonitorKeepsItsName()
    {
        {
            QFile leftOver(m_name); // what a crashed monitor leaves behind: a name nobody answers on
            QVERIFY(leftOver.open(QIODevice::WriteOnly));
        }
        InstanceChannel first(m_name);
        QSignalSpy firstListening(&first, &InstanceChannel::listening);
        first.listen();
        QTRY_VERIFY2_WITH_TIMEOUT(!firstListening.isEmpty(), "the first monitor's listening", 5000);
        QCOMPARE(firstListening.last().at(0).toBool(), true);

        InstanceChannel second(m_name);
        QSignalSpy secondListening(&second, &InstanceChannel::listening);
        second.listen();
        QTRY_VERIFY2_WITH_TIMEOUT(!secondListening.isEmpty(), "the second monitor's decision", 5000);
        QCOMPARE(secondListening.last().at(0).toBool(), false);
        QVERIFY(first.isListening());
        // The first still receives ids.
        QSignalSpy opened(&first, &InstanceChannel::openRequested);
        InstanceChannel starting(m_name);
        starting.handOver(kJobId);
        QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, 5000);
    }

    void theWindowShowsTheJobOnceConnected()
    {
        testsupport::DevServerFixture server;
        QVERIFY2(server.isRunning(), qPrintable(server.error()));
        devserver::WorkerPool::EnqueueOptions job;
        job.name = QStringLiteral("linked.job");
        job.payload = QByteArrayLiteral("{}");
        const QString jobId = server.server().engine().enqueue(job).id;
        ClientOptions options;
        options.connection.url = server.url();
        options.connection.token = QStringLiteral("demo-token");
        auto window = guitest::showWindowConnectingTo(options);
        QVERIFY(window);
        // Asked for before the connection is there, as at start-up: kept, then shown.
        InstanceChannel channel(m_name);
        channel.listen();
        QTRY_VERIFY_WITH_TIMEOUT(channel.isListening(), 5000);
        DeepLinkOpener opener(window.get(), window->host(), MainWindow::kSessionKey, window->controller());
        connect(&channel, &InstanceChannel::openRequested, &opener, &DeepLinkOpener::open);
        InstanceChannel other(m_name);
        other.handOver(jobId);
        QTRY_COMPARE_WITH_TIMEOUT(window->connectionBar()->stateText(), QStringLiteral("Connected"), 10000);
        auto* table = window->findChild<QTableView*>(QStringLiteral("jobsTable"));
        QVERIFY(table);
        QTRY_COMPARE_WITH_TIMEOUT(guitest::selectedRowId(table, JobsModel::IdRole), jobId, 10000);
        QVERIFY(table->isVisible()); // the Jobs page is the one on screen
    }

private:
    QTemporaryDir m_dir;
    QString m_name;
};

QTEST_MAIN(TestDeepLinks)
#include "tst_deep_links.moc"
