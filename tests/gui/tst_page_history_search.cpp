// SPDX-License-Identifier: MIT
// The Jobs and Workflows pages' "All history" scope (issue 19 item 4), with the keyboard and the mouse: the
// typed words search the profile's journal for the page's own kind only (jobs, runs), the state buttons and
// the time range narrow it, a result opens in the page's detail panel, results come a page at a time as the
// list is scrolled to its end, and a session without a journal file says there is nothing to search.
#include "GuiTestSupport.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/views/HistorySearchPanel.h"
#include "i18n/LocaleTranslations.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalSearchModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;
using modeltest::runEvent;
using modeltest::runId;
namespace Type = dwp::EventType;

namespace {

constexpr int kWaitMs = 10000;

QStringList idsIn(const QTableView* table)
{
    QStringList ids;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        ids.append(table->model()->index(row, 0).data(JournalSearchModel::SubjectIdRole).toString());
    return ids;
}

QStringList typesIn(const QTableView* table)
{
    QStringList types;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        types.append(table->model()->index(row, JournalSearchModel::TypeColumn).data().toString());
    return types;
}

bool writeJournal(Journal& journal, const QList<QPair<QDateTime, QList<dwp::StreamEvent>>>& batches)
{
    journal.start();
    qint64 total = 0;
    for (const auto& [receivedAt, events] : batches) {
        journal.recordEvents(events, receivedAt);
        total += events.size();
    }
    return QTest::qWaitFor([&] { return journal.eventsWritten() == total; }, kWaitMs) &&
           journal.storage() == Journal::Storage::File;
}

// Search in: All history, chosen with the keyboard.
void chooseAllHistory(HistorySearchPanel* panel)
{
    panel->scopeBox()->setFocus();
    QTest::keyClick(panel->scopeBox(), Qt::Key_Down);
}

void typeInto(QLineEdit* field, const QString& text)
{
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
}

// Enter on a row of the results: as a double-click, it asks to open the row's job or run.
void activateRow(QTableView* results, int row)
{
    results->setFocus();
    results->setCurrentIndex(results->model()->index(row, 0));
    QTest::keyClick(results, Qt::Key_Return);
}

QString statusOf(const HistorySearchPanel* panel)
{
    return panel->statusLabel()->text();
}

} // namespace

class TestPageHistorySearch : public QObject
{
    Q_OBJECT

private slots:
    void jobsPageSearchesTheHistory();
    void jobResultsComeAPageAtATime();
    void workflowsPageSearchesTheHistory();
    void withoutAJournalFileThereIsNothingToSearch();
};

