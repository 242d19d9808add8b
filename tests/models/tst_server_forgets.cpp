// SPDX-License-Identifier: MIT
// What the models keep of what the server forgets or counts its own way (issue 20 items 6 and 11):
// - a job or run whose lookup answered 404 stays, marked, until news of it arrives;
// - a dead-lettered job shows the server's retry_count (it counts the last failure, dwp-protocol.md §5)
//   whether or not it was opened, and whichever of job.retrying and job.failed arrived first.
#include "ModelEventFactory.h"
#include "models/JobsModel.h"
#include "models/WorkflowRunsModel.h"
#include "protocol/EventType.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dispatch::JobsModel;
using dispatch::WorkflowRunsModel;
namespace T = dwp::EventType;
using namespace modeltest;

class TestServerForgets : public QObject
{
    Q_OBJECT

private slots:
    void aJobTheServerForgotIsMarkedUntilNewsOfIt()
    {
        JobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString ghost = jobId(1);
        const QString other = jobId(2);
        model.applyEvents({jobEvent(T::JobEnqueued, ghost, at(1)), jobEvent(T::JobStarted, ghost, at(2)),
                           jobEvent(T::JobEnqueued, other, at(3))});
        QSignalSpy changed(&model, &JobsModel::dataChanged);
        QVERIFY(model.markUnknownToServer(ghost));
        QCOMPARE(changed.size(), 1);
        const QModelIndex row = model.index(model.rowOf(ghost), JobsModel::StateColumn);
        QVERIFY(row.data(JobsModel::UnknownToServerRole).toBool());
        QVERIFY(row.data(Qt::ToolTipRole).toString().contains(u"no longer knows"));
        // The row keeps what was seen: still running as far as the monitor knows, not dropped.
        QCOMPARE(row.data(JobsModel::StateRole).toInt(), int(dwp::JobState::Running));
        QCOMPARE(model.rowCount(), 2);
        // The control in the same model: the other job is not marked.
        QVERIFY(!model.index(model.rowOf(other), 0).data(JobsModel::UnknownToServerRole).toBool());
        // Marking again changes nothing; an id never seen is refused.
        QVERIFY(model.markUnknownToServer(ghost));
        QCOMPARE(changed.size(), 1);
        QVERIFY(!model.markUnknownToServer(jobId(3)));
        // News of the job: the server knows it again.
        model.applyEvents({jobEvent(T::JobCompleted, ghost, at(9))});
        QVERIFY(!row.data(JobsModel::UnknownToServerRole).toBool());
        QVERIFY(row.data(Qt::ToolTipRole).toString().isEmpty());
    }

    void aRunTheServerForgotIsMarkedUntilNewsOfIt()
    {
        WorkflowRunsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString ghost = runId(1);
        model.applyEvents(
            {runEvent(T::WorkflowStarted, ghost, at(1)), runEvent(T::WorkflowStarted, runId(2), at(2))});
        QVERIFY(model.markUnknownToServer(ghost));
        const QModelIndex row = model.index(model.rowOf(ghost), 0);
        QVERIFY(row.data(WorkflowRunsModel::UnknownToServerRole).toBool());
        QVERIFY(!model.index(model.rowOf(runId(2)), 0).data(WorkflowRunsModel::UnknownToServerRole).toBool());
        QVERIFY(!model.markUnknownToServer(runId(3)));
        dwp::WorkflowRun fetched;
        fetched.id = ghost;
        fetched.name = QStringLiteral("checkout");
        fetched.state = QStringLiteral("running");
        model.upsertRun(fetched);
        QVERIFY(!row.data(WorkflowRunsModel::UnknownToServerRole).toBool());
    }

    // max_retries 2: attempts 1 and 2 announced by job.retrying, the third failure dead-letters the job with
    // retry_count 3 (§5). The list says 3 before and after the job is opened, in either arrival order.
    void aDeadLetteredJobShowsTheServersRetryCount_data()
    {
        QTest::addColumn<bool>("failedFirst");
        QTest::newRow("job.retrying before job.failed") << false;
        QTest::newRow("job.failed before the last job.retrying") << true;
    }

    void aDeadLetteredJobShowsTheServersRetryCount()
    {
        QFETCH(bool, failedFirst);
        JobsModel model;
        const QString id = jobId(7);
        const QList<dwp::StreamEvent> retries = {
            jobEvent(T::JobRetrying, id, at(2), QStringLiteral("boom"), 1),
            jobEvent(T::JobRetrying, id, at(4), QStringLiteral("boom"), 2)};
        const QList<dwp::StreamEvent> end = {jobEvent(T::JobFailed, id, at(6), QStringLiteral("boom")),
                                             jobEvent(T::JobDlq, id, at(6), QStringLiteral("boom"))};
        model.applyEvents({jobEvent(T::JobEnqueued, id, at(1))});
        if (failedFirst) {
            model.applyEvents(end);
            model.applyEvents(retries);
        } else {
            model.applyEvents(retries);
            model.applyEvents(end);
        }
        const QModelIndex cell = model.index(model.rowOf(id), JobsModel::AttemptColumn);
        QCOMPARE(cell.data(JobsModel::StateRole).toInt(), int(dwp::JobState::Failed));
        QCOMPARE(cell.data().toInt(), 3);
        QCOMPARE(cell.data(JobsModel::AttemptRole).toInt(), 3);

        dwp::Job opened; // what job.get answers for it
        opened.id = id;
        opened.name = QStringLiteral("send-email");
        opened.queue = QStringLiteral("default");
        opened.state = QStringLiteral("failed");
        opened.retryCount = 3;
        opened.maxRetries = 2;
        opened.updatedAt = at(6);
        model.upsertJob(opened);
        QCOMPARE(cell.data().toInt(), 3);
        QCOMPARE(cell.data(JobsModel::AttemptRole).toInt(), 3);
    }

    // The control: a job still retrying shows its last attempt as announced, with no failure added.
    void aRetryingJobShowsItsLastAttempt()
    {
        JobsModel model;
        const QString id = jobId(8);
        model.applyEvents({jobEvent(T::JobRetrying, id, at(2), QStringLiteral("boom"), 2)});
        QCOMPARE(model.index(0, JobsModel::AttemptColumn).data().toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestServerForgets)
#include "tst_server_forgets.moc"
