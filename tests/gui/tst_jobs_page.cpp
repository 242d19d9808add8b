// SPDX-License-Identifier: MIT
#include "gui/json/JsonViewer.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/views/ErrorText.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"

#include "GuiTestSupport.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <algorithm>

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;
namespace Type = dwp::EventType;

class TestJobsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saysHonestlyWhatItShows();
    void filtersByStateQueueAndText();
    void liveUpdatesKeepSelectionAndScroll();
    void detailShowsEveryFieldAndAsksForThePayload();
    void cancelConfirmationSaysWhatCancelDoes();
    void returnInTheCancelConfirmationKeepsTheJob();
    void cancelOnProductionWaitsForTheTick();
    void selectJobClearsHidingFilters();
    void selectionStaysOnTheJobWhenAFilterHidesIt();
    void selectionStaysWhenTheJobLeavesTheFilterLive();
    void selectionFollowsTheJobWhenRowsReorder();
    void aTableOverTheProxyKeepsItsSelectionWhenFrontRowsMove();
    void frontRowsMovedToTheEndKeepSelectionDetailAndScroll();
    void hugeServerTextKeepsThePageUsable();

private:
    void apply(const QList<dwp::StreamEvent>& batch)
    {
        m_jobs->applyEvents(batch);
        m_log->applyEvents(batch);
    }
    void clickRow(int proxyRow);
    QString currentRowId() const;
    QString field(const char* objectName) const;
    QMessageBox* openCancelConfirmation() const;
    QMessageBox* askToCancel();
    bool relabelAsCancelled();

    JobsModel* m_jobs = nullptr;
    EventLogModel* m_log = nullptr;
    JobsPage* m_page = nullptr;
};

void TestJobsPage::init()
{
    m_jobs = new JobsModel(this);
    m_log = new EventLogModel(this);
    m_jobs->setTrackingSince(QDateTime::fromSecsSinceEpoch(modeltest::kBaseSeconds, Qt::UTC));
    m_page = new JobsPage(m_jobs, m_log);
    new QAbstractItemModelTester(m_page->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_page);
    m_page->resize(1200, 700);
    // These tests name rows by their arrival; newest first, the default, is tst_list_following's.
    m_page->table()->sortByColumn(-1, Qt::AscendingOrder);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page));
    apply({jobEvent(Type::JobEnqueued, jobId(1), at(1)), jobEvent(Type::JobStarted, jobId(1), at(2)),
           jobEvent(Type::JobCompleted, jobId(1), at(3), {}, 0, 950),
           jobEvent(Type::JobEnqueued, jobId(2), at(4), {}, 0, 0, QStringLiteral("resize-image"),
                    QStringLiteral("media")),
           jobEvent(Type::JobStarted, jobId(2), at(5), {}, 0, 0, QStringLiteral("resize-image"),
                    QStringLiteral("media")),
           jobEvent(Type::JobEnqueued, jobId(3), at(6)), jobEvent(Type::JobStarted, jobId(3), at(7)),
           jobEvent(Type::JobFailed, jobId(3), at(8), QStringLiteral("smtp: connection refused"), 3)});
}

void TestJobsPage::cleanup()
{
    delete m_page;
    delete m_jobs;
    delete m_log;
}

void TestJobsPage::clickRow(int proxyRow)
{
    QTableView* table = m_page->table();
    const QRect rect = table->visualRect(m_page->proxy()->index(proxyRow, JobsModel::NameColumn));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
}

QString TestJobsPage::currentRowId() const
{
    return guitest::selectedRowId(m_page->table(), JobsModel::IdRole);
}

QString TestJobsPage::field(const char* objectName) const
{
    return m_page->findChild<QLabel*>(QLatin1String(objectName))->text();
}

