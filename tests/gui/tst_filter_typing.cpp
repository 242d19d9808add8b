// SPDX-License-Identifier: MIT
// The search fields of the Jobs, Workflows and Events pages apply what is typed once the typing pauses
// (FilterFieldDelay, issue 21 item 3), Return at once, and text set by the program at once.
#include "GuiTestSupport.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/views/FilterFieldDelay.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/ModelEventFactory.h"
#include "models/PausableEventProxy.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTest>
#include <functional>
#include <memory>

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;
using modeltest::runEvent;
using modeltest::runId;
namespace Type = dwp::EventType;

namespace {

// One page with ten rows, one of which ("job 7", "run 7") the search "refund" finds.
struct SearchablePage
{
    std::unique_ptr<QWidget> page;
    QLineEdit* field = nullptr;
    QAbstractItemModel* proxy = nullptr;
    std::function<QString()> appliedText; // what the page's filter holds now
};

} // namespace

class TestFilterTyping : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void typingFiltersOnceTheTypingPauses_data();
    void typingFiltersOnceTheTypingPauses();
    void returnAppliesAtOnce_data();
    void returnAppliesAtOnce();
    void textSetByTheProgramAppliesAtOnce();

private:
    SearchablePage open(const QString& which);

    EventLogModel* m_log = nullptr;
    JobsModel* m_jobs = nullptr;
    WorkflowRunsModel* m_runs = nullptr;
    TimelineModel* m_timeline = nullptr;
};

void TestFilterTyping::init()
{
    m_log = new EventLogModel(this);
    m_jobs = new JobsModel(this);
    m_runs = new WorkflowRunsModel(this);
    m_timeline = new TimelineModel(this);
    QList<dwp::StreamEvent> events;
    for (int n = 0; n < 10; ++n) {
        const QString name = n == 7 ? QStringLiteral("refund") : QStringLiteral("checkout");
        events << jobEvent(Type::JobEnqueued, jobId(quint64(n)), at(n), {}, 0, 0, name)
               << runEvent(Type::WorkflowStarted, runId(n), at(n), {}, {}, 0, name);
    }
    m_log->applyEvents(events);
    m_jobs->applyEvents(events);
    m_runs->applyEvents(events);
}

void TestFilterTyping::cleanup()
{
    delete m_log;
    delete m_jobs;
    delete m_runs;
    delete m_timeline;
}

SearchablePage TestFilterTyping::open(const QString& which)
{
    SearchablePage shown;
    if (which == QLatin1String("jobs")) {
        auto* page = new JobsPage(m_jobs, m_log);
        shown = {std::unique_ptr<QWidget>(page), page->searchField(), page->proxy(),
                 [page] { return page->proxy()->text(); }};
    } else if (which == QLatin1String("workflows")) {
        auto* page = new WorkflowsPage(m_runs, m_timeline);
        shown = {std::unique_ptr<QWidget>(page), page->searchField(), page->proxy(),
                 [page] { return page->proxy()->text(); }};
    } else {
        auto* page = new EventsPage(m_log);
        shown = {std::unique_ptr<QWidget>(page), page->searchField(), page->proxy(),
                 [page] { return page->proxy()->text(); }};
    }
    shown.page->resize(1100, 600);
    shown.page->show();
    if (!QTest::qWaitForWindowExposed(shown.page.get()))
        return {};
    return shown;
}

void TestFilterTyping::typingFiltersOnceTheTypingPauses_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("rowsFound"); // the Events page lists each job's and run's event
    QTest::newRow("jobs") << QStringLiteral("jobs") << 1;
    QTest::newRow("workflows") << QStringLiteral("workflows") << 1;
    QTest::newRow("events") << QStringLiteral("events") << 2;
}

void TestFilterTyping::typingFiltersOnceTheTypingPauses()
{
    QFETCH(QString, which);
    QFETCH(int, rowsFound);
    SearchablePage shown = open(which);
    QVERIFY(shown.page);
    const int all = shown.proxy->rowCount();
    QVERIFY(all > rowsFound);
    QElapsedTimer sinceTyping;
    sinceTyping.start();
    QTest::keyClicks(shown.field, QStringLiteral("REFUND")); // no event loop turn between the keys
    // Typed, not applied yet: the list is as it was until the typing pauses.
    QCOMPARE(shown.appliedText(), QString());
    QCOMPARE(shown.proxy->rowCount(), all);
    QTRY_COMPARE_WITH_TIMEOUT(shown.appliedText(), QStringLiteral("REFUND"), 5000); // the delay to apply it
    QVERIFY2(sinceTyping.elapsed() >= FilterFieldDelay::kDelayMs - 10,
             qPrintable(QStringLiteral("applied %1 ms after typing").arg(sinceTyping.elapsed())));
    QCOMPARE(shown.proxy->rowCount(), rowsFound);
    // Clearing by hand applies once the typing pauses too.
    QTest::keyClick(shown.field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(shown.field, Qt::Key_Backspace);
    QCOMPARE(shown.proxy->rowCount(), rowsFound);
    QTRY_COMPARE_WITH_TIMEOUT(shown.proxy->rowCount(), all, 5000); // the cleared search to apply
}

void TestFilterTyping::returnAppliesAtOnce_data()
{
    typingFiltersOnceTheTypingPauses_data();
}

void TestFilterTyping::returnAppliesAtOnce()
{
    QFETCH(QString, which);
    QFETCH(int, rowsFound);
    SearchablePage shown = open(which);
    QVERIFY(shown.page);
    QTest::keyClicks(shown.field, QStringLiteral("refund"));
    QCOMPARE(shown.appliedText(), QString()); // the control: typing alone waits
    QTest::keyClick(shown.field, Qt::Key_Return);
    QCOMPARE(shown.appliedText(), QStringLiteral("refund"));
    QCOMPARE(shown.proxy->rowCount(), rowsFound);
}

void TestFilterTyping::textSetByTheProgramAppliesAtOnce()
{
    SearchablePage shown = open(QStringLiteral("jobs"));
    QVERIFY(shown.page);
    auto* page = static_cast<JobsPage*>(shown.page.get());
    QTest::keyClicks(shown.field, QStringLiteral("refund"));
    QTest::keyClick(shown.field, Qt::Key_Return);
    QCOMPARE(shown.proxy->rowCount(), 1);
    // Asking for a job the search hides clears the search, and the job is listed and selected at once.
    QVERIFY(page->selectJob(jobId(2)));
    QCOMPARE(shown.field->text(), QString());
    QCOMPARE(shown.appliedText(), QString());
    QCOMPARE(page->selectedJobId(), jobId(2));
    QCOMPARE(shown.proxy->rowCount(), 10);
}

QTEST_MAIN(TestFilterTyping)
#include "tst_filter_typing.moc"
