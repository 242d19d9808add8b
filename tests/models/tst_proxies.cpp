// SPDX-License-Identifier: MIT
// JobFilterProxy, WorkflowRunFilterProxy, EventFilterProxy: filtering, sorting by any column, live updates
// without resets, and selections (persistent indexes) that survive rows moving under a sort. The search reads
// the models' storage (SearchText; event data as received, in UTF-8).
#include "ModelEventFactory.h"
#include "models/EventFilterProxy.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/PausableEventProxy.h"
#include "models/SearchText.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"

#include <QAbstractItemModelTester>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

using namespace dispatch;
using dwp::JobState;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

QStringList column(const QAbstractItemModel& model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.index(row, 0).data(role).toString());
    return values;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// Five jobs covering states, queues, names, an error and (after job.get) a payload.
void fillJobs(JobsModel& jobs)
{
    const QString email = QStringLiteral("send-email");
    const QString resize = QStringLiteral("resize-image");
    jobs.applyEvents({jobEvent(T::JobEnqueued, jobId(1), at(5), {}, 0, 0, email, QStringLiteral("default")),
                      jobEvent(T::JobCompleted, jobId(1), at(6), {}, 0, 0, email, QStringLiteral("default")),
                      jobEvent(T::JobEnqueued, jobId(2), at(1), {}, 0, 0, email, QStringLiteral("mail")),
                      jobEvent(T::JobFailed, jobId(2), at(3), QStringLiteral("SMTP timeout"), 0, 0, email,
                               QStringLiteral("mail")),
                      jobEvent(T::JobEnqueued, jobId(3), at(4), {}, 0, 0, resize, QStringLiteral("images")),
                      jobEvent(T::JobStarted, jobId(3), at(7), {}, 0, 0, resize, QStringLiteral("images")),
                      jobEvent(T::JobEnqueued, jobId(4), at(2), {}, 0, 0, resize, QStringLiteral("images")),
                      jobEvent(T::JobRetrying, jobId(4), at(8), {}, 1, 0, resize, QStringLiteral("images"))});
    dwp::Job report;
    report.id = jobId(5);
    report.name = QStringLiteral("Report");
    report.queue = QStringLiteral("default");
    report.state = QStringLiteral("pending");
    report.createdAt = at(3);
    report.updatedAt = at(3);
    report.payload = QByteArray("{\"user\":\"alice\"}");
    jobs.upsertJob(report);
}

dwp::StreamEvent eventWithData(const QString& topic, const QByteArray& data, int second)
{
    return {T::JobCompleted, at(second), topic, data};
}

} // namespace

class TestProxies : public QObject
{
    Q_OBJECT

private slots:
    void jobFilters();
    void jobFilterFollowsUpdates();
    void jobSorting();
    void selectionSurvivesUpdates();
    void runFilterAndSort();
    void eventFilterAndSort();
    // Issue 21 item 3: the search reads the models' storage; a refilter is one pass.
    void searchTextIgnoresCase();
    void eventDataIsSearchedAsReceived();
    void everyPartOfARunIsSearched();
    void refilteringKeepsRowsShownAndTheirOrder();
};

void TestProxies::jobFilters()
{
    JobsModel jobs;
    JobFilterProxy proxy;
    proxy.setSourceModel(&jobs);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillJobs(jobs);
    QCOMPARE(proxy.rowCount(), 5);

    proxy.setStates({JobState::Failed, JobState::Retrying});
    QCOMPARE(sorted(column(proxy, JobsModel::IdRole)), sorted({jobId(2), jobId(4)}));
    QCOMPARE(proxy.states().size(), 2);

    proxy.setStates({});
    proxy.setQueue(QStringLiteral("images"));
    QCOMPARE(sorted(column(proxy, JobsModel::IdRole)), sorted({jobId(3), jobId(4)}));

    proxy.setQueue({});
    proxy.setNameFilter(QStringLiteral("EMAIL"));
    QCOMPARE(sorted(column(proxy, JobsModel::IdRole)), sorted({jobId(1), jobId(2)}));

    proxy.setNameFilter({});
    proxy.setText(QStringLiteral("smtp"));
    QCOMPARE(column(proxy, JobsModel::IdRole), QStringList{jobId(2)});
    proxy.setText(QStringLiteral("ALICE")); // only in the payload job.get returned
    QCOMPARE(column(proxy, JobsModel::IdRole), QStringList{jobId(5)});
    proxy.setText(jobId(3).right(6));
    QCOMPARE(column(proxy, JobsModel::IdRole), QStringList{jobId(3)});
    proxy.setText(QStringLiteral("mail"));
    // "mail" is job 2's queue, and part of "send-email": both email jobs match the free text.
    QCOMPARE(sorted(column(proxy, JobsModel::IdRole)), sorted({jobId(1), jobId(2)}));
}