QMessageBox* TestJobsPage::openCancelConfirmation() const
{
    // An answered box lingers until its deferred deletion runs.
    for (QMessageBox* box : m_page->findChildren<QMessageBox*>(QStringLiteral("cancelConfirmation"))) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

// Selects job 2 (running) and clicks Cancel Job…; the confirmation it opened, or null.
QMessageBox* TestJobsPage::askToCancel()
{
    clickRow(1);
    QTest::mouseClick(m_page->findChild<QPushButton*>(QStringLiteral("cancelJobButton")), Qt::LeftButton);
    return openCancelConfirmation();
}

namespace {

// The relabel's button for a running job (issue 18 item 3): Dispatch cannot stop running work.
const QString kMarkCancelled = QStringLiteral("Mark cancelled (the handler keeps running)");

QAbstractButton* buttonNamed(const QMessageBox* box, const QString& text)
{
    const QList<QAbstractButton*> buttons = box->buttons();
    const auto found = std::find_if(buttons.cbegin(), buttons.cend(), [&text](const QAbstractButton* button) {
        return button->text() == text;
    });
    return found == buttons.cend() ? nullptr : *found;
}

} // namespace

// Clicks "Mark cancelled (the handler keeps running)", DWP's relabel offered for a running job, in the open
// cancel confirmation; false if there is none.
bool TestJobsPage::relabelAsCancelled()
{
    QMessageBox* box = openCancelConfirmation();
    if (!box)
        return false;
    const QList<QAbstractButton*> buttons = box->buttons();
    const auto relabel = std::find_if(buttons.cbegin(), buttons.cend(), [](const QAbstractButton* button) {
        return button->text() == kMarkCancelled;
    });
    if (relabel == buttons.cend())
        return false;
    QTest::mouseClick(*relabel, Qt::LeftButton);
    return true;
}

void TestJobsPage::saysHonestlyWhatItShows()
{
    auto* since = m_page->findChild<QLabel*>(QStringLiteral("jobsSinceLabel"));
    QVERIFY2(since->text().contains(QStringLiteral("seen since ")), qPrintable(since->text()));
    QVERIFY(since->text().contains(QStringLiteral("cannot list")));
    QCOMPARE(m_page->knownQueues(), (QStringList{QStringLiteral("default"), QStringLiteral("media")}));
    QCOMPARE(m_page->knownNames(),
             (QStringList{QStringLiteral("resize-image"), QStringLiteral("send-email")}));
}

void TestJobsPage::filtersByStateQueueAndText()
{
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    auto* failed = m_page->findChild<QToolButton*>(QStringLiteral("stateFilter_failed"));
    QTest::mouseClick(failed, Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(JobsModel::IdRole).toString(), jobId(3));
    auto* running = m_page->findChild<QToolButton*>(QStringLiteral("stateFilter_running"));
    QTest::mouseClick(running, Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    QTest::mouseClick(failed, Qt::LeftButton);
    QTest::mouseClick(running, Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    auto* text = m_page->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"));
    QTest::keyClicks(text, QStringLiteral("refused"));
    QVERIFY(guitest::awaitTypedFilter(text));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    text->clear();
    m_page->proxy()->setQueue(QStringLiteral("media"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
}

void TestJobsPage::liveUpdatesKeepSelectionAndScroll()
{
    // Enough rows to scroll, then pick one in the middle.
    QList<dwp::StreamEvent> many;
    for (int n = 10; n < 110; ++n)
        many << jobEvent(Type::JobEnqueued, jobId(n), at(10 + n));
    apply(many);
    QTableView* table = m_page->table();
    table->verticalScrollBar()->setValue(40);
    const int scroll = table->verticalScrollBar()->value();
    const int row = table->rowAt(table->viewport()->height() / 2);
    clickRow(row);
    const QString selected = m_page->selectedJobId();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(m_page->detailPanel()->jobId(), selected);
    // Live: new jobs arrive and the selected one changes state.
    QList<dwp::StreamEvent> live;
    for (int n = 200; n < 230; ++n)
        live << jobEvent(Type::JobEnqueued, jobId(n), at(300 + n));
    live << jobEvent(Type::JobStarted, selected, at(600));
    apply(live);
    QCOMPARE(m_page->selectedJobId(), selected);
    QCOMPARE(table->verticalScrollBar()->value(), scroll);
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("jobStateField"))->text(), QStringLiteral("Running"));
}

void TestJobsPage::detailShowsEveryFieldAndAsksForThePayload()
{
    QSignalSpy wanted(m_page, &JobsPage::detailsWanted);
    clickRow(2);
    QCOMPARE(m_page->selectedJobId(), jobId(3));
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.at(0).at(0).toString(), jobId(3));
    QCOMPARE(field("jobIdField"), jobId(3));
    QCOMPARE(field("jobNameField"), QStringLiteral("send-email"));
    QCOMPARE(field("jobStateField"), QStringLiteral("Failed"));
    QCOMPARE(field("jobPriorityField"), QStringLiteral("not fetched yet"));
    QCOMPARE(m_page->findChild<QPlainTextEdit*>(QStringLiteral("lastError"))->toPlainText(),
             QStringLiteral("smtp: connection refused"));
    auto* history = m_page->findChild<QTableView*>(QStringLiteral("jobHistory"));
    QCOMPARE(history->model()->rowCount(), 3); // enqueued, started, failed
    // The job.get reply arrives: priority and payload appear.
    dwp::Job job;
    job.id = jobId(3);
    job.name = QStringLiteral("send-email");
    job.queue = QStringLiteral("default");
    job.state = QStringLiteral("failed");
    job.priority = 4;
    job.maxRetries = 3;
    job.retryCount = 3;
    job.lastError = QStringLiteral("smtp: connection refused");
    job.payload = QByteArrayLiteral("{\"to\":\"ops@example.com\",\"n\":1}");
    job.createdAt = at(6);
    job.updatedAt = at(8);
    job.runAt = at(6);
    m_jobs->upsertJob(job);
    QCOMPARE(field("jobPriorityField"), QStringLiteral("4"));
    const QString payload = m_page->findChild<JsonViewer*>(QStringLiteral("payloadViewer"))->toPlainText();
    QVERIFY2(payload.contains(QStringLiteral("\"to\": \"ops@example.com\"")), qPrintable(payload));
    QVERIFY(payload.contains(QLatin1Char('\n')));
}

void TestJobsPage::cancelConfirmationSaysWhatCancelDoes()
{
    QSignalSpy confirmed(m_page->detailPanel(), &JobDetailPanel::relabelCancelledConfirmed);
    clickRow(1); // job 2, running
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel->isEnabled());
    // The box opens without a nested event loop: the click returns while it is still open.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox* box = openCancelConfirmation();
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    QVERIFY2(box->text().contains(QStringLiteral("Dispatch cannot stop running work")),
             qPrintable(box->text()));
    const QString informative = box->informativeText();
    QVERIFY2(informative.contains(QStringLiteral("can only relabel")), qPrintable(informative));
    QVERIFY(informative.contains(QStringLiteral("the handler keeps running")));
    QCOMPARE(confirmed.size(), 0); // nothing before the answer
    QVERIFY(relabelAsCancelled());
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).at(0).toString(), jobId(2));

    // Declining sends nothing; a finished job cannot be cancelled at all.
    QTRY_VERIFY(!openCancelConfirmation());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY((box = openCancelConfirmation()));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!openCancelConfirmation());
    QCOMPARE(confirmed.size(), 1);
    clickRow(0);
    QVERIFY(!cancel->isEnabled());
}

