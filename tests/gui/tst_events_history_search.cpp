// SPDX-License-Identifier: MIT
// The Events page's "All history" scope (issue 19 item 4), with the keyboard: the typed words search the
// profile's journal, not the live log — a job the live log no longer holds is found beside one it does — the
// results come a page at a time as the list is scrolled to its end, and Enter on one opens its job.
#include "GuiTestSupport.h"
#include "gui/pages/EventsPage.h"
#include "gui/views/HistorySearchPanel.h"
#include "i18n/LocaleTranslations.h"
#include "models/EventLogModel.h"
#include "models/ModelEventFactory.h"
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

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;
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

bool liveLogHolds(const EventLogModel& log, const QString& id)
{
    for (int row = 0; row < log.rowCount(); ++row) {
        if (log.index(row, 0).data(EventLogModel::JobIdRole).toString() == id)
            return true;
    }
    return false;
}

} // namespace

class TestEventsHistorySearch : public QObject
{
    Q_OBJECT

private slots:
    void allHistoryFindsWhatTheLiveLogLost();
    void holesShowAmongTheResults();
};

void TestEventsHistorySearch::allHistoryFindsWhatTheLiveLogLost()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates)); // "2 results"
    QTemporaryDir folder;
    Journal journal(folder.filePath(QStringLiteral("profile.sqlite")));
    journal.start();
    // 450 resized images, then an export that only the journal still holds and one the live log shows too.
    QList<dwp::StreamEvent> history;
    for (int n = 1; n <= 450; ++n)
        history.append(jobEvent(Type::JobCompleted, jobId(quint64(n)), at(n), {}, 0, 12,
                                QStringLiteral("resize-image")));
    const dwp::StreamEvent lost =
        jobEvent(Type::JobFailed, jobId(1000), at(1000), QStringLiteral("quota exceeded"), 0, 0,
                 QStringLiteral("nightly-export"));
    const dwp::StreamEvent kept =
        jobEvent(Type::JobEnqueued, jobId(1001), at(1001), {}, 0, 0, QStringLiteral("weekly-export"));
    journal.recordEvents(history, QDateTime::currentDateTimeUtc());
    journal.recordEvents({lost, kept}, QDateTime::currentDateTimeUtc());
    QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 452, "waiting for the journal to commit 452 events",
                              kWaitMs);
    QCOMPARE(journal.storage(), Journal::Storage::File);

    EventLogModel log;
    log.applyEvents({kept});
    EventsPage page(&log);
    page.setJournal(&journal);
    page.resize(1100, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* scope = page.scopeBox();
    auto* field = page.searchField();
    QTableView* results = page.historySearch()->table();
    QVERIFY(!results->isVisible());

    // Search in: All history, from the keyboard.
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Down);
    QCOMPARE(scope->currentIndex(), int(HistorySearchPanel::HistoryScope));
    QVERIFY(results->isVisible());
    QVERIFY(!page.table()->isVisible());
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("export"));
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 2,
                              "waiting for the two exports from the journal", kWaitMs);
    QCOMPARE(idsIn(results), QStringList({jobId(1001), jobId(1000)}));
    QVERIFY2(!liveLogHolds(log, jobId(1000)), "the failed export is in the journal only");
    QVERIFY2(liveLogHolds(log, jobId(1001)), "the control: the enqueued export is in the live log too");
    QCOMPARE(results->model()->index(1, JournalSearchModel::ErrorColumn).data().toString(),
             QStringLiteral("quota exceeded"));
    QCOMPARE(results->model()->index(1, JournalSearchModel::TypeColumn).data().toString(), Type::JobFailed);
    QCOMPARE(page.historySearch()->statusLabel()->text(), QStringLiteral("2 results in the history."));

    // Enter on a result opens its job.
    QSignalSpy opened(&page, &EventsPage::openRequested);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Down); // the first row becomes current
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), jobId(1000));

    // 450 results come 200 at a time, as the list is scrolled to its end.
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("resize"));
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 200, "waiting for the first page", kWaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(page.historySearch()->statusLabel()->text().contains(u"scroll down"),
                              "waiting for the first page to settle", kWaitMs);
    QScrollBar* scroll = results->verticalScrollBar();
    QTRY_VERIFY2_WITH_TIMEOUT(scroll->maximum() > 0, "waiting for the table to lay out the first page",
                              kWaitMs);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_End,
                    Qt::ControlModifier); // the last row: the list at its end asks for more
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 400, "waiting for the second page", kWaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(!page.historySearch()->model()->isSearching(), "waiting for it to settle",
                              kWaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(scroll->maximum() > scroll->value(),
                              "waiting for the table to lay out the second page", kWaitMs);
    QCOMPARE(results->model()->rowCount(), 400); // only what was scrolled to
    QTest::keyClick(results, Qt::Key_End, Qt::ControlModifier);
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 450, "waiting for the last page", kWaitMs);
    QTRY_VERIFY2_WITH_TIMEOUT(page.historySearch()->model()->atEnd() &&
                                  !page.historySearch()->model()->isSearching(),
                              "waiting for the end of the results", kWaitMs);
    const QStringList ids = idsIn(results);
    QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), 450);
    QCOMPARE(ids.first(), jobId(450));
    QCOMPARE(ids.last(), jobId(1));
    QCOMPARE(page.historySearch()->statusLabel()->text(), QStringLiteral("450 results in the history."));

    // Back to the live view: its table again, the live log's one event.
    scope->setFocus();
    QTest::keyClick(scope, Qt::Key_Up);
    QVERIFY(page.table()->isVisible());
    QVERIFY(!results->isVisible());
}