void TestProxies::jobFilterFollowsUpdates()
{
    JobsModel jobs;
    JobFilterProxy proxy;
    proxy.setSourceModel(&jobs);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillJobs(jobs);
    proxy.setStates({JobState::Running});
    QCOMPARE(column(proxy, JobsModel::IdRole), QStringList{jobId(3)});
    QSignalSpy reset(&proxy, &JobFilterProxy::modelReset);
    jobs.applyEvents({jobEvent(T::JobCompleted, jobId(3), at(9)), jobEvent(T::JobStarted, jobId(4), at(10)),
                      jobEvent(T::JobStarted, jobId(6), at(11))});
    QCOMPARE(sorted(column(proxy, JobsModel::IdRole)), sorted({jobId(4), jobId(6)}));
    QVERIFY(jobs.markCancelled(jobId(6)));
    QCOMPARE(column(proxy, JobsModel::IdRole), QStringList{jobId(4)});
    QCOMPARE(reset.size(), 0);
}

void TestProxies::jobSorting()
{
    JobsModel jobs;
    JobFilterProxy proxy;
    proxy.setSourceModel(&jobs);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    fillJobs(jobs);

    // Enqueued: 2 (1 s), 4 (2 s), 5 (3 s), 3 (4 s), 1 (5 s) — by time, not by text.
    proxy.sort(JobsModel::EnqueuedColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, JobsModel::IdRole),
             (QStringList{jobId(2), jobId(4), jobId(5), jobId(3), jobId(1)}));
    proxy.sort(JobsModel::EnqueuedColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, JobsModel::IdRole),
             (QStringList{jobId(1), jobId(3), jobId(5), jobId(4), jobId(2)}));

    // State by lifecycle value: pending, running, completed, failed, retrying (dwp::JobState order).
    proxy.sort(JobsModel::StateColumn, Qt::AscendingOrder);
    QCOMPARE(column(proxy, JobsModel::IdRole),
             (QStringList{jobId(5), jobId(3), jobId(1), jobId(2), jobId(4)}));

    // Names case-insensitively: "Report" sorts among the lower-case names.
    proxy.sort(JobsModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(
        column(proxy, JobsModel::NameRole),
        (QStringList{QStringLiteral("Report"), QStringLiteral("resize-image"), QStringLiteral("resize-image"),
                     QStringLiteral("send-email"), QStringLiteral("send-email")}));

    // Priority is unknown (sorts first) except for the job fetched by id.
    proxy.sort(JobsModel::PriorityColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(JobsModel::IdRole).toString(), jobId(5));
}

