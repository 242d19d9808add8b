// SPDX-License-Identifier: MIT
// The session's REST side against the in-process devserver (dwp-protocol.md §8): detected once DWP is
// connected at the URL derived from DWP's, the server's totals as the engine counts them and asked again soon
// after a failure, REST absent said in words while DWP keeps working, one request in flight at most.
#include "client/ClientTestSupport.h"
#include "devserver/JobHandlerCatalog.h"
#include "session/MonitorSession.h"
#include "support/StartedSession.h"

#include <QSignalSpy>
#include <QTest>

using namespace dispatch;
using clienttest::advanceUntil;
using testsupport::awaitTask;
using testsupport::startedSession;

namespace {

// Only detection and events ask the server for its totals: no polling.
std::unique_ptr<MonitorSession> startedWithoutPolling(testsupport::DevServerFixture& fixture)
{
    return startedSession(fixture, [](MonitorSession& session) {
        session.adminApi().setInterval(std::chrono::milliseconds(0));
    });
}

devserver::WorkerPool::EnqueueOptions alwaysFailing()
{
    devserver::WorkerPool::EnqueueOptions options;
    options.name = devserver::JobHandlerCatalog::kScripted;
    options.payload = QByteArrayLiteral("{\"fail_attempts\":-1,\"error\":\"disk full\"}");
    return options;
}

bool totalsMatchTheEngine(MonitorSession& session, testsupport::DevServerFixture& fixture)
{
    const auto& totals = session.adminApi().totals();
    if (!totals)
        return false;
    const QHash<QString, int> engine = fixture.server().engine().jobs().countByState();
    return totals->jobs.pending == engine.value(QStringLiteral("pending")) &&
           totals->jobs.failed == engine.value(QStringLiteral("failed")) &&
           totals->jobs.completed == engine.value(QStringLiteral("completed")) &&
           totals->dlqCount == fixture.server().engine().deadLetters().entries().size();
}

} // namespace

class TestAdminApiSession : public QObject
{
    Q_OBJECT

private slots:
    void detectedOnConnectWithTheServersTotals();
    void aFailureAsksForTheTotalsAgain();
    void restAbsentIsSaidInWordsAndDwpKeepsWorking();
    void pausedAsksNothing();
};

void TestAdminApiSession::detectedOnConnectWithTheServersTotals()
{
    testsupport::DevServerFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    devserver::WorkerPool::EnqueueOptions parked;
    parked.name = QStringLiteral("devserver.noop");
    parked.queue = QStringLiteral("parked"); // no worker polls it: the jobs stay pending
    for (int i = 0; i < 3; ++i)
        fixture.server().engine().enqueue(parked);
    auto session = startedWithoutPolling(fixture);
    AdminApiSession& admin = session->adminApi();
    QCOMPARE(admin.baseUrl(), fixture.server().adminUrl()); // derived from the DWP URL
    QTRY_VERIFY2_WITH_TIMEOUT(admin.isDetected(), "detection of the REST admin API after connecting", 10000);
    QVERIFY(admin.isAvailable());
    QVERIFY(!admin.canList()); // the real server's shape: list routes answer 404
    const QString words = admin.limitations().join(QLatin1Char(' '));
    QVERIFY2(words.contains(QStringLiteral("cannot list")), qPrintable(words));
    QVERIFY(admin.totals());
    QCOMPARE(admin.totals()->jobs.pending, 3);
    QVERIFY(totalsMatchTheEngine(*session, fixture));
    QVERIFY(admin.totalsAt().isValid());
    QVERIFY(admin.totalsError().isEmpty());
}

void TestAdminApiSession::aFailureAsksForTheTotalsAgain()
{
    testsupport::DevServerFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    auto session = startedWithoutPolling(fixture);
    AdminApiSession& admin = session->adminApi();
    QTRY_VERIFY2_WITH_TIMEOUT(admin.isDetected(), "detection of the REST admin API after connecting", 10000);
    QVERIFY(admin.totals());
    QCOMPARE(admin.totals()->jobs.failed, 0);
    QCOMPARE(admin.totals()->dlqCount, 0);

    // With polling off, only the job.failed/job.dlq events can bring the new totals.
    QSignalSpy totalsChanged(&admin, &AdminApiSession::totalsChanged);
    const QString id = fixture.server().engine().enqueue(alwaysFailing()).id;
    QVERIFY2(advanceUntil(fixture.server(),
                          [&] {
                              const auto job = fixture.server().engine().job(id);
                              return job && job->state == QLatin1StringView("failed");
                          }),
             "the scripted job failing for good");
    QTRY_VERIFY2_WITH_TIMEOUT(admin.totals()->jobs.failed == 1 && admin.totals()->dlqCount == 1,
                              "the totals asked again after job.failed and job.dlq", 10000);
    QVERIFY(totalsMatchTheEngine(*session, fixture));
    // Debounced: the burst of retrying/failed/dlq events brought a handful of requests, not one per event.
    QVERIFY(totalsChanged.size() >= 1);
}

void TestAdminApiSession::restAbsentIsSaidInWordsAndDwpKeepsWorking()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    testsupport::DevServerFixture fixture(config);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    auto session = startedWithoutPolling(fixture);
    AdminApiSession& admin = session->adminApi();
    QTRY_VERIFY2_WITH_TIMEOUT(admin.isDetected(), "detection of the REST admin API after connecting", 10000);
    QVERIFY(!admin.isAvailable());
    QVERIFY(!admin.totals());
    const QString words = admin.limitations().join(QLatin1Char(' '));
    QVERIFY2(words.contains(QStringLiteral("This server has no admin API at ") +
                            fixture.server().adminUrl().toDisplayString()),
             qPrintable(words));
    // An event that would ask for totals asks nothing, and DWP carries on: the job is seen live.
    admin.refreshNow();
    const QString id = fixture.server().engine().enqueue(alwaysFailing()).id;
    QVERIFY2(advanceUntil(fixture.server(),
                          [&] {
                              const int row = session->jobs().rowOf(id);
                              return row >= 0 && session->jobs().index(row, 0).data(JobsModel::StateRole) ==
                                                     int(dwp::JobState::Failed);
                          }),
             "the failed job seen live over DWP");
    QCOMPARE(session->state(), ClientState::Ready);
    QVERIFY(!admin.totals());
}

void TestAdminApiSession::pausedAsksNothing()
{
    testsupport::DevServerFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    auto session = startedWithoutPolling(fixture);
    AdminApiSession& admin = session->adminApi();
    QTRY_VERIFY2_WITH_TIMEOUT(admin.isDetected(), "detection of the REST admin API after connecting", 10000);
    QSignalSpy totalsChanged(&admin, &AdminApiSession::totalsChanged);
    admin.setPaused(true);
    admin.refreshNow();
    admin.refreshSoon();
    QTest::qWait(int(AdminApiSession::kEventDebounce.count()) + 300);
    QCOMPARE(totalsChanged.size(), 0);
    // Positive control in the same window: resumed, it asks (the totals are older than the interval, 0).
    admin.setPaused(false);
    QTRY_VERIFY2_WITH_TIMEOUT(totalsChanged.size() == 1, "the totals asked for on resuming", 10000);
}

QTEST_MAIN(TestAdminApiSession)
#include "tst_admin_api_session.moc"