void TestPageHistorySearch::jobsPageSearchesTheHistory()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir folder;
    Journal journal(folder.filePath(QStringLiteral("jobs.sqlite")));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // An export that failed two days ago; thirty images resized, an export that failed and one enqueued
    // now; and a run named like the exports, which the Jobs page does not list.
    QList<dwp::StreamEvent> recent;
    for (int n = 1; n <= 30; ++n)
        recent.append(jobEvent(Type::JobCompleted, jobId(quint64(n)), at(100 + n), {}, 0, 12,
                               QStringLiteral("resize-image")));
    const dwp::StreamEvent failed =
        jobEvent(Type::JobFailed, jobId(1000), at(1000), QStringLiteral("quota exceeded"), 0, 0,
                 QStringLiteral("nightly-export"));
    recent.append(failed);
    const dwp::StreamEvent enqueued =
        jobEvent(Type::JobEnqueued, jobId(1001), at(1001), {}, 0, 0, QStringLiteral("weekly-export"));
    recent.append(enqueued);
    recent.append(runEvent(Type::WorkflowStarted, runId(1), at(1002), {}, {}, 0, QStringLiteral("export")));
    QVERIFY2(
        writeJournal(journal, {{now.addDays(-2),
                                {jobEvent(Type::JobFailed, jobId(2000), at(10), QStringLiteral("disk full"),
                                          0, 0, QStringLiteral("old-export"))}},
                               {now, recent}}),
        "waiting for the journal to commit 34 events to its file");

    JobsModel jobs;
    EventLogModel log;
    jobs.applyEvents({enqueued}); // seen live too
    JobsPage page(&jobs, &log);
    page.setJournal(&journal);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    HistorySearchPanel* history = page.historySearch();
    QTableView* results = history->table();
    QVERIFY(!results->isVisible());

    chooseAllHistory(history);
    QVERIFY(history->isHistoryScope());
    QVERIFY(results->isVisible());
    QVERIFY(!page.table()->isVisible());
    typeInto(page.searchField(), QStringLiteral("export"));
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 3 && !history->model()->isSearching(),
                              "waiting for the three exports' events from the journal", kWaitMs);
    // Newest first, jobs only: the run named "export" is not among them.
    QCOMPARE(idsIn(results), QStringList({jobId(1001), jobId(1000), jobId(2000)}));
    QCOMPARE(statusOf(history), QStringLiteral("3 results in the history."));

    // The Failed button narrows the history to the events that say failed.
    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("stateFilter_failed")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(idsIn(results) == QStringList({jobId(1000), jobId(2000)}) &&
                                  !history->model()->isSearching(),
                              "waiting for the failed exports only", kWaitMs);
    QCOMPARE(typesIn(results), QStringList({Type::JobFailed, Type::JobFailed}));

    // The last 24 hours leave out the one that failed two days ago.
    history->rangeBox()->setFocus();
    QTest::keyClick(history->rangeBox(), Qt::Key_Down); // last hour
    QTest::keyClick(history->rangeBox(), Qt::Key_Down); // last 24 hours
    QCOMPARE(history->rangeBox()->currentIndex(), int(HistorySearchPanel::LastDay));
    QTRY_VERIFY2_WITH_TIMEOUT(idsIn(results) == QStringList({jobId(1000)}) &&
                                  !history->model()->isSearching(),
                              "waiting for the export that failed today only", kWaitMs);
    QVERIFY(history->shownQuery().fromMs > now.addDays(-1).toMSecsSinceEpoch() - 60'000);

    // Enter on it opens it in the detail panel, as selecting a row of the live list does: the panel asks
    // for its details (the session reads the journal's record, then the server's).
    QSignalSpy wanted(&page, &JobsPage::detailsWanted);
    activateRow(results, 0);
    QCOMPARE(page.selectedJobId(), jobId(1000));
    QCOMPARE(page.detailPanel()->jobId(), jobId(1000));
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.at(0).at(0).toString(), jobId(1000));
    auto* hiddenNotice = page.detailPanel()->findChild<QLabel*>(QStringLiteral("jobHiddenNotice"));
    QVERIFY2(!hiddenNotice->isVisible(), "a job opened from the history is hidden from nothing");
    jobs.applyEvents({failed}); // as the session puts the journal's record in the list
    auto* name = page.detailPanel()->findChild<QLabel*>(QStringLiteral("jobNameField"));
    QTRY_COMPARE_WITH_TIMEOUT(name->text(), QStringLiteral("nightly-export"), kWaitMs);
    QVERIFY(results->isVisible()); // the search stays on screen

    // A state no event says finds nothing, and says why.
    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("stateFilter_failed")), Qt::LeftButton);
    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("stateFilter_cancelled")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 0, "waiting for the search to empty", kWaitMs);
    QVERIFY2(statusOf(history).contains(QStringLiteral("cancelling sends none")),
             qPrintable(statusOf(history)));

    // Back to the live view: its table again.
    history->scopeBox()->setFocus();
    QTest::keyClick(history->scopeBox(), Qt::Key_Up);
    QVERIFY(page.table()->isVisible());
    QVERIFY(!results->isVisible());
}

void TestPageHistorySearch::jobResultsComeAPageAtATime()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir folder;
    Journal journal(folder.filePath(QStringLiteral("paged.sqlite")));
    const int total = JournalSearchQuery::kDefaultPageSize + 50;
    QList<dwp::StreamEvent> events;
    for (int n = 1; n <= total; ++n)
        events.append(jobEvent(Type::JobCompleted, jobId(quint64(n)), at(n), {}, 0, 12,
                               QStringLiteral("resize-image")));
    QVERIFY2(writeJournal(journal, {{QDateTime::currentDateTimeUtc(), events}}),
             "waiting for the journal to commit its events to its file");
    JobsModel jobs;
    EventLogModel log;
    JobsPage page(&jobs, &log);
    page.setJournal(&journal);
    page.resize(1200, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    HistorySearchPanel* history = page.historySearch();
    QTableView* results = history->table();
    chooseAllHistory(history);
    typeInto(page.searchField(), QStringLiteral("resize"));
    // The typed search, not the one choosing All history made with the field still empty: every event here
    // is a resize job, so that one's first page looks the same, and the typed one, 250 ms after the last
    // keystroke, started over under it (a busy machine passed the first page's check before it).
    const QString typed = JournalSearchQuery::fromTyped(QStringLiteral("resize")).text;
    QTRY_VERIFY2_WITH_TIMEOUT(history->shownQuery().text == typed &&
                                  results->model()->rowCount() == JournalSearchQuery::kDefaultPageSize &&
                                  statusOf(history).contains(u"scroll down"),
                              "waiting for the first page of the typed search", kWaitMs);
    QScrollBar* scroll = results->verticalScrollBar();
    QTRY_VERIFY2_WITH_TIMEOUT(scroll->maximum() > 0, "waiting for the table to lay out the first page",
                              kWaitMs);
    // Not scrolled: no more rows come, however long one waits (here: a quarter of a second).
    QTest::qWait(250);
    QCOMPARE(results->model()->rowCount(), JournalSearchQuery::kDefaultPageSize);
    QVERIFY(!history->model()->atEnd());
    results->setFocus();
    QTest::keyClick(results, Qt::Key_End, Qt::ControlModifier); // the list at its end asks for more
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == total && history->model()->atEnd() &&
                                  !history->model()->isSearching(),
                              "waiting for the last page", kWaitMs);
    const QStringList ids = idsIn(results);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), total);
    QCOMPARE(ids.first(), jobId(quint64(total)));
    QCOMPARE(ids.last(), jobId(1));
    QCOMPARE(statusOf(history), QStringLiteral("%1 results in the history.").arg(total));
}