// Issue 20 item 3: Return and Enter never relabel; the focus starts on Keep Job, and even Tab onto the
// destructive button does not make it the default. A click on it does (the positive control).
void TestJobsPage::returnInTheCancelConfirmationKeepsTheJob()
{
    QSignalSpy confirmed(m_page->detailPanel(), &JobDetailPanel::relabelCancelledConfirmed);
    for (const Qt::Key key : {Qt::Key_Return, Qt::Key_Enter}) {
        QMessageBox* box = askToCancel();
        QVERIFY(box);
        QTest::keyClick(box->focusWidget(), key);
        QTRY_VERIFY(!openCancelConfirmation()); // the key answered the box
        QCOMPARE(confirmed.size(), 0);
    }
    QMessageBox* box = askToCancel();
    QVERIFY(box);
    QAbstractButton* keep = buttonNamed(box, QStringLiteral("Keep Job"));
    auto* relabel = qobject_cast<QPushButton*>(buttonNamed(box, kMarkCancelled));
    QVERIFY(keep && relabel);
    QCOMPARE(box->focusWidget(), keep);
    QCOMPARE(box->defaultButton(), keep);
    QVERIFY(!relabel->isDefault() && !relabel->autoDefault());
    for (int tabs = 0; tabs < 5 && box->focusWidget() != relabel; ++tabs)
        QTest::keyClick(box->focusWidget(), Qt::Key_Tab);
    QCOMPARE(box->focusWidget(), relabel);
    QTest::keyClick(relabel, Qt::Key_Return);
    QTRY_VERIFY(!openCancelConfirmation());
    QCOMPARE(confirmed.size(), 0);
    QVERIFY((box = askToCancel()));
    QVERIFY(relabelAsCancelled());
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).at(0).toString(), jobId(2));
}

