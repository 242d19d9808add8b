// SPDX-License-Identifier: MIT
// The rest of issue 19 item 3 in the window, with QTest input against the in-process devserver: a profile's
// journal holds a session's events, stats, totals, dead-letter count and list and cron list; the next
// session of the profile shows each of them at once, before it has reached its server, marked as of when
// (the journal's events set apart in the log, live ones following); once the server answers (a fresh one,
// which knows none of it), the live answers replace them.
#include "GuiTestSupport.h"
#include "devserver/CronSchedule.h"
#include "devserver/DevServer.h"
#include "devserver/JobHandlerCatalog.h"
#include "gui/controllers/MonitorController.h"
#include "gui/pages/CronsPage.h"
#include "gui/pages/DeadLetterListPanel.h"
#include "gui/pages/DeadLettersPage.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/ServerTotalsPanel.h"
#include "gui/views/JournaledRowDelegate.h"
#include "gui/views/StatCard.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/MainWindow.h"
#include "i18n/LocaleTranslations.h"
#include "models/EventLogModel.h"
#include "models/StatsHistory.h"
#include "session/CronActions.h"
#include "session/DeadLetterActions.h"
#include "session/Journal.h"
#include "session/JournalLocation.h"
#include "session/MonitorSession.h"
#include "session/SessionHost.h"
#include "support/StartedSession.h"

#include <QGroupBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>

using namespace dispatch;
using testsupport::advanceUntil;
using testsupport::awaitTask;

namespace {

constexpr int kWaitMs = 10000;
constexpr int kDeadLetters = 3;

// A session of the profile journals what its pages show; the number of events it saw, or 0.
int journalASession(const QString& path)
{
    auto config = testsupport::DevServerFixture::defaultConfig();
    config.restListRoutes = true;
    testsupport::DevServerFixture before(config);
    if (!before.isRunning())
        return 0;
    for (int n = 0; n < kDeadLetters; ++n) {
        dwp::Job job;
        job.id = QStringLiteral("job_01jz0000000000000000000%1").arg(n, 3, 10, QLatin1Char('0'));
        job.name = QStringLiteral("send-email");
        job.queue = QStringLiteral("default");
        job.lastError = QStringLiteral("smtp down");
        before.server().engine().deadLetters().push(job);
    }
    before.server().engine().crons().add(QStringLiteral("nightly-report"),
                                         *devserver::CronSchedule::parse(QStringLiteral("@every 1h")),
                                         QStringLiteral("report"));
    auto session = testsupport::startedSession(before, [&](MonitorSession& made) {
        made.setJournal(std::make_unique<Journal>(path));
        made.setStatsInterval(std::chrono::milliseconds(50));
    });
    awaitTask(session->client().enqueue(devserver::JobHandlerCatalog::kNoop, QByteArrayLiteral("{}")));
    if (!advanceUntil(before.server(), [&] {
            return session->eventLog().rowCount() >= 3 &&
                   !session->statsHistory().series(StatsHistory::SubscriberCount).isEmpty() &&
                   session->adminApi().totals().has_value();
        }))
        return 0;
    const QPointer<MonitorSession> origin(session.get());
    awaitTask(DeadLetterActions::count(origin));
    awaitTask(DeadLetterActions::page(origin, DeadLetterListPanel::kPageSize, 0));
    CronActions crons;
    crons.setSession(session.get());
    QSignalSpy listed(&crons, &CronActions::pageListed);
    crons.list(50, 0);
    if (!listed.wait(kWaitMs))
        return 0;
    const int events = int(session->eventLog().rowCount());
    session->stop();
    return events;
}

ClientOptions optionsFor(const QUrl& url)
{
    ClientOptions options = clienttest::optionsFor(url);
    options.connection.heartbeatInterval = std::chrono::milliseconds(0);
    return options;
}

QLabel* labelNamed(QWidget* in, const char* name)
{
    return in->findChild<QLabel*>(QLatin1String(name));
}

} // namespace

class TestJournalRestoreWindow : public QObject
{
    Q_OBJECT

