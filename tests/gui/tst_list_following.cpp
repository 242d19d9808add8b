// SPDX-License-Identifier: MIT
// The lists an on-call operator reads (issue 20 item 14): newest first, following new rows while the view is
// at the top with nothing selected, and standing still under the reader otherwise.
#include "gui/pages/JobsPage.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/views/ElideAtEndDelegate.h"
#include "gui/views/ListFollower.h"
#include "gui/views/TimestampDelegate.h"
#include "i18n/LocaleTranslations.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"
#include "models/OverviewCounts.h"
#include "models/RecentFailuresModel.h"
#include "models/StatsHistory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"

#include "GuiTestSupport.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;
using modeltest::runEvent;
using modeltest::runId;
namespace Type = dwp::EventType;

class TestListFollowing : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void jobsAreNewestFirst();
    void runsAreNewestFirst();
    void followsNewJobsAtTheTop();
    void scrolledAwayTheRowsOnScreenStayPut();
    void aSelectedRowDoesNotMove();
    void countSaysHowManyOfHowMany();
    void countSaysHowManyLeftTheList();
    void noMatchesNamesTheFilter();
    void payloadTextIsSearchable();
    void errorsAreElidedAtTheEnd();
    void datesShowWhereATimeIsNotToday();
    void identicalFailuresAreOneRowWithACount();
    void recentFailuresHoldStillUnderThePointer();

private:
    void enqueue(int first, int last);
    QString idAtTop() const;
    void scrollDownByPage();

    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "1 job", "3 jobs"
    JobsModel* m_jobs = nullptr;
    EventLogModel* m_log = nullptr;
    JobsPage* m_page = nullptr;
};

void TestListFollowing::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestListFollowing::init()
{
    m_jobs = new JobsModel(this);
    m_log = new EventLogModel(this);
    m_page = new JobsPage(m_jobs, m_log);
    m_page->resize(1200, 500);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
}

void TestListFollowing::cleanup()
{
    delete m_page;
    delete m_jobs;
    delete m_log;
}

// Jobs first..last, each enqueued a second after the one before.
void TestListFollowing::enqueue(int first, int last)
{
    QList<dwp::StreamEvent> batch;
    for (int n = first; n <= last; ++n)
        batch << jobEvent(Type::JobEnqueued, jobId(quint64(n)), at(n));
    m_jobs->applyEvents(batch);
}

// The job in the first row on screen.
QString TestListFollowing::idAtTop() const
{
    return m_page->table()->indexAt(QPoint(1, 1)).data(JobsModel::IdRole).toString();
}

// A click in the scroll bar's groove below the handle: a page down, as a person scrolls.
void TestListFollowing::scrollDownByPage()
{
    QScrollBar* bar = m_page->table()->verticalScrollBar();
    QTRY_VERIFY2(bar->maximum() > 0, "waiting for the view to lay out rows enough to scroll");
    // A click in the groove below the handle pages down. Under load the bar may still be laid out for fewer
    // rows, its handle reaching the click, which then scrolls nothing (1 failure in the full suite): click
    // again until it scrolls.
    QTRY_VERIFY2((QTest::mouseClick(bar, Qt::LeftButton, {},
                                    QPoint(bar->width() / 2, bar->height() - bar->width() - 4)),
                  bar->value() > 0),
                 "waiting for a click below the scroll bar's handle to scroll down");
}