// Issue 20 item 3: on a profile marked Production, Mark cancelled is refused until the operator
// ticks the checkbox naming the job; then a click relabels. Not on other environments (the control).
void TestJobsPage::cancelOnProductionWaitsForTheTick()
{
    QSignalSpy confirmed(m_page->detailPanel(), &JobDetailPanel::relabelCancelledConfirmed);
    m_page->detailPanel()->setServerEnvironment(ServerEnvironment::Staging);
    QMessageBox* box = askToCancel();
    QVERIFY(box);
    QVERIFY(!box->checkBox());
    QVERIFY(buttonNamed(box, kMarkCancelled)->isEnabled());
    QTest::keyClick(box->focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!openCancelConfirmation());

    m_page->detailPanel()->setServerEnvironment(ServerEnvironment::Production);
    QVERIFY((box = askToCancel()));
    QAbstractButton* relabel = buttonNamed(box, kMarkCancelled);
    QCheckBox* tick = box->checkBox();
    QVERIFY(tick);
    QVERIFY2(tick->text().contains(jobId(2)) && tick->text().contains(QStringLiteral("production")),
             qPrintable(tick->text()));
    QVERIFY(!tick->isChecked());
    QVERIFY(!relabel->isEnabled());
    QTest::mouseClick(relabel, Qt::LeftButton);
    QVERIFY(openCancelConfirmation()); // the click on the disabled button was refused
    QCOMPARE(confirmed.size(), 0);
    QTest::keyClick(box->focusWidget(), Qt::Key_Return);
    QTRY_VERIFY(!openCancelConfirmation()); // Return kept the job
    QCOMPARE(confirmed.size(), 0);

    QVERIFY((box = askToCancel()));
    relabel = buttonNamed(box, kMarkCancelled);
    QTest::mouseClick(box->checkBox(), Qt::LeftButton);
    QVERIFY(box->checkBox()->isChecked());
    QVERIFY(relabel->isEnabled());
    QCOMPARE(confirmed.size(), 0); // the tick alone does nothing
    QTest::mouseClick(relabel, Qt::LeftButton);
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).at(0).toString(), jobId(2));
}