void TestProxies::selectionSurvivesUpdates()
{
    JobsModel jobs;
    JobFilterProxy proxy;
    proxy.setSourceModel(&jobs);
    proxy.sort(JobsModel::StateColumn, Qt::AscendingOrder);
    QAbstractItemModelTester sourceTester(&jobs, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QList<dwp::StreamEvent> batch;
    for (int job = 0; job < 60; ++job)
        batch.append(jobEvent(T::JobEnqueued, jobId(quint64(job)), at(job)));
    jobs.applyEvents(batch);

    QItemSelectionModel selection(&proxy);
    const QStringList picked = {jobId(3), jobId(30), jobId(59)};
    QList<QPersistentModelIndex> persistent;
    for (const QString& id : picked) {
        const QModelIndex index = proxy.mapFromSource(jobs.index(jobs.rowOf(id), 0));
        selection.select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
        persistent.append(QPersistentModelIndex(index));
    }
    selection.setCurrentIndex(persistent.at(1), QItemSelectionModel::NoUpdate);

    QSignalSpy reset(&proxy, &JobFilterProxy::modelReset);
    QSignalSpy layout(&proxy, &JobFilterProxy::layoutChanged);
    // Every third job starts, every fifth completes: rows move under the state sort, new jobs arrive.
    batch.clear();
    for (int job = 0; job < 60; job += 3)
        batch.append(jobEvent(T::JobStarted, jobId(quint64(job)), at(100 + job)));
    for (int job = 0; job < 60; job += 5)
        batch.append(jobEvent(T::JobCompleted, jobId(quint64(job)), at(200 + job)));
    for (int job = 60; job < 70; ++job)
        batch.append(jobEvent(T::JobEnqueued, jobId(quint64(job)), at(300 + job)));
    jobs.applyEvents(batch);

    QCOMPARE(reset.size(), 0);
    QVERIFY(layout.size() >= 1); // rows did move
    for (int i = 0; i < picked.size(); ++i) {
        QVERIFY(persistent.at(i).isValid());
        QCOMPARE(persistent.at(i).data(JobsModel::IdRole).toString(), picked.at(i));
    }
    QStringList selectedIds;
    for (const QModelIndex& index : selection.selectedRows())
        selectedIds.append(index.data(JobsModel::IdRole).toString());
    QCOMPARE(sorted(selectedIds), sorted(picked));
    QCOMPARE(selection.currentIndex().data(JobsModel::IdRole).toString(), jobId(30));
    // And the sort holds after the moves.
    int previous = -1;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        const int state = proxy.index(row, 0).data(JobsModel::StateRole).toInt();
        QVERIFY(state >= previous);
        previous = state;
    }
}

void TestProxies::runFilterAndSort()
{
    WorkflowRunsModel runs;
    WorkflowRunFilterProxy proxy;
    proxy.setSourceModel(&runs);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    runs.applyEvents({runEvent(T::WorkflowStarted, runId(1), at(0), {}, {}, 0, QStringLiteral("checkout")),
                      runEvent(T::WorkflowCompleted, runId(1), at(9), {}, {}, 0, QStringLiteral("checkout")),
                      runEvent(T::WorkflowStarted, runId(2), at(1), {}, {}, 0, QStringLiteral("refund")),
                      runEvent(T::WorkflowStepFailed, runId(2), at(2), QStringLiteral("charge"),
                               QStringLiteral("card declined"), 0, QStringLiteral("refund")),
                      runEvent(T::WorkflowFailed, runId(2), at(3), {}, QStringLiteral("card declined"), 0,
                               QStringLiteral("refund")),
                      runEvent(T::WorkflowStarted, runId(3), at(4), {}, {}, 0, QStringLiteral("Checkout"))});
    proxy.setStates({dwp::RunState::Running, dwp::RunState::Failed});
    QCOMPARE(sorted(column(proxy, WorkflowRunsModel::IdRole)), sorted({runId(2), runId(3)}));
    proxy.setStates({});
    proxy.setNameFilter(QStringLiteral("checkout"));
    QCOMPARE(sorted(column(proxy, WorkflowRunsModel::IdRole)), sorted({runId(1), runId(3)}));
    proxy.setNameFilter({});
    proxy.setText(QStringLiteral("charge"));
    QCOMPARE(column(proxy, WorkflowRunsModel::IdRole), QStringList{runId(2)});
    proxy.setText({});
    proxy.sort(WorkflowRunsModel::DurationColumn, Qt::DescendingOrder);
    QCOMPARE(column(proxy, WorkflowRunsModel::IdRole), (QStringList{runId(1), runId(2), runId(3)}));
    runs.applyEvents(
        {runEvent(T::WorkflowCompleted, runId(3), at(30), {}, {}, 0, QStringLiteral("Checkout"))});
    QCOMPARE(column(proxy, WorkflowRunsModel::IdRole), (QStringList{runId(3), runId(1), runId(2)}));
}

