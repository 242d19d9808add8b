// SPDX-License-Identifier: MIT
// The Overview's server totals against the in-process devserver (dwp-protocol.md §8): the totals from
// GET /v1/stats appear beside the counts seen live and match the engine's own, follow a failure without
// waiting for the poll, and a server without REST gets a sentence saying so while the live counts go on.
#include "client/ClientTestSupport.h"
#include "devserver/JobHandlerCatalog.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/ServerTotalsPanel.h"
#include "gui/views/StatCard.h"
#include "session/MonitorSession.h"
#include "support/StartedSession.h"

#include <QLabel>
#include <QLocale>
#include <QTest>

using namespace dispatch;
using clienttest::advanceUntil;
using testsupport::awaitTask;
using testsupport::startedSession;

namespace {

QString buryOneJob(testsupport::DevServerFixture& fixture)
{
    devserver::WorkerPool::EnqueueOptions options;
    options.name = devserver::JobHandlerCatalog::kScripted;
    options.payload = QByteArrayLiteral("{\"fail_attempts\":-1,\"error\":\"disk full\"}");
    const QString id = fixture.server().engine().enqueue(options).id;
    const bool failed = advanceUntil(fixture.server(), [&] {
        const auto job = fixture.server().engine().job(id);
        return job && job->state == QLatin1StringView("failed");
    });
    return failed ? id : QString();
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

class TestServerTotals : public QObject
{
    Q_OBJECT

private slots:
    void totalsAppearAndMatchTheEngine();
    void withoutRestTheOverviewSaysSo();
    void hiddenPageAsksNothing();
};

void TestServerTotals::totalsAppearAndMatchTheEngine()
{
    testsupport::DevServerFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    devserver::WorkerPool::EnqueueOptions parked;
    parked.name = QStringLiteral("devserver.noop");
    parked.queue = QStringLiteral("parked"); // no worker polls it: pending before the monitor connects
    for (int i = 0; i < 4; ++i)
        fixture.server().engine().enqueue(parked);
    auto session = startedSession(fixture);
    OverviewPage page(&session->overview(), &session->statsHistory());
    page.setAdminApi(&session->adminApi());
    page.resize(1280, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ServerTotalsPanel* totals = page.serverTotals();
    QTRY_VERIFY2_WITH_TIMEOUT(totals->card(QStringLiteral("jobs/pending"))->value() == number(4),
                              "the server's pending total from GET /v1/stats", 10000);
    QVERIFY2(totals->titleLabel()->text().startsWith(QStringLiteral("Server totals at ")),
             qPrintable(totals->titleLabel()->text()));
    // The live count beside it only saw what happened since connecting: none of the four.
    QCOMPARE(page.card(QStringLiteral("jobs/pending"))->value(), number(0));
    QVERIFY(page.findChild<QLabel*>(QStringLiteral("jobsSinceLabel"))
                ->text()
                .startsWith(QStringLiteral("Jobs seen since ")));

    // A failure brings new totals about a second later (the poll is 15 s away), matching the engine.
    QVERIFY(!buryOneJob(fixture).isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(totals->card(QStringLiteral("jobs/failed"))->value() == number(1) &&
                                  totals->card(QStringLiteral("dlq"))->value() == number(1),
                              "the totals asked again after job.failed", 10000);
    const QHash<QString, int> engine = fixture.server().engine().jobs().countByState();
    for (const QString& state :
         {QStringLiteral("pending"), QStringLiteral("running"), QStringLiteral("completed"),
          QStringLiteral("failed"), QStringLiteral("retrying"), QStringLiteral("cancelled")})
        QCOMPARE(totals->card(QStringLiteral("jobs/") + state)->value(), number(engine.value(state)));
    QCOMPARE(totals->card(QStringLiteral("dlq"))->value(),
             number(fixture.server().engine().deadLetters().count()));
    QCOMPARE(totals->card(QStringLiteral("runs/running"))->value(), number(0));
    QCOMPARE(page.card(QStringLiteral("jobs/failed"))->value(), number(1)); // seen live as well
    // The real server's shape: it cannot list, and the Overview says so.
    QVERIFY2(totals->limitationsLabel()->isVisible() &&
                 totals->limitationsLabel()->text().contains(QStringLiteral("cannot list")),
             qPrintable(totals->limitationsLabel()->text()));
    if (qEnvironmentVariableIsSet("DM_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("DM_SCREENSHOT_DIR") + QStringLiteral("/overview-totals.png"));
}

void TestServerTotals::withoutRestTheOverviewSaysSo()
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restBasePath.clear(); // --no-rest
    testsupport::DevServerFixture fixture(config);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    auto session = startedSession(fixture);
    OverviewPage page(&session->overview(), &session->statsHistory());
    page.setAdminApi(&session->adminApi());
    page.resize(1280, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ServerTotalsPanel* totals = page.serverTotals();
    QTRY_VERIFY2_WITH_TIMEOUT(totals->limitationsLabel()->isVisible(),
                              "the sentence saying the server has no admin API", 10000);
    const QString expected =
        QStringLiteral("This server has no admin API at ") + fixture.server().adminUrl().toDisplayString();
    QVERIFY2(totals->limitationsLabel()->text().startsWith(expected),
             qPrintable(totals->limitationsLabel()->text()));
    QCOMPARE(totals->titleLabel()->text(), QStringLiteral("Server totals are unavailable."));
    QVERIFY(!totals->card(QStringLiteral("jobs/pending"))->isVisible());
    // The counts seen live carry on over DWP.
    QVERIFY(!buryOneJob(fixture).isEmpty());
    QTRY_VERIFY2_WITH_TIMEOUT(page.card(QStringLiteral("jobs/failed"))->value() == number(1),
                              "the failed job counted live", 10000);
    if (qEnvironmentVariableIsSet("DM_SCREENSHOT_DIR"))
        page.grab().save(qEnvironmentVariable("DM_SCREENSHOT_DIR") + QStringLiteral("/overview-no-rest.png"));
}

void TestServerTotals::hiddenPageAsksNothing()
{
    testsupport::DevServerFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    auto session = startedSession(fixture);
    OverviewPage page(&session->overview(), &session->statsHistory());
    page.setAdminApi(&session->adminApi());
    QVERIFY(session->adminApi().isPaused()); // never shown yet
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!session->adminApi().isPaused());
    page.hide();
    QVERIFY(session->adminApi().isPaused());
    page.show();
    QVERIFY(!session->adminApi().isPaused());
    page.setAdminApi(nullptr); // another session shown: this one is nobody's to poll
    QVERIFY(session->adminApi().isPaused());
    QCOMPARE(page.serverTotals()->titleLabel()->text(), QStringLiteral("Server totals: not connected."));
}

QTEST_MAIN(TestServerTotals)
#include "tst_server_totals.moc"