void TestJobsPage::selectJobClearsHidingFilters()
{
    QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("stateFilter_failed")), Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QVERIFY(m_page->selectJob(jobId(1)));
    QCOMPARE(m_page->selectedJobId(), jobId(1));
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    QVERIFY(!m_page->selectJob(jobId(99)));
    QCOMPARE(m_page->detailPanel()->jobId(), jobId(99)); // shown as "not seen yet", fetch pending
}

void TestJobsPage::selectionStaysOnTheJobWhenAFilterHidesIt()
{
    // Issue 20 item 2: the pane follows the job, never the row; a cancel acts on the job on screen.
    QSignalSpy confirmed(m_page->detailPanel(), &JobDetailPanel::relabelCancelledConfirmed);
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    clickRow(1); // job 2, running
    QCOMPARE(currentRowId(), jobId(2));
    QCOMPARE(field("jobIdField"), jobId(2));

    // The search now matches job 3 only: job 2 leaves the list, job 3 stays in it.
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"));
    guitest::retype(search, QStringLiteral("refused"));
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(JobsModel::IdRole).toString(), jobId(3));
    QCOMPARE(m_page->detailPanel()->jobId(), jobId(2));
    QCOMPARE(field("jobIdField"), jobId(2));
    QCOMPARE(field("jobStateField"), QStringLiteral("Running"));
    QCOMPARE(m_page->selectedJobId(), jobId(2));
    QCOMPARE(currentRowId(), QString()); // no other row is marked as the selection
    auto* notice = m_page->findChild<QLabel*>(QStringLiteral("jobHiddenNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(jobId(2)), qPrintable(notice->text()));

    // Cancel is about job 2, the job on screen.
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(openCancelConfirmation());
    QVERIFY2(openCancelConfirmation()->text().contains(jobId(2)),
             qPrintable(openCancelConfirmation()->text()));
    QVERIFY(relabelAsCancelled());
    QTRY_COMPARE(confirmed.size(), 1); // the confirmation's answer to arrive
    QCOMPARE(confirmed.at(0).at(0).toString(), jobId(2));

    // The search cleared: job 2 is listed and selected again, the notice goes.
    guitest::retype(search, QString());
    QCOMPARE(m_page->proxy()->rowCount(), 3);
    QCOMPARE(currentRowId(), jobId(2));
    QVERIFY(!notice->isVisible()); // the control: the same label is hidden while job 2 is listed
}

void TestJobsPage::selectionStaysWhenTheJobLeavesTheFilterLive()
{
    // Only running jobs listed: 2 and 4. Job 2 is selected and finishes: it leaves the list while job 4,
    // its neighbour, stays in it. The pane must not slide to job 4.
    apply({jobEvent(Type::JobEnqueued, jobId(4), at(20)), jobEvent(Type::JobStarted, jobId(4), at(21))});
    QTest::mouseClick(m_page->findChild<QToolButton*>(QStringLiteral("stateFilter_running")), Qt::LeftButton);
    QCOMPARE(m_page->proxy()->rowCount(), 2);
    clickRow(0);
    QCOMPARE(currentRowId(), jobId(2));
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel->isEnabled()); // positive control: a running job can be cancelled
    apply({jobEvent(Type::JobCompleted, jobId(2), at(22), {}, 0, 100, QStringLiteral("resize-image"),
                    QStringLiteral("media"))});
    QCOMPARE(m_page->proxy()->rowCount(), 1);
    QCOMPARE(m_page->proxy()->index(0, 0).data(JobsModel::IdRole).toString(), jobId(4));
    QCOMPARE(m_page->detailPanel()->jobId(), jobId(2));
    QCOMPARE(field("jobIdField"), jobId(2));
    QCOMPARE(field("jobStateField"), QStringLiteral("Completed"));
    QCOMPARE(currentRowId(), QString());
    QVERIFY(!cancel->isEnabled()); // job 2 has finished; job 4's Cancel is not offered in its place
    auto* notice = m_page->findChild<QLabel*>(QStringLiteral("jobHiddenNotice"));
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    // A person picks job 4: now the pane shows it.
    clickRow(0);
    QCOMPARE(m_page->detailPanel()->jobId(), jobId(4));
    QVERIFY(cancel->isEnabled());
    QVERIFY(!notice->isVisible());
}