void TestProxies::eventFilterAndSort()
{
    EventLogModel log;
    EventFilterProxy proxy;
    proxy.setSourceModel(&log);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.applyEvents({jobEvent(T::JobEnqueued, jobId(1), at(1)), runEvent(T::WorkflowStarted, runId(1), at(2)),
                     jobEvent(T::JobFailed, jobId(1), at(3), QStringLiteral("card declined")),
                     runEvent(T::WorkflowStepFailed, runId(1), at(4), QStringLiteral("charge"),
                              QStringLiteral("card declined")),
                     dwp::StreamEvent::forCronFired({QStringLiteral("nightly"), jobId(2)}, at(5))});
    proxy.setTypes({QStringLiteral("job.")});
    QCOMPARE(column(proxy, EventLogModel::TypeRole), (QStringList{T::JobEnqueued, T::JobFailed}));
    proxy.setTypes({T::WorkflowStepFailed, T::CronFired});
    QCOMPARE(column(proxy, EventLogModel::TypeRole), (QStringList{T::WorkflowStepFailed, T::CronFired}));
    proxy.setTypes({});
    proxy.setTopicFilter(QStringLiteral("workflow:"));
    QCOMPARE(proxy.rowCount(), 2);
    proxy.setTopicFilter({});
    proxy.setText(QStringLiteral("DECLINED"));
    QCOMPARE(column(proxy, EventLogModel::TypeRole), (QStringList{T::JobFailed, T::WorkflowStepFailed}));
    proxy.setText({});
    proxy.sort(EventLogModel::TimeColumn, Qt::DescendingOrder);
    QCOMPARE(proxy.index(0, 0).data(EventLogModel::TypeRole).toString(), T::CronFired);
    // New events keep the order; the ring dropping old rows does not reset the proxy.
    QSignalSpy reset(&proxy, &EventFilterProxy::modelReset);
    log.setCapacity(5);
    log.applyEvents({jobEvent(T::JobStarted, jobId(9), at(6))});
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.index(0, 0).data(EventLogModel::TypeRole).toString(), T::JobStarted);
    QCOMPARE(reset.size(), 0);
}

void TestProxies::searchTextIgnoresCase()
{
    const SearchText ascii(QStringLiteral("Invoice"));
    QVERIFY(ascii.foundIn(u"render INVOICE now"));
    QVERIFY(ascii.foundInUtf8("{\"job_name\":\"invoice.render\"}"));
    QVERIFY(!ascii.foundIn(u"invoic"));            // a prefix is not the pattern
    QVERIFY(!ascii.foundInUtf8("invoic\xc3\xa9")); // nor a prefix followed by a multi-byte character
    QVERIFY(ascii.foundInUtf8("Gr\xc3\xbc\xc3\x9f"
                              "e invoice")); // after multi-byte characters
    const SearchText umlaut(QStringLiteral("GRÜN"));
    QVERIFY(umlaut.foundIn(u"das grüne Licht"));
    QVERIFY(umlaut.foundInUtf8("das gr\xc3\xbcne Licht"));
    QVERIFY(!umlaut.foundInUtf8("das grune Licht"));
    const SearchText empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(empty.foundIn(u"anything") && empty.foundInUtf8(""));
}

void TestProxies::eventDataIsSearchedAsReceived()
{
    EventLogModel log;
    PausableEventProxy proxy;
    proxy.setSourceModel(&log);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    log.applyEvents({eventWithData(QStringLiteral("job:a"),
                                   "{\"note\":\"\xc3\x9c"
                                   "berweisung OK\"}",
                                   1),
                     eventWithData(QStringLiteral("job:b"), "{\"note\":\"cash\"}", 2),
                     eventWithData(QStringLiteral("job:C-Transfer"), "{}", 3)});
    proxy.setText(QStringLiteral("überweisung")); // not ASCII: decoded, Unicode case folding
    QCOMPARE(column(proxy, EventLogModel::TopicRole), QStringList{QStringLiteral("job:a")});
    proxy.setText(QStringLiteral("CASH")); // ASCII: the bytes as received
    QCOMPARE(column(proxy, EventLogModel::TopicRole), QStringList{QStringLiteral("job:b")});
    proxy.setText(QStringLiteral("transfer")); // the topic is searched too
    QCOMPARE(column(proxy, EventLogModel::TopicRole), QStringList{QStringLiteral("job:C-Transfer")});
    proxy.setText({});
    proxy.setTopicFilter(QStringLiteral("JOB:B"));
    QCOMPARE(column(proxy, EventLogModel::TopicRole), QStringList{QStringLiteral("job:b")});
    // Paused, the rows shown stay; the filters still apply to them.
    proxy.setTopicFilter({});
    proxy.setPaused(true);
    log.applyEvents({eventWithData(QStringLiteral("job:d"), "{\"note\":\"cash\"}", 4)});
    proxy.setText(QStringLiteral("cash"));
    QCOMPARE(column(proxy, EventLogModel::TopicRole), QStringList{QStringLiteral("job:b")});
    QCOMPARE(proxy.heldBackCount(), 1u);
    proxy.setPaused(false);
    QCOMPARE(column(proxy, EventLogModel::TopicRole),
             (QStringList{QStringLiteral("job:b"), QStringLiteral("job:d")}));
}