void TestPageHistorySearch::workflowsPageSearchesTheHistory()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir folder;
    Journal journal(folder.filePath(QStringLiteral("runs.sqlite")));
    const QString report = QStringLiteral("export-report");
    QVERIFY2(writeJournal(
                 journal,
                 {{QDateTime::currentDateTimeUtc(),
                   {runEvent(Type::WorkflowStarted, runId(1), at(1), {}, {}, 0, report),
                    runEvent(Type::WorkflowStarted, runId(2), at(2), {}, {}, 0, report),
                    runEvent(Type::WorkflowStepCompleted, runId(1), at(3), QStringLiteral("render"), {}, 0,
                             report),
                    runEvent(Type::WorkflowFailed, runId(2), at(4), {}, QStringLiteral("timeout"), 0, report),
                    jobEvent(Type::JobCompleted, jobId(5), at(5), {}, 0, 0, QStringLiteral("export"))}}}),
             "waiting for the journal to commit 5 events to its file");
    WorkflowRunsModel runs;
    TimelineModel timeline;
    WorkflowsPage page(&runs, &timeline);
    page.setJournal(&journal);
    page.resize(1300, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    HistorySearchPanel* history = page.historySearch();
    QTableView* results = history->table();

    chooseAllHistory(history);
    QVERIFY(!page.table()->isVisible());
    typeInto(page.searchField(), QStringLiteral("export"));
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 4 && !history->model()->isSearching(),
                              "waiting for the runs' four events", kWaitMs);
    QCOMPARE(idsIn(results), QStringList({runId(2), runId(1), runId(2), runId(1)})); // the job is left out

    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("runStateFilter_failed")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(idsIn(results) == QStringList({runId(2)}) && !history->model()->isSearching(),
                              "waiting for the failed run only", kWaitMs);
    QCOMPARE(typesIn(results), QStringList({Type::WorkflowFailed}));

    // Enter opens the run: selected, and opened as a row of the live list is (the session then shows the
    // journal's record of a run the server has forgotten, MonitorSession::openRun).
    QSignalSpy opened(&page, &WorkflowsPage::runOpened);
    activateRow(results, 0);
    QCOMPARE(page.selectedRunId(), runId(2));
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), runId(2));
    auto* title = page.detailPanel()->findChild<QLabel*>(QStringLiteral("runTitle"));
    QVERIFY2(title->text().contains(runId(2)), qPrintable(title->text()));

    // Waiting is the monitor's inference: no event says it.
    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("runStateFilter_failed")), Qt::LeftButton);
    QTest::mouseClick(page.findChild<QToolButton*>(QStringLiteral("runStateFilter_waiting")), Qt::LeftButton);
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 0, "waiting for the search to empty", kWaitMs);
    QVERIFY2(statusOf(history).contains(QStringLiteral("infers waiting")), qPrintable(statusOf(history)));
}

void TestPageHistorySearch::withoutAJournalFileThereIsNothingToSearch()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates));
    Journal inMemory{QString()}; // --demo, or DISPATCH_MONITOR_JOURNAL_DIR=off
    JobsModel jobs;
    EventLogModel log;
    JobsPage jobsPage(&jobs, &log);
    jobsPage.setJournal(&inMemory);
    WorkflowRunsModel runs;
    TimelineModel timeline;
    WorkflowsPage runsPage(&runs, &timeline);
    runsPage.setJournal(nullptr);
    for (QWidget* page : {static_cast<QWidget*>(&jobsPage), static_cast<QWidget*>(&runsPage)}) {
        page->resize(1200, 600);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page));
    }
    for (HistorySearchPanel* history : {jobsPage.historySearch(), runsPage.historySearch()}) {
        chooseAllHistory(history);
        QVERIFY(history->table()->isVisible());
        QCOMPARE(history->model()->rowCount(), 0);
        QCOMPARE(statusOf(history),
                 QStringLiteral(
                     "This session keeps its history in memory only, so there is no history to search."));
    }
    typeInto(jobsPage.searchField(), QStringLiteral("export"));
    QTest::qWait(400); // past the field's delay
    QVERIFY(!jobsPage.historySearch()->model()->isSearching());
    QCOMPARE(jobsPage.historySearch()->model()->rowCount(), 0);
}

QTEST_MAIN(TestPageHistorySearch)
#include "tst_page_history_search.moc"