void TestJobsPage::selectionFollowsTheJobWhenRowsReorder()
{
    clickRow(0); // job 1, send-email
    QCOMPARE(currentRowId(), jobId(1));
    // Sorted by name: resize-image (job 2) comes first, so job 1 moves down a row.
    guitest::clickHeader(m_page->table()->horizontalHeader(), JobsModel::NameColumn);
    QCOMPARE(m_page->proxy()->index(0, 0).data(JobsModel::IdRole).toString(), jobId(2));
    QCOMPARE(m_page->table()->currentIndex().row(), 1); // moved with its job
    QCOMPARE(currentRowId(), jobId(1));
    QCOMPARE(m_page->detailPanel()->jobId(), jobId(1));
    // Another session's models with the same jobs in another order: the selection stays on job 1.
    JobsModel other;
    other.applyEvents({jobEvent(Type::JobEnqueued, jobId(3), at(1)),
                       jobEvent(Type::JobEnqueued, jobId(2), at(2)),
                       jobEvent(Type::JobEnqueued, jobId(1), at(3))});
    m_page->setModels(&other, m_log);
    QCOMPARE(currentRowId(), jobId(1));
    QCOMPARE(m_page->detailPanel()->jobId(), jobId(1));
    m_page->setModels(m_jobs, m_log); // before `other` goes
    QCOMPARE(currentRowId(), jobId(1));
}

// Issue 16 item 4: 100 kB queue names widened the queue filter until the search field was 28 px wide, and a
// 2 MB error took minutes to lay out in the detail view. The filter keeps its width, the error box shows the
// start of the error and says how much is left out.
// JobsModel::moveFrontRowsToEnd (the journal's replay in two pages) is a move: a plain table over the
// proxy, with nothing that restores its selection by id, keeps its selected rows and current row.
void TestJobsPage::aTableOverTheProxyKeepsItsSelectionWhenFrontRowsMove()
{
    JobsModel model;
    QList<dwp::StreamEvent> batch;
    for (int n = 0; n < 6; ++n)
        batch << jobEvent(Type::JobEnqueued, jobId(n), at(n));
    model.applyEvents(batch);
    JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    QTableView view;
    view.setModel(&proxy);
    view.setSelectionBehavior(QAbstractItemView::SelectRows);
    view.setSelectionMode(QAbstractItemView::ExtendedSelection);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const auto click = [&view, &proxy](int row, Qt::KeyboardModifiers modifiers) {
        const QRect rect = view.visualRect(proxy.index(row, JobsModel::NameColumn));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, modifiers, rect.center());
    };
    click(1, {});
    click(4, Qt::ControlModifier);
    const auto selectedIds = [&view] {
        QStringList ids;
        for (const QModelIndex& row : view.selectionModel()->selectedRows())
            ids.append(row.data(JobsModel::IdRole).toString());
        ids.sort();
        return ids;
    };
    QCOMPARE(selectedIds(), QStringList({jobId(1), jobId(4)}));
    QCOMPARE(view.currentIndex().data(JobsModel::IdRole).toString(), jobId(4));

    model.moveFrontRowsToEnd(2); // jobs 0 and 1 go to the end: job 4 is row 2, job 1 row 5
    QCOMPARE(model.jobId(0), jobId(2));
    QCOMPARE(selectedIds(), QStringList({jobId(1), jobId(4)}));
    QCOMPARE(view.currentIndex().data(JobsModel::IdRole).toString(), jobId(4));
    QCOMPARE(view.currentIndex().row(), 2);
    QVERIFY(view.selectionModel()->isRowSelected(5, {}));
}