void TestListFollowing::jobsAreNewestFirst()
{
    enqueue(1, 3);
    QHeaderView* header = m_page->table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(JobsModel::EnqueuedColumn));
    QCOMPARE(header->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(idAtTop(), jobId(3));
    // A job whose enqueue was not seen (enqueued before the monitor connected) goes below those seen
    // enqueued; among such jobs the later seen comes first.
    m_jobs->applyEvents(
        {jobEvent(Type::JobStarted, jobId(90), at(10)), jobEvent(Type::JobStarted, jobId(91), at(11))});
    const JobFilterProxy* proxy = m_page->proxy();
    QCOMPARE(proxy->index(0, 0).data(JobsModel::IdRole).toString(), jobId(3));
    QCOMPARE(proxy->index(3, 0).data(JobsModel::IdRole).toString(), jobId(91));
    QCOMPARE(proxy->index(4, 0).data(JobsModel::IdRole).toString(), jobId(90));
    // A header click still sorts as asked.
    QTest::mouseClick(
        header->viewport(), Qt::LeftButton, {},
        QPoint(header->sectionViewportPosition(JobsModel::EnqueuedColumn) + 5, header->height() / 2));
    QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(proxy->index(4, 0).data(JobsModel::IdRole).toString(), jobId(3));
}

void TestListFollowing::runsAreNewestFirst()
{
    WorkflowRunsModel runs;
    TimelineModel timeline;
    WorkflowsPage page(&runs, &timeline);
    page.resize(1200, 500);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    runs.applyEvents(
        {runEvent(Type::WorkflowStarted, runId(1), at(1)), runEvent(Type::WorkflowStarted, runId(2), at(2))});
    QCOMPARE(page.table()->horizontalHeader()->sortIndicatorSection(), int(WorkflowRunsModel::StartedColumn));
    QCOMPARE(page.table()->indexAt(QPoint(1, 1)).data(WorkflowRunsModel::IdRole).toString(), runId(2));
    runs.applyEvents({runEvent(Type::WorkflowStarted, runId(3), at(3))});
    QCOMPARE(page.table()->indexAt(QPoint(1, 1)).data(WorkflowRunsModel::IdRole).toString(), runId(3));
    QVERIFY(page.follower()->isFollowing());
}

void TestListFollowing::followsNewJobsAtTheTop()
{
    enqueue(1, 100);
    QCOMPARE(idAtTop(), jobId(100));
    QVERIFY(m_page->follower()->isFollowing());
    enqueue(101, 105);
    QCOMPARE(idAtTop(), jobId(105));
    QCOMPARE(m_page->table()->verticalScrollBar()->value(), 0);
    QCOMPARE(m_page->follower()->arrivedAbove(), 0);
}

void TestListFollowing::scrolledAwayTheRowsOnScreenStayPut()
{
    enqueue(1, 100);
    scrollDownByPage();
    QVERIFY(m_page->table()->verticalScrollBar()->value() > 0);
    QVERIFY(!m_page->follower()->isFollowing());
    const QString top = idAtTop();
    QVERIFY(!top.isEmpty());
    QVERIFY(top != jobId(100));
    enqueue(101, 107);
    QCOMPARE(idAtTop(), top); // nothing moved under the reader
    QCOMPARE(m_page->follower()->arrivedAbove(), 7);
    // A state change does not move the rows either, nor count as arrived.
    m_jobs->applyEvents({jobEvent(Type::JobStarted, top, at(500))});
    QCOMPARE(idAtTop(), top);
    QCOMPARE(m_page->follower()->arrivedAbove(), 7);
    // Back at the top, the list follows again and shows the newest.
    QScrollBar* bar = m_page->table()->verticalScrollBar();
    for (int click = 0; click < 50 && bar->value() > 0; ++click)
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->width() / 2, bar->width() + 4));
    QCOMPARE(bar->value(), 0);
    QCOMPARE(m_page->follower()->arrivedAbove(), 0);
    QVERIFY(m_page->follower()->isFollowing());
    QCOMPARE(idAtTop(), jobId(107));
    enqueue(108, 108);
    QCOMPARE(idAtTop(), jobId(108));
}