// A hole in the history (here a lost connection) is a row of its own among the results, in time order,
// spanning the table and saying when and why; a range it does not reach leaves it out.
void TestEventsHistorySearch::holesShowAmongTheResults()
{
    const LocaleTranslations english(QLocale(QLocale::English, QLocale::UnitedStates));
    QTemporaryDir folder;
    Journal journal(folder.filePath(QStringLiteral("holes.sqlite")));
    journal.start();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    journal.recordEvents(
        {jobEvent(Type::JobEnqueued, jobId(1), at(1), {}, 0, 0, QStringLiteral("nightly-export"))},
        now.addSecs(-3 * 3600));
    journal.recordGap(now.addSecs(-2 * 3600), now.addSecs(-3600));
    journal.recordEvents(
        {jobEvent(Type::JobEnqueued, jobId(2), at(2), {}, 0, 0, QStringLiteral("weekly-export"))},
        now.addSecs(-1800));
    QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 2, "waiting for the journal to commit 2 events",
                              kWaitMs);

    EventLogModel log;
    EventsPage page(&log);
    page.setJournal(&journal);
    page.resize(1100, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    HistorySearchPanel* panel = page.historySearch();
    QTableView* results = panel->table();
    page.scopeBox()->setFocus();
    QTest::keyClick(page.scopeBox(), Qt::Key_Down); // All history
    page.searchField()->setFocus();
    QTest::keyClicks(page.searchField(), QStringLiteral("export"));
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 3 && !panel->model()->isSearching(),
                              "waiting for two results and the hole between them", kWaitMs);
    QCOMPARE(idsIn(results), QStringList({jobId(2), QString(), jobId(1)}));
    const QModelIndex hole = results->model()->index(1, 0);
    QVERIFY(hole.data(JournalSearchModel::IsGapRole).toBool());
    QVERIFY(!results->model()->index(0, 0).data(JournalSearchModel::IsGapRole).toBool()); // the control
    const QString sentence = hole.data().toString();
    QVERIFY2(sentence.startsWith(u"No events recorded ") &&
                 sentence.endsWith(u": the monitor was not connected to the server."),
             qPrintable(sentence));
    QCOMPARE(results->columnSpan(1, 0), int(JournalSearchModel::ColumnCount));
    QCOMPARE(results->columnSpan(0, 0), 1);
    QCOMPARE(
        panel->statusLabel()->text(),
        QStringLiteral("2 results in the history. The history has 1 hole here: the hatched row says when "
                       "nothing was recorded, and why."));
    // Enter on the hole opens nothing; on the result below it, its job.
    QSignalSpy opened(&page, &EventsPage::openRequested);
    results->setFocus();
    QTest::keyClick(results, Qt::Key_Home, Qt::ControlModifier); // the first row
    QTest::keyClick(results, Qt::Key_Down);
    QCOMPARE(results->currentIndex().row(), 1);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(opened.size(), 0);
    QTest::keyClick(results, Qt::Key_Down);
    QTest::keyClick(results, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.at(0).at(0).toString(), jobId(1));

    // The last hour: the hole ended before it, the later export is in it.
    panel->rangeBox()->setFocus();
    QTest::keyClick(panel->rangeBox(), Qt::Key_Down);
    QCOMPARE(panel->rangeBox()->currentIndex(), int(HistorySearchPanel::LastHour));
    QTRY_VERIFY2_WITH_TIMEOUT(results->model()->rowCount() == 1 && !panel->model()->isSearching(),
                              "waiting for the last hour's one result", kWaitMs);
    QCOMPARE(idsIn(results), QStringList{jobId(2)});
    QCOMPARE(panel->model()->gapCount(), 0);
    QCOMPARE(panel->statusLabel()->text(), QStringLiteral("1 result in the history."));
}

QTEST_MAIN(TestEventsHistorySearch)
#include "tst_events_history_search.moc"