    // English plural forms: "3 dead letters".
    std::unique_ptr<LocaleTranslations> m_english;

private slots:
    void initTestCase()
    {
        m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void thePagesOpenWithThePastThenTheServerReplacesIt()
    {
        // The profile's server, not reachable yet: what the window shows can only come from the journal.
        auto config = testsupport::DevServerFixture::defaultConfig();
        config.restListRoutes = true;
        testsupport::DevServerFixture live(config);
        QVERIFY2(live.isRunning(), qPrintable(live.error()));
        QTemporaryDir folder;
        const QString path = JournalLocation::fileFor(folder.path(), QString(), live.url());
        const int events = journalASession(path);
        QVERIFY2(events >= 3, "the first session journaled its pages");
        live.server().stop();

        SessionHost host;
        host.setJournalFolder(folder.path());
        MainWindow window(&host);
        window.connectTo(optionsFor(live.url()));
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // Overview: the last stats reply and the last totals, as of when.
        OverviewPage* overview = window.overviewPage();
        StatCard* connections = overview->card(QStringLiteral("connections"));
        QTRY_VERIFY2_WITH_TIMEOUT(connections->caption().contains(u"from the history"),
                                  qPrintable(connections->caption()), kWaitMs);
        QCOMPARE(connections->value(), QStringLiteral("1"));
        ServerTotalsPanel* totals = overview->serverTotals();
        QVERIFY2(totals->titleLabel()->text().contains(u"from this profile's history"),
                 qPrintable(totals->titleLabel()->text()));
        QCOMPARE(totals->card(QStringLiteral("dlq"))->value(), QString::number(kDeadLetters));

        // Events: the journal's events, set apart, the line above saying so.
        guitest::pressShortcut(&window, Qt::Key_4, Qt::ControlModifier);
        EventsPage* eventsPage = window.eventsPage();
        QVERIFY(eventsPage->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(eventsPage->table()->model()->rowCount(), events, kWaitMs);
        QVERIFY2(eventsPage->sinceLabel()->text().contains(u"of this profile's history"),
                 qPrintable(eventsPage->sinceLabel()->text()));
        for (int row = 0; row < events; ++row)
            QVERIFY(eventsPage->journaledRows()->isJournaled(eventsPage->table()->model()->index(row, 2)));

        // Dead letters: the count and the server's list as of when.
        guitest::pressShortcut(&window, Qt::Key_6, Qt::ControlModifier);
        DeadLettersPage* deadLetters = window.deadLettersPage();
        QVERIFY(deadLetters->isVisible());
        QTRY_VERIFY2_WITH_TIMEOUT(deadLetters->countLabel()->text().contains(u"from this profile's history"),
                                  qPrintable(deadLetters->countLabel()->text()), kWaitMs);
        QVERIFY(deadLetters->countLabel()->text().startsWith(
            QStringLiteral("3 dead letters on the server as of")));
        deadLetters->lists()->setCurrentIndex(1);
        DeadLetterListPanel* list = deadLetters->listPanel();
        QVERIFY(list->table()->isVisible());
        QCOMPARE(list->table()->model()->rowCount(), kDeadLetters);
        QVERIFY2(list->statusLabel()->text().contains(u"as of"), qPrintable(list->statusLabel()->text()));

        // Crons: the server's list as of when.
        guitest::pressShortcut(&window, Qt::Key_7, Qt::ControlModifier);
        CronsPage* crons = window.cronsPage();
        QVERIFY(crons->isVisible());
        QVERIFY(crons->serverGroup()->isVisible());
        QCOMPARE(crons->serverTable()->model()->rowCount(), 1);
        QLabel* cronsStatus = labelNamed(crons, "serverCronsStatus");
        QVERIFY2(cronsStatus->text().contains(u"from this profile's history"),
                 qPrintable(cronsStatus->text()));

        // The server comes up; Reconnect Now (Ctrl+R). A fresh server: no dead letters, no crons.
        QCOMPARE_NE(window.connectionBar()->stateText(), QStringLiteral("Connected"));
        QVERIFY(live.server().start());
        guitest::pressShortcut(&window, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(window.connectionBar()->stateText(), QStringLiteral("Connected"), kWaitMs);
        QTRY_VERIFY2_WITH_TIMEOUT(!crons->serverGroup()->isVisible() ||
                                      cronsStatus->text() ==
                                          QStringLiteral("The server has no cron entries."),
                                  qPrintable(cronsStatus->text()), kWaitMs);
        QCOMPARE(crons->serverTable()->model()->rowCount(), 0);

        guitest::pressShortcut(&window, Qt::Key_6, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(
            deadLetters->countLabel()->text().startsWith(QStringLiteral("0 dead letters on the server at")),
            qPrintable(deadLetters->countLabel()->text()), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(list->statusLabel()->text(),
                                  QStringLiteral("The server lists no dead letters."), kWaitMs);
        QCOMPARE(list->table()->model()->rowCount(), 0);

        guitest::pressShortcut(&window, Qt::Key_1, Qt::ControlModifier);
        QTRY_VERIFY2_WITH_TIMEOUT(totals->titleLabel()->text().startsWith(QStringLiteral("Server totals at")),
                                  qPrintable(totals->titleLabel()->text()), kWaitMs);
        QCOMPARE(totals->card(QStringLiteral("dlq"))->value(), QStringLiteral("0"));
        QTRY_VERIFY2_WITH_TIMEOUT(connections->caption().startsWith(u"server stats at"),
                                  qPrintable(connections->caption()), kWaitMs);

        // A live event follows the journal's, not set apart.
        MonitorSession* session = window.controller()->session();
        QVERIFY(session);
        awaitTask(session->client().enqueue(devserver::JobHandlerCatalog::kNoop, QByteArrayLiteral("{}")));
        guitest::pressShortcut(&window, Qt::Key_4, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(eventsPage->table()->model()->rowCount() > events, kWaitMs);
        QAbstractItemModel* shown = eventsPage->table()->model();
        int liveRows = 0;
        for (int row = 0; row < shown->rowCount(); ++row)
            liveRows += eventsPage->journaledRows()->isJournaled(shown->index(row, 2)) ? 0 : 1;
        QCOMPARE(liveRows, shown->rowCount() - events);
        QVERIFY(liveRows > 0);
    }
};

QTEST_MAIN(TestJournalRestoreWindow)
#include "tst_journal_restore_window.moc"