void TestListFollowing::aSelectedRowDoesNotMove()
{
    enqueue(1, 100);
    QTableView* table = m_page->table();
    const QRect rect = table->visualRect(m_page->proxy()->index(2, JobsModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(m_page->selectedJobId(), jobId(98));
    QVERIFY(!m_page->follower()->isFollowing());
    enqueue(101, 103);
    // The selected row is where it was on screen, with the same job in it.
    QCOMPARE(table->indexAt(rect.center()).data(JobsModel::IdRole).toString(), jobId(98));
    QCOMPARE(m_page->selectedJobId(), jobId(98));
    QCOMPARE(m_page->follower()->arrivedAbove(), 3);
    // Positive control: the new jobs are there, above.
    QCOMPARE(m_page->proxy()->index(0, 0).data(JobsModel::IdRole).toString(), jobId(103));
}

namespace {

QToolButton* stateButton(const QWidget* page, const QString& name)
{
    return page->findChild<QToolButton*>(name);
}

// Moves the pointer over `widget` to `pos` the way a mouse does, through the window: the widget gets Enter
// and, tracking, mouse moves (the QWidget overload of QTest::mouseMove only sets the cursor).
void movePointer(QWidget* widget, QPoint pos)
{
    QWidget* window = widget->window();
    QTest::mouseMove(window->windowHandle(), widget->mapTo(window, pos));
}

QString textOf(const QWidget* page, const char* objectName)
{
    const auto* label = page->findChild<QLabel*>(QLatin1String(objectName));
    return label ? label->text() : QStringLiteral("<no %1>").arg(QLatin1String(objectName));
}

} // namespace

void TestListFollowing::countSaysHowManyOfHowMany()
{
    m_jobs->setTrackingSince(QDateTime::fromSecsSinceEpoch(modeltest::kBaseSeconds, Qt::UTC));
    enqueue(1, 5);
    m_jobs->applyEvents({jobEvent(Type::JobFailed, jobId(2), at(20), QStringLiteral("boom")),
                         jobEvent(Type::JobFailed, jobId(4), at(21), QStringLiteral("boom"))});
    const QString time = m_jobs->trackingSince().toLocalTime().toString(QStringLiteral("HH:mm"));
    QCOMPARE(textOf(m_page, "jobsSinceLabel"),
             QStringLiteral("5 jobs seen since %1. The server cannot list older jobs.").arg(time));
    QTest::mouseClick(stateButton(m_page, QStringLiteral("stateFilter_failed")), Qt::LeftButton);
    QCOMPARE(textOf(m_page, "jobsSinceLabel"),
             QStringLiteral("2 of 5 jobs seen since %1 match the filters. The server cannot list older jobs.")
                 .arg(time));
    // Live: a third failure counts on both sides.
    enqueue(6, 6);
    m_jobs->applyEvents({jobEvent(Type::JobFailed, jobId(6), at(22), QStringLiteral("boom"))});
    QVERIFY2(textOf(m_page, "jobsSinceLabel").startsWith(QStringLiteral("3 of 6 jobs seen since")),
             qPrintable(textOf(m_page, "jobsSinceLabel")));
}

// Issue 19 item 5: past the live window the oldest finished jobs leave the list; the count says so, and
// still counts them as seen. The selected job stays selected where it is.
void TestListFollowing::countSaysHowManyLeftTheList()
{
    m_jobs->setTrackingSince(QDateTime::fromSecsSinceEpoch(modeltest::kBaseSeconds, Qt::UTC));
    const QString time = m_jobs->trackingSince().toLocalTime().toString(QStringLiteral("HH:mm"));
    m_jobs->setCapacity(100);
    QList<dwp::StreamEvent> batch;
    for (quint64 n = 1; n <= 110; ++n)
        batch << jobEvent(Type::JobEnqueued, jobId(n), at(qint64(n)))
              << jobEvent(Type::JobCompleted, jobId(n), at(qint64(n) + 1));
    m_jobs->applyEvents(batch);
    // Within the window and its tenth: nothing left yet (the positive control).
    QCOMPARE(textOf(m_page, "jobsSinceLabel"),
             QStringLiteral("110 jobs seen since %1. The server cannot list older jobs.").arg(time));
    QTest::mouseClick(m_page->table()->viewport(), Qt::LeftButton, {},
                      m_page->table()->visualRect(m_page->proxy()->index(2, 0)).center());
    const QString selected =
        idAtTop() == jobId(110) ? m_page->proxy()->index(2, 0).data(JobsModel::IdRole).toString() : QString();
    QCOMPARE(selected, jobId(108));

    batch.clear();
    for (quint64 n = 111; n <= 150; ++n)
        batch << jobEvent(Type::JobEnqueued, jobId(n), at(qint64(n)))
              << jobEvent(Type::JobCompleted, jobId(n), at(qint64(n) + 1));
    m_jobs->applyEvents(batch);
    QCOMPARE(m_jobs->rowCount(), 100);
    QCOMPARE(textOf(m_page, "jobsSinceLabel"),
             QStringLiteral("150 jobs seen since %1. The server cannot list older jobs. The list keeps the "
                            "newest 100 finished jobs: 50 older ones left it.")
                 .arg(time));
    const QModelIndexList rows = m_page->table()->selectionModel()->selectedRows();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().data(JobsModel::IdRole).toString(), jobId(108));
}

void TestListFollowing::noMatchesNamesTheFilter()
{
    auto* notice = m_page->table()->viewport()->findChild<QLabel*>(QStringLiteral("emptyListNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(),
             QStringLiteral("No jobs seen yet. They appear here as the server reports them."));
    enqueue(1, 3);
    QVERIFY(!notice->isVisible()); // positive control below: it comes back when a filter leaves nothing
    QTest::mouseClick(stateButton(m_page, QStringLiteral("stateFilter_failed")), Qt::LeftButton);
    QVERIFY(notice->isVisible());
    QCOMPARE(notice->text(), QStringLiteral("No jobs match these filters:\nState: Failed"));
    QTest::keyClicks(m_page->searchField(), QStringLiteral("acme"));
    QVERIFY(guitest::awaitTypedFilter(m_page->searchField()));
    QCOMPARE(notice->text(), QStringLiteral("No jobs match these filters:\nState: Failed\nSearch: “acme”"));
    // A row that matches takes the notice away.
    m_jobs->applyEvents({jobEvent(Type::JobFailed, jobId(2), at(20), QStringLiteral("acme down"))});
    QVERIFY(!notice->isVisible());
    QCOMPARE(m_page->proxy()->rowCount(), 1);
}

void TestListFollowing::payloadTextIsSearchable()
{
    enqueue(1, 3);
    dwp::Job job;
    job.id = jobId(2);
    job.name = QStringLiteral("send-email");
    job.queue = QStringLiteral("default");
    job.state = QStringLiteral("pending");
    job.payload = QByteArrayLiteral("{\"customer\":\"ACME-42\",\"note\":\"Grüße\"}");
    job.createdAt = at(2);
    job.updatedAt = at(2);
    m_jobs->upsertJob(job);
    QTest::keyClicks(m_page->searchField(), QStringLiteral("acme-4"));
    QVERIFY(guitest::awaitTypedFilter(m_page->searchField()));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(JobsModel::IdRole).toString(), jobId(2));
    guitest::retype(m_page->searchField(), QStringLiteral("GRÜSSE"));
    QCOMPARE(m_page->proxy()->rowCount(), 0); // ß is not "ss": matching ignores case, nothing more
    guitest::retype(m_page->searchField(), QStringLiteral("GRÜ"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    // A payload changed by a later lookup is searched as it is now.
    job.payload = QByteArrayLiteral("{\"customer\":\"Initech\"}");
    m_jobs->upsertJob(job);
    guitest::retype(m_page->searchField(), QStringLiteral("acme"));
    QCOMPARE(m_page->proxy()->rowCount(), 0);
    guitest::retype(m_page->searchField(), QStringLiteral("initech"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
}

namespace {

// Shows the style option a delegate paints with.
class OptionProbe : public ElideAtEndDelegate
{
public:
    using ElideAtEndDelegate::ElideAtEndDelegate;
    Qt::TextElideMode elideModeFor(const QModelIndex& index, Qt::TextElideMode viewMode) const
    {
        QStyleOptionViewItem option;
        option.textElideMode = viewMode;
        initStyleOption(&option, index);
        return option.textElideMode;
    }
};

} // namespace

void TestListFollowing::errorsAreElidedAtTheEnd()
{
    enqueue(1, 1);
    QTableView* table = m_page->table();
    QCOMPARE(table->textElideMode(), Qt::ElideMiddle); // ids: their ends tell them apart
    QVERIFY(qobject_cast<ElideAtEndDelegate*>(table->itemDelegateForColumn(JobsModel::LastErrorColumn)));
    QVERIFY(!qobject_cast<ElideAtEndDelegate*>(table->itemDelegateForColumn(JobsModel::IdColumn)));
    OptionProbe probe;
    QCOMPARE(probe.elideModeFor(m_page->proxy()->index(0, JobsModel::LastErrorColumn), Qt::ElideMiddle),
             Qt::ElideRight);
    WorkflowRunsModel runs;
    TimelineModel timeline;
    WorkflowsPage page(&runs, &timeline);
    QVERIFY(qobject_cast<ElideAtEndDelegate*>(
        page.table()->itemDelegateForColumn(WorkflowRunsModel::ErrorColumn)));
}

void TestListFollowing::datesShowWhereATimeIsNotToday()
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QDate today(2026, 12, 7);
    const auto local = [](QDate date, QTime time) { return QDateTime(date, time).toUTC(); };
    QCOMPARE(TimestampDelegate::format(local(today, QTime(14, 3, 11, 250)), english, today),
             QStringLiteral("14:03:11.250"));
    QCOMPARE(TimestampDelegate::format(local(QDate(2026, 12, 5), QTime(14, 3, 11)), english, today),
             QStringLiteral("Dec 5 14:03:11"));
    QCOMPARE(TimestampDelegate::format(local(QDate(2025, 6, 15), QTime(9, 0, 1)), english, today),
             QStringLiteral("Jun 15 2025 09:00:01"));
    // German order and month names, from the German catalogue and locale.
    {
        const LocaleTranslations german(QLocale(QLocale::German, QLocale::Germany));
        const QString text = TimestampDelegate::format(local(QDate(2026, 12, 5), QTime(14, 3, 11)),
                                                       QLocale(QLocale::German), today);
        QVERIFY2(text.startsWith(QStringLiteral("5. Dez")) && text.endsWith(QStringLiteral(" 14:03:11")),
                 qPrintable(text));
    }
    // In the list: the enqueue time of a job of another day carries its date.
    m_jobs->applyEvents({jobEvent(Type::JobEnqueued, jobId(1), at(1))}); // 2025-06-15
    const QModelIndex cell = m_page->proxy()->index(0, JobsModel::EnqueuedColumn);
    const auto* times =
        qobject_cast<TimestampDelegate*>(m_page->table()->itemDelegateForColumn(JobsModel::EnqueuedColumn));
    QVERIFY(times);
    const QString shown = times->displayText(cell.data(), english);
    QVERIFY2(shown.contains(QStringLiteral("2025")) && shown.startsWith(QStringLiteral("Jun 15")),
             qPrintable(shown));
}

void TestListFollowing::identicalFailuresAreOneRowWithACount()
{
    WorkflowRunsModel runs;
    OverviewCounts counts(m_jobs, &runs);
    RecentFailuresModel* recent = counts.recentFailures();
    enqueue(1, 5);
    m_jobs->applyEvents({jobEvent(Type::JobFailed, jobId(1), at(10), QStringLiteral("smtp: refused")),
                         jobEvent(Type::JobFailed, jobId(2), at(11), QStringLiteral("smtp: refused")),
                         jobEvent(Type::JobFailed, jobId(3), at(12), QStringLiteral("disk full"))});
    QCOMPARE(recent->rowCount(), 2);
    QCOMPARE(recent->index(0, 0).data(RecentFailuresModel::IdRole).toString(), jobId(3));
    QCOMPARE(recent->index(1, RecentFailuresModel::NameColumn).data().toString(),
             QStringLiteral("send-email ×2"));
    QCOMPARE(recent->index(1, 0).data(RecentFailuresModel::CountRole).toInt(), 2);
    QCOMPARE(recent->index(1, 0).data(RecentFailuresModel::IdRole).toString(), jobId(2)); // the newest
    // Another identical failure: the group moves to the top with the newest time and id.
    m_jobs->applyEvents({jobEvent(Type::JobFailed, jobId(4), at(13), QStringLiteral("smtp: refused"))});
    QCOMPARE(recent->rowCount(), 2);
    QCOMPARE(recent->index(0, 0).data(RecentFailuresModel::IdRole).toString(), jobId(4));
    QCOMPARE(recent->index(0, RecentFailuresModel::NameColumn).data().toString(),
             QStringLiteral("send-email ×3"));
    QCOMPARE(recent->index(0, 0).data(RecentFailuresModel::AtRole).toDateTime(), at(13).toDateTime());
    // A job counts once, by its latest failure: job 3 failing again the same way (after a retry over REST)
    // leaves its old group.
    recent->add({RecentFailuresModel::Kind::Job, jobId(3), QStringLiteral("send-email"),
                 QStringLiteral("smtp: refused"), at(14).toDateTime()});
    QCOMPARE(recent->rowCount(), 1);
    QCOMPARE(recent->index(0, 0).data(RecentFailuresModel::CountRole).toInt(), 4);
    // A different name with the same error is another row.
    m_jobs->applyEvents({jobEvent(Type::JobFailed, jobId(9), at(15), QStringLiteral("smtp: refused"), 0, 0,
                                  QStringLiteral("resize-image"))});
    QCOMPARE(recent->rowCount(), 2);
}

void TestListFollowing::recentFailuresHoldStillUnderThePointer()
{
    WorkflowRunsModel runs;
    OverviewCounts counts(m_jobs, &runs);
    StatsHistory stats;
    OverviewPage page(&counts, &stats);
    page.resize(1024, 640);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QList<dwp::StreamEvent> failures;
    for (int n = 1; n <= 6; ++n)
        failures << jobEvent(Type::JobFailed, jobId(quint64(n)), at(n), QStringLiteral("error %1").arg(n));
    m_jobs->applyEvents(failures);
    QTableView* table = page.failuresTable();
    QTRY_VERIFY2(table->isVisible(), "waiting for the Overview's refresh to show the failures");
    auto* arrived = page.findChild<QLabel*>(QStringLiteral("arrivedFailuresLabel"));
    QVERIFY(!arrived->isVisible());
    // The pointer rests on the second row.
    const QPoint pointer =
        table->visualRect(table->model()->index(1, RecentFailuresModel::ErrorColumn)).center();
    movePointer(table->viewport(), pointer);
    const QString hovered = table->indexAt(pointer).data(RecentFailuresModel::IdRole).toString();
    QCOMPARE(hovered, jobId(5));
    QVERIFY(counts.recentFailures()->isHeld());
    m_jobs->applyEvents({jobEvent(Type::JobFailed, jobId(7), at(7), QStringLiteral("error 7")),
                         jobEvent(Type::JobFailed, jobId(8), at(8), QStringLiteral("error 8"))});
    QCOMPARE(table->indexAt(pointer).data(RecentFailuresModel::IdRole).toString(), hovered);
    QCOMPARE(table->model()->rowCount(), 6);
    QVERIFY(arrived->isVisible());
    QCOMPARE(arrived->text(), QStringLiteral("2 new failures wait until the pointer leaves the list."));
    // The pointer leaves: the newest show at the top (the positive control of the wait).
    movePointer(&page, QPoint(5, 5));
    QCOMPARE(table->model()->rowCount(), 8);
    QCOMPARE(table->indexAt(QPoint(1, 1)).data(RecentFailuresModel::IdRole).toString(), jobId(8));
    QVERIFY(!arrived->isVisible());
}

QTEST_MAIN(TestListFollowing)
#include "tst_list_following.moc"