void TestJobsPage::frontRowsMovedToTheEndKeepSelectionDetailAndScroll()
{
    QList<dwp::StreamEvent> many;
    for (int n = 10; n < 110; ++n)
        many << jobEvent(Type::JobEnqueued, jobId(n), at(10 + n));
    apply(many); // 103 rows, in arrival order (init)
    QTableView* table = m_page->table();
    table->verticalScrollBar()->setValue(40);
    const QString topId = table->indexAt(QPoint(1, 1)).data(JobsModel::IdRole).toString();
    clickRow(table->rowAt(table->viewport()->height() / 2));
    const QString selected = m_page->selectedJobId();
    QVERIFY(!selected.isEmpty());
    QCOMPARE(m_page->detailPanel()->jobId(), selected);
    const int rowBefore = table->currentIndex().row();

    QVERIFY(rowBefore < 30);

    m_jobs->moveFrontRowsToEnd(30); // rows 30 and on become rows 0 and on, the first 30 the last
    QCOMPARE(table->currentIndex().row(), rowBefore + 103 - 30);
    QCOMPARE(currentRowId(), selected);
    QCOMPARE(m_page->selectedJobId(), selected);
    QCOMPARE(m_page->detailPanel()->jobId(), selected);
    // The rows on screen stay on screen (ListFollower): the same job at the top.
    QCOMPARE(table->indexAt(QPoint(1, 1)).data(JobsModel::IdRole).toString(), topId);
    // Live news of the job reaches the panel at its new row.
    apply({jobEvent(Type::JobStarted, selected, at(600))});
    QCOMPARE(m_page->findChild<QLabel*>(QStringLiteral("jobStateField"))->text(), QStringLiteral("Running"));
}

void TestJobsPage::hugeServerTextKeepsThePageUsable()
{
    auto* search = m_page->findChild<QLineEdit*>(QStringLiteral("jobTextFilter"));
    auto* queues = m_page->findChild<QComboBox*>(QStringLiteral("queueFilter"));
    QVERIFY(search && queues);
    const int searchBefore = search->width();
    QList<dwp::StreamEvent> batch;
    for (int i = 0; i < 40; ++i)
        batch.append(modeltest::jobEvent(Type::JobEnqueued, jobId(100 + i), at(1), {}, 0, 0,
                                         QString(100 * 1000, u'n'),
                                         QString::number(i) + QString(100 * 1000, u'q')));
    apply(batch);
    // Cut to a display length, queues stay apart by how they start ("7qqq…").
    QTRY_VERIFY_WITH_TIMEOUT(queues->count() >= 1 + 40, 5000); // "All queues" and the 40
    QVERIFY2(search->width() >= searchBefore - 5 && search->width() >= 300,
             qPrintable(QStringLiteral("search %1 px (was %2), queue filter %3 px")
                            .arg(search->width())
                            .arg(searchBefore)
                            .arg(queues->width())));

    dwp::Job job;
    job.id = jobId(3);
    job.name = QStringLiteral("send-email");
    job.queue = QStringLiteral("default");
    job.state = QStringLiteral("failed");
    job.lastError = QStringLiteral("first line\n") + QString(2 * 1000 * 1000, u'e');
    job.updatedAt = at(9);
    m_jobs->upsertJob(job);
    QVERIFY(m_page->selectJob(jobId(3)));
    const QString shown = m_page->findChild<QPlainTextEdit*>(QStringLiteral("lastError"))->toPlainText();
    QVERIFY2(shown.startsWith(QStringLiteral("first line\neee")), qPrintable(shown.left(40)));
    QVERIFY2(shown.size() < dispatch::ErrorText::kDetailChars + 100,
             qPrintable(QString::number(shown.size())));
    QVERIFY2(shown.endsWith(QStringLiteral("not shown.)")), qPrintable(shown.right(80)));
}

QTEST_MAIN(TestJobsPage)
#include "tst_jobs_page.moc"
