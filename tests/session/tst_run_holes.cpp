// SPDX-License-Identifier: MIT
// Holes in what a session heard (README "Journal", Holes), against the in-process devserver: a reconnect
// while a run is open becomes a hole of that run (TimelineModel::holes, which its panel and Gantt show), with
// or without a journal; a first connection that came late is a hole of its own in the journal, from the
// session's start to the connection; and a run saved to a file (Save Run…) takes the journal's holes in its
// span, with their reasons and counts.
#include "JournalFileReader.h"
#include "models/JournalGap.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/MonitorSession.h"
#include "session/RunHoles.h"
#include "session/SavedRun.h"
#include "support/AdvanceClock.h"
#include "support/StartedSession.h"

#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using journaltest::JournalFileReader;
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
    void aLateFirstConnectionIsAHole();
    void aSavedRunTakesTheJournalsHolesInItsSpan();
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

// Item 3 of the last session's list: the gap from a session's start to a first connection that came late
// (the server was down, the client retried) had no test of its own.
void TestRunHoles::aLateFirstConnectionIsAHole()
{
    QTcpServer probe; // a free port, for the server that comes later
    QVERIFY(probe.listen(QHostAddress::LocalHost));
    const quint16 port = probe.serverPort();
    probe.close();
    devserver::DevServerConfig config = testsupport::DevServerFixture::defaultConfig();
    config.port = port;
    QUrl url(QStringLiteral("ws://127.0.0.1"));
    url.setPort(port);
    url.setPath(config.path);

    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("late.sqlite"));
    ClientOptions options = clienttest::optionsFor(url);
    options.maxRetries = 0; // keep trying until the server is there
    MonitorSession session(options);
    session.setStatsInterval(std::chrono::milliseconds(0));
    session.setJournal(std::make_unique<Journal>(path));
    auto started = [](MonitorSession* starting) -> QCoro::Task<> {
        try {
            co_await starting->start();
        } catch (...) {
        } // refused: the client goes on trying
    };
    auto task = started(&session);
    // Nothing listens for longer than the shortest hole recorded.
    QTest::qWait(int(JournalGap::kShortestRecordedMs) + 300);
    QVERIFY(session.state() != ClientState::Ready);
    testsupport::DevServerFixture server(config);
    QVERIFY2(server.isRunning(), qPrintable(server.error()));
    QTRY_VERIFY2_WITH_TIMEOUT(session.state() == ClientState::Ready, "waiting for the late first connection",
                              kWaitMs);
    const qint64 connectedMs = QDateTime::currentMSecsSinceEpoch();
    const qint64 startMs = session.trackingSince().toMSecsSinceEpoch();
    session.stop();

    JournalFileReader file(path);
    const QStringList gaps = file.rows(QStringLiteral("SELECT reason, from_ms, to_ms FROM connection_gaps"));
    QCOMPARE(gaps.size(), 1);
    const QStringList gap = gaps.first().split(u'|');
    QCOMPARE(gap.at(0), QStringLiteral("connection_lost"));
    QCOMPARE(gap.at(1).toLongLong(), startMs);
    QVERIFY2(gap.at(2).toLongLong() >= startMs + JournalGap::kShortestRecordedMs &&
                 gap.at(2).toLongLong() <= connectedMs,
             qPrintable(gaps.first()));
}

// Save Run… of a run that is not open (RunHoles::ofSavedRun, with its events read from the journal): the
// journal's holes that overlap the run's span go with it, whatever their reason; those before and after it
// do not.
void TestRunHoles::aSavedRunTakesTheJournalsHolesInItsSpan()
{
    namespace T = dwp::EventType;
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("saved.sqlite"));
    const qint64 base = QDateTime::currentMSecsSinceEpoch() - 3'600'000; // an hour ago
    const auto received = [](qint64 ms) { return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC); };
    const auto stamped = [](qint64 ms) { return dwp::Timestamp(ms / 1000, quint32(ms % 1000) * 1'000'000u); };
    const QString runId = modeltest::runId(1);
    const QString otherRun = modeltest::runId(2);
    {
        Journal journal(path);
        journal.setMaxQueuedEvents(1);
        journal.start();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.storage() == Journal::Storage::File, "waiting for the file",
                                  kWaitMs);
        journal.recordGap(received(base - 10'000), received(base - 5'000)); // before the run
        journal.holdWriter();
        const auto other = [&](qint64 ms) {
            return QList<dwp::StreamEvent>{modeltest::runEvent(T::WorkflowStarted, otherRun, stamped(ms))};
        };
        journal.recordEvents(other(base + 10'000), received(base + 10'000)); // fills the bound
        journal.recordEvents(other(base + 11'000), received(base + 11'000)); // dropped
        journal.recordEvents(other(base + 12'000), received(base + 12'000)); // dropped
        QCOMPARE(journal.eventsDropped(), 2);
        journal.releaseWriter();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the batch kept", kWaitMs);
        journal.recordGap(received(base + 20'000), received(base + 25'000));
        journal.recordGap(received(base + 50'000), received(base + 55'000)); // after the run
        journal.recordEvents(other(base + 56'000), received(base + 56'000));
        QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 2, "waiting for the gaps", kWaitMs);
    }
    // A session on that file that has not connected (nothing listens there): only the journal's holes.
    MonitorSession session(clienttest::optionsFor(QUrl(QStringLiteral("ws://127.0.0.1:9/dwp"))));
    session.setStatsInterval(std::chrono::milliseconds(0));
    session.setJournal(std::make_unique<Journal>(path));
    QVERIFY(session.history());
    SavedRun saved;
    saved.runId = runId;
    saved.history.events = {modeltest::runEvent(T::WorkflowStarted, runId, stamped(base + 5'000)),
                            modeltest::runEvent(T::WorkflowCompleted, runId, stamped(base + 40'000))};
    const QList<JournalGap> holes = awaitTask(RunHoles::ofSavedRun(&session, saved, true));
    const QList<JournalGap> expected{{base + 11'000, base + 12'000, JournalGap::Reason::FellBehind, 2},
                                     {base + 20'000, base + 25'000, JournalGap::Reason::ConnectionLost, -1}};
    QCOMPARE(holes, expected);
}

QTEST_GUILESS_MAIN(TestRunHoles)
#include "tst_run_holes.moc"
