// SPDX-License-Identifier: MIT
// DeadLetteredJobsModel: the jobs seen dead-lettered through job.dlq events (dwp-protocol.md §5), newest
// first, one row per job, bounded, with the operator's retry marked on the row.
#include "ModelEventFactory.h"
#include "models/DeadLetteredJobsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace dispatch;
using modeltest::at;
using modeltest::jobEvent;
using modeltest::jobId;

class TestDeadLetteredJobsModel : public QObject
{
    Q_OBJECT

private slots:
    void onlyJobDlqEventsAddRowsNewestFirst();
    void aJobDeadLetteredAgainMovesUpAndIsNoLongerRetried();
    void boundedToTheNewest();
    void errorIsOneLineWithTheWholeInTheTooltip();
};

void TestDeadLetteredJobsModel::onlyJobDlqEventsAddRowsNewestFirst()
{
    DeadLetteredJobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    namespace T = dwp::EventType;
    model.applyEvents({jobEvent(T::JobFailed, jobId(1), at(10), QStringLiteral("disk full")),
                       jobEvent(T::JobDlq, jobId(1), at(10), QStringLiteral("disk full")),
                       jobEvent(T::JobCompleted, jobId(2), at(11)),
                       jobEvent(T::JobDlq, jobId(3), at(12), QStringLiteral("timeout"))});
    QCOMPARE(model.rowCount(), 2); // the failure and the completion added nothing
    QCOMPARE(model.row(0).jobId, jobId(3));
    QCOMPARE(model.row(1).jobId, jobId(1));
    QCOMPARE(model.index(1, DeadLetteredJobsModel::ErrorColumn).data().toString(),
             QStringLiteral("disk full"));
    QCOMPARE(model.index(1, DeadLetteredJobsModel::NameColumn).data().toString(),
             QStringLiteral("send-email"));
    QCOMPARE(model.index(1, DeadLetteredJobsModel::TimeColumn).data().toDateTime(), at(10).toDateTime());
    QCOMPARE(model.index(0, DeadLetteredJobsModel::RetryColumn).data().toString(), QStringLiteral("Retry"));
    // An older one arriving late goes below the newer.
    model.applyEvents({jobEvent(T::JobDlq, jobId(4), at(5))});
    QCOMPARE(model.rowOf(jobId(4)), 2);
}

void TestDeadLetteredJobsModel::aJobDeadLetteredAgainMovesUpAndIsNoLongerRetried()
{
    DeadLetteredJobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    namespace T = dwp::EventType;
    model.applyEvents({jobEvent(T::JobDlq, jobId(1), at(10)), jobEvent(T::JobDlq, jobId(2), at(11))});
    const QDateTime retriedAt = at(20).toDateTime();
    model.markRetried(jobId(1), retriedAt);
    QVERIFY(model.index(1, 0).data(DeadLetteredJobsModel::RetriedRole).toBool());
    QVERIFY(model.index(1, DeadLetteredJobsModel::RetryColumn)
                .data()
                .toString()
                .startsWith(QStringLiteral("Retried at ")));
    QVERIFY(!model.index(0, 0).data(DeadLetteredJobsModel::RetriedRole).toBool()); // control: the other row
    // The retried job fails for good again: one row, on top, retryable again.
    model.applyEvents({jobEvent(T::JobDlq, jobId(1), at(30), QStringLiteral("again"))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.row(0).jobId, jobId(1));
    QCOMPARE(model.row(0).error, QStringLiteral("again"));
    QVERIFY(!model.index(0, 0).data(DeadLetteredJobsModel::RetriedRole).toBool());
    model.markRetried(QStringLiteral("job_unknown"), retriedAt); // not listed: nothing happens
    QCOMPARE(model.rowCount(), 2);
}

void TestDeadLetteredJobsModel::boundedToTheNewest()
{
    DeadLetteredJobsModel model;
    namespace T = dwp::EventType;
    QList<dwp::StreamEvent> events;
    for (int n = 1; n <= DeadLetteredJobsModel::kMaxRows + 5; ++n)
        events.append(jobEvent(T::JobDlq, jobId(quint64(n)), at(n)));
    model.applyEvents(events);
    QCOMPARE(model.rowCount(), DeadLetteredJobsModel::kMaxRows);
    QCOMPARE(model.row(0).jobId, jobId(DeadLetteredJobsModel::kMaxRows + 5));
    QCOMPARE(model.rowOf(jobId(5)), -1); // among the oldest, gone
    QCOMPARE(model.rowOf(jobId(6)), DeadLetteredJobsModel::kMaxRows - 1);
    model.applyEvents({jobEvent(T::JobDlq, jobId(999999), at(0))}); // older than all kept: not added
    QCOMPARE(model.rowOf(jobId(999999)), -1);
}

void TestDeadLetteredJobsModel::errorIsOneLineWithTheWholeInTheTooltip()
{
    DeadLetteredJobsModel model;
    model.applyEvents({jobEvent(dwp::EventType::JobDlq, jobId(1), at(1), QStringLiteral("first\nsecond"))});
    const QString shown = model.index(0, DeadLetteredJobsModel::ErrorColumn).data().toString();
    QVERIFY2(!shown.contains(u'\n'), qPrintable(shown));
    QVERIFY(shown.startsWith(QStringLiteral("first")));
    QVERIFY(model.index(0, 0).data(Qt::ToolTipRole).toString().contains(jobId(1)));
}

QTEST_GUILESS_MAIN(TestDeadLetteredJobsModel)
#include "tst_dead_lettered_jobs_model.moc"
