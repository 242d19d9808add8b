// SPDX-License-Identifier: MIT
// The Overview's server totals against the in-process devserver (dwp-protocol.md §8): the totals from
// GET /v1/stats appear beside the counts seen live and match the engine's own, follow a failure without
// waiting for the poll, and a server without REST gets a sentence saying so while the live counts go on. The
// health line judges the server's totals when it has them, and an admin API on another host that answers
// without credentials is called out.
#include "client/ClientTestSupport.h"
#include "devserver/JobHandlerCatalog.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/ServerTotalsPanel.h"
#include "gui/views/StatCard.h"
#include "session/MonitorSession.h"
#include "support/StartedSession.h"

#include <QHostAddress>
#include <QLabel>
#include <QLocale>
#include <QNetworkInterface>
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

// An address of this machine that is not loopback, so the monitor takes a host it reaches for another one;
// null when the machine has none.
QHostAddress nonLoopbackAddress()
{
    for (const QHostAddress& address : QNetworkInterface::allAddresses()) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol && !address.isLoopback())
            return address;
    }
    return {};
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
    void healthJudgesTheServersTotals();
    void adminApiOnAnotherHostAnsweringAnyoneIsSaidSo();
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
    // On this machine an admin API without authentication exposes nothing to others.
    QVERIFY2(!totals->exposureLabel()->isVisible(), qPrintable(totals->exposureLabel()->text()));
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

void TestServerTotals::healthJudgesTheServersTotals()
{
    // 20 completed and 5 failed before the monitor connects: unhealthy by the server's totals (20 %), while
    // the monitor itself has seen nothing finish.
    testsupport::DevServerFixture fixture;
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    devserver::WorkerPool::EnqueueOptions noop;
    noop.name = QStringLiteral("devserver.noop");
    for (int i = 0; i < 20; ++i)
        fixture.server().engine().enqueue(noop);
    for (int i = 0; i < 5; ++i)
        QVERIFY(!buryOneJob(fixture).isEmpty());
    QVERIFY2(advanceUntil(fixture.server(),
                          [&] {
                              return fixture.server().engine().jobs().countByState().value(
                                         QStringLiteral("completed")) == 20;
                          }),
             "the 20 no-op jobs completed on the server");
    auto session = startedSession(fixture);
    OverviewPage page(&session->overview(), &session->statsHistory());
    page.setAdminApi(&session->adminApi());
    page.resize(1280, 760);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTRY_VERIFY2_WITH_TIMEOUT(
        page.healthLabel()->text().startsWith(QStringLiteral("Unhealthy by the server's totals.")),
        qPrintable(page.healthLabel()->text()), 10000);
    QVERIFY2(page.healthLabel()->text().contains(QStringLiteral("20.0 % of 25 finished job")),
             qPrintable(page.healthLabel()->text()));
    QCOMPARE(session->overview().health().level, FailureHealth::Level::NoData); // what was seen live

    // Without the totals (another session shown, then this one again without REST) the live counts judge.
    page.setAdminApi(nullptr);
    QVERIFY2(page.healthLabel()->text().startsWith(QStringLiteral("Not enough data: this monitor has seen")),
             qPrintable(page.healthLabel()->text()));
}

void TestServerTotals::adminApiOnAnotherHostAnsweringAnyoneIsSaidSo()
{
    const QHostAddress address = nonLoopbackAddress();
    if (address.isNull())
        QSKIP("This machine has no IPv4 address other than loopback to reach the devserver as another host.");
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.host = QHostAddress(QHostAddress::AnyIPv4);
    testsupport::DevServerFixture fixture(config);
    QVERIFY2(fixture.isRunning(), qPrintable(fixture.error()));
    QUrl adminUrl = fixture.server().adminUrl();
    adminUrl.setHost(address.toString());
    const auto startWith = [&](bool bearer) {
        AdminApiChoice choice;
        choice.location = AdminApiChoice::Location::Custom;
        choice.url = adminUrl;
        choice.sendTokenAsBearer = bearer;
        QUrl dwpUrl = fixture.url();
        dwpUrl.setHost(QStringLiteral("127.0.0.1"));
        auto session = std::make_unique<MonitorSession>(clienttest::optionsFor(dwpUrl));
        session->setStatsInterval(std::chrono::milliseconds(0));
        session->setAdminApi(choice);
        awaitTask(session->start());
        return session;
    };
    auto open = startWith(false);
    OverviewPage page(&open->overview(), &open->statsHistory());
    page.setAdminApi(&open->adminApi());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ServerTotalsPanel* totals = page.serverTotals();
    QTRY_VERIFY2_WITH_TIMEOUT(totals->exposureLabel()->isVisible(),
                              "the sentence saying the admin API answers anyone", 10000);
    QVERIFY2(totals->exposureLabel()->text().startsWith(
                 QStringLiteral("The admin API at ") + adminUrl.toDisplayString() +
                 QStringLiteral(" answered without any authentication")),
             qPrintable(totals->exposureLabel()->text()));

    // With the token sent for a proxy to check, the same address is not called out, once it answered.
    auto guarded = startWith(true);
    page.setAdminApi(&guarded->adminApi());
    QTRY_VERIFY2_WITH_TIMEOUT(guarded->adminApi().isAvailable(), "the admin API found with a bearer token",
                              10000);
    QVERIFY2(totals->card(QStringLiteral("jobs/pending"))->isVisible(), "the totals shown");
    QVERIFY2(!totals->exposureLabel()->isVisible(), qPrintable(totals->exposureLabel()->text()));
}

QTEST_MAIN(TestServerTotals)
#include "tst_server_totals.moc"