void TestProxies::everyPartOfARunIsSearched()
{
    WorkflowRunsModel runs;
    WorkflowRunFilterProxy proxy;
    proxy.setSourceModel(&runs);
    const QString other = QStringLiteral("refund");
    runs.applyEvents(
        {runEvent(T::WorkflowStarted, runId(1), at(1), {}, {}, 0, QStringLiteral("Checkout")),
         runEvent(T::WorkflowStepCompleted, runId(2), at(2), QStringLiteral("Validate"), {}, 0, other),
         runEvent(T::WorkflowStepFailed, runId(3), at(3), QStringLiteral("charge"),
                  QStringLiteral("Card declined"), 0, other),
         runEvent(T::WorkflowFailed, runId(4), at(4), {}, QStringLiteral("Quota exceeded"), 0, other),
         runEvent(T::WorkflowStarted, runId(5), at(5), {}, {}, 0, other)});
    runs.setWaitingFor(runId(5), QStringLiteral("payment.Received"), false);
    const auto shownFor = [&](const QString& text) {
        proxy.setText(text);
        return column(proxy, WorkflowRunsModel::IdRole);
    };
    QCOMPARE(shownFor(QStringLiteral("CHECKOUT")), QStringList{runId(1)});         // name
    QCOMPARE(shownFor(QStringLiteral("validate")), QStringList{runId(2)});         // current step
    QCOMPARE(shownFor(QStringLiteral("DECLINED")), QStringList{runId(3)});         // the step's error
    QCOMPARE(shownFor(QStringLiteral("quota")), QStringList{runId(4)});            // the run's error
    QCOMPARE(shownFor(QStringLiteral("payment.received")), QStringList{runId(5)}); // the event it waits for
    QCOMPARE(shownFor(runId(2).toUpper()), QStringList{runId(2)});                 // id
    QCOMPARE(shownFor(QStringLiteral("nothing like it")), QStringList{});
    QCOMPARE(shownFor({}).size(), 5);
}

void TestProxies::refilteringKeepsRowsShownAndTheirOrder()
{
    WorkflowRunsModel runs;
    WorkflowRunFilterProxy proxy;
    proxy.setSourceModel(&runs);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Started out of arrival order, so that the newest-first sort moves rows.
    QList<dwp::StreamEvent> batch;
    for (const int run : {3, 1, 4, 0, 5, 2})
        batch.append(runEvent(T::WorkflowStarted, runId(run), at(10 * run), {}, {}, 0,
                              run % 2 ? QStringLiteral("odd") : QStringLiteral("even")));
    runs.applyEvents(batch);
    proxy.sort(WorkflowRunsModel::StartedColumn, Qt::DescendingOrder);
    QPersistentModelIndex kept = proxy.mapFromSource(runs.index(runs.rowOf(runId(3)), 0));
    QPersistentModelIndex hidden = proxy.mapFromSource(runs.index(runs.rowOf(runId(4)), 0));
    QSignalSpy reset(&proxy, &QAbstractItemModel::modelReset);

    proxy.setText(QStringLiteral("odd"));
    QCOMPARE(column(proxy, WorkflowRunsModel::IdRole), (QStringList{runId(5), runId(3), runId(1)}));
    QVERIFY(kept.isValid());
    QCOMPARE(kept.data(WorkflowRunsModel::IdRole).toString(), runId(3));
    QVERIFY(!hidden.isValid());
    proxy.setText({});
    QCOMPARE(column(proxy, WorkflowRunsModel::IdRole),
             (QStringList{runId(5), runId(4), runId(3), runId(2), runId(1), runId(0)}));
    QCOMPARE(kept.data(WorkflowRunsModel::IdRole).toString(), runId(3));
    QCOMPARE(reset.size(), 0);
    // A run starting later still sorts by the model after the refilter, not by keys kept from it.
    runs.applyEvents({runEvent(T::WorkflowStarted, runId(6), at(100))});
    QCOMPARE(proxy.index(0, 0).data(WorkflowRunsModel::IdRole).toString(), runId(6));
}

QTEST_GUILESS_MAIN(TestProxies)
#include "tst_proxies.moc"
