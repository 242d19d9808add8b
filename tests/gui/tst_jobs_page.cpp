// SPDX-License-Identifier: MIT
#include "gui/json/JsonViewer.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
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
    void selectJobClearsHidingFilters();

private:
    void apply(const QList<dwp::StreamEvent>& batch)
    {
        m_jobs->applyEvents(batch);
        m_log->applyEvents(batch);
    }
    void clickRow(int proxyRow);

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

void TestJobsPage::saysHonestlyWhatItShows()
{
    auto* since = m_page->findChild<QLabel*>(QStringLiteral("jobsSinceLabel"));
    QVERIFY(since->text().startsWith(QStringLiteral("Showing jobs seen since ")));
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
    const auto field = [this](const char* name) {
        return m_page->findChild<QLabel*>(QLatin1String(name))->text();
    };
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
    QSignalSpy confirmed(m_page, &JobsPage::cancelConfirmed);
    clickRow(1); // job 2, running
    auto* cancel = m_page->findChild<QPushButton*>(QStringLiteral("cancelJobButton"));
    QVERIFY(cancel->isEnabled());
    const auto openConfirmation = [this] {
        QMessageBox* box = m_page->findChild<QMessageBox*>(QStringLiteral("cancelConfirmation"));
        return box && box->isVisible() ? box : nullptr;
    };
    // The box opens without a nested event loop: the click returns while it is still open.
    QTest::mouseClick(cancel, Qt::LeftButton);
    QMessageBox* box = openConfirmation();
    QVERIFY(box);
    QCOMPARE(box->windowModality(), Qt::WindowModal);
    const QString informative = box->informativeText();
    QVERIFY2(informative.contains(QStringLiteral("only relabels")), qPrintable(informative));
    QVERIFY(informative.contains(QStringLiteral("does not stop a handler")));
    QVERIFY(informative.contains(QStringLiteral("running now")));
    QCOMPARE(confirmed.size(), 0); // nothing before the answer
    const QList<QAbstractButton*> buttons = box->buttons();
    const auto relabel = std::find_if(buttons.cbegin(), buttons.cend(), [](const QAbstractButton* button) {
        return button->text() == QStringLiteral("Relabel as Cancelled");
    });
    QVERIFY(relabel != buttons.cend());
    QTest::mouseClick(*relabel, Qt::LeftButton);
    QTRY_COMPARE(confirmed.size(), 1);
    QCOMPARE(confirmed.at(0).at(0).toString(), jobId(2));

    // Declining sends nothing; a finished job cannot be cancelled at all.
    QTRY_VERIFY(!openConfirmation());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_VERIFY((box = openConfirmation()));
    QTest::keyClick(box, Qt::Key_Escape);
    QTRY_VERIFY(!openConfirmation());
    QCOMPARE(confirmed.size(), 1);
    clickRow(0);
    QVERIFY(!cancel->isEnabled());
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

QTEST_MAIN(TestJobsPage)
#include "tst_jobs_page.moc"
