// SPDX-License-Identifier: MIT
// Holes in what a session heard (README "Journal", Holes), against the in-process devserver: a reconnect
// while a run is open becomes a hole of that run (TimelineModel::holes, which its panel and Gantt show), with
// or without a journal.
#include "models/JournalGap.h"
#include "session/Journal.h"
#include "session/MonitorSession.h"
#include "support/AdvanceClock.h"
#include "support/StartedSession.h"

#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using testsupport::advanceUntil;
using testsupport::awaitTask;

namespace {

constexpr int kWaitMs = 10000;

} // namespace

class TestRunHoles : public QObject
{
    Q_OBJECT

private slots:
    void aReconnectIsAHoleInTheOpenRun();
};

void TestRunHoles::aReconnectIsAHoleInTheOpenRun()
{
    testsupport::DevServerFixture server;
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    auto session = testsupport::startedSession(server);
    QString runId;
    auto start = [&]() -> QCoro::Task<void> {
        const QString workflow = QStringLiteral("order-pipeline");
        const QByteArray input = QByteArrayLiteral("{\"order_id\":\"ORD-7\",\"items\":[\"a\"]}");
        co_await session->client().startWorkflow(workflow, input,
                                                 [&runId](const QString& id) { runId = id; });
    };
    auto running = start(); // waits for payment-received; fails when the connection drops, unread
    QVERIFY2(advanceUntil(server.server(), [&] { return !runId.isEmpty(); }), "the run started");
    awaitTask(session->openRun(runId));
    QVERIFY2(advanceUntil(server.server(),
                          [&] { return session->timeline().rowOf(QStringLiteral("charge")) >= 0; }),
             "the run reached its wait");
    // Connected at once and all along: no hole (the control for the one below, and no late first connection).
    QVERIFY(session->timeline().holes().isEmpty());

    const qint64 beforeMs = QDateTime::currentMSecsSinceEpoch();
    session->disconnectFromServer();
    QTRY_VERIFY2_WITH_TIMEOUT(session->state() != ClientState::Ready, "waiting for the disconnect", kWaitMs);
    session->reconnectNow();
    QTRY_VERIFY2_WITH_TIMEOUT(session->state() == ClientState::Ready, "waiting for the reconnect", kWaitMs);
    const qint64 afterMs = QDateTime::currentMSecsSinceEpoch();
    QTRY_COMPARE_WITH_TIMEOUT(session->timeline().holes().size(), 1, kWaitMs);
    const JournalGap hole = session->timeline().holes().first();
    QCOMPARE(hole.reason, JournalGap::Reason::ConnectionLost);
    QVERIFY2(hole.fromMs >= beforeMs && hole.fromMs <= hole.toMs && hole.toMs <= afterMs,
             qPrintable(QStringLiteral("%1–%2 outside %3–%4")
                            .arg(hole.fromMs)
                            .arg(hole.toMs)
                            .arg(beforeMs)
                            .arg(afterMs)));
    // The run is still waiting: the hole lies in its span.
    QCOMPARE(session->timeline().holesInRun(afterMs), QList<JournalGap>{hole});
    session->stop();
}

QTEST_GUILESS_MAIN(TestRunHoles)
#include "tst_run_holes.moc"
