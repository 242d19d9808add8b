// SPDX-License-Identifier: MIT
// EventLogModel: rows append at the bottom, the ring bound (one removal per batch), capacity changes, roles.
#include "ModelEventFactory.h"
#include "models/EventLogModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dispatch::EventLogModel;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

QList<dwp::StreamEvent> numberedEvents(int first, int count)
{
    QList<dwp::StreamEvent> events;
    for (int n = first; n < first + count; ++n)
        events.append(jobEvent(T::JobEnqueued, jobId(quint64(n)), at(n)));
    return events;
}

quint64 sequenceAt(const EventLogModel& model, int row)
{
    return model.index(row, 0).data(EventLogModel::SequenceRole).toULongLong();
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void rolesAndColumns();
    void appendsAtTheBottom();
    void ringStaysAtItsBound();
    void batchLargerThanTheRing();
    void shrinkingDropsTheOldest();
};

void TestEventLogModel::rolesAndColumns()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.capacity(), EventLogModel::kDefaultCapacity);
    const dwp::StreamEvent jobEvt = jobEvent(T::JobCompleted, jobId(1), at(1, 250), {}, 0, 12);
    const dwp::StreamEvent runEvt =
        runEvent(T::WorkflowStepCompleted, runId(2), at(2), QStringLiteral("charge"));
    const dwp::StreamEvent cronEvt =
        dwp::StreamEvent::forCronFired({QStringLiteral("nightly-report"), jobId(3)}, at(3));
    model.applyEvents({jobEvt, runEvt, cronEvt});
    QCOMPARE(model.rowCount(), 3);

    const QModelIndex job = model.index(0, 0);
    QCOMPARE(job.data(EventLogModel::TypeRole).toString(), T::JobCompleted);
    QCOMPARE(job.data(EventLogModel::TopicRole).toString(), QStringLiteral("job:") + jobId(1));
    QCOMPARE(job.data(EventLogModel::JobIdRole).toString(), jobId(1));
    QVERIFY(job.data(EventLogModel::RunIdRole).toString().isEmpty());
    QCOMPARE(job.data(EventLogModel::TimeRole).toDateTime().toMSecsSinceEpoch(),
             (kBaseSeconds + 1) * 1000 + 250);
    QCOMPARE(job.data(EventLogModel::RawJsonRole).toString(), QString::fromUtf8(jobEvt.toJson()));
    QCOMPARE(job.data(EventLogModel::DataJsonRole).toString(), QString::fromUtf8(jobEvt.data));

    const QModelIndex run = model.index(1, 0);
    QCOMPARE(run.data(EventLogModel::RunIdRole).toString(), runId(2));
    QVERIFY(run.data(EventLogModel::JobIdRole).toString().isEmpty());
    QCOMPARE(model.index(1, EventLogModel::SubjectColumn).data().toString(), runId(2));

    // cron.fired has no topic (§5); the job it enqueued comes from its data.
    const QModelIndex cron = model.index(2, 0);
    QVERIFY(cron.data(EventLogModel::TopicRole).toString().isEmpty());
    QCOMPARE(cron.data(EventLogModel::JobIdRole).toString(), jobId(3));
    QCOMPARE(model.index(2, EventLogModel::TypeColumn).data().toString(), T::CronFired);
    QCOMPARE(model.headerData(EventLogModel::TopicColumn, Qt::Horizontal).toString(),
             QStringLiteral("Topic"));
}

void TestEventLogModel::appendsAtTheBottom()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &EventLogModel::rowsInserted);
    model.applyEvents(numberedEvents(0, 5));
    model.applyEvents(numberedEvents(5, 5));
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(inserted.at(1).at(1).toInt(), 5);
    QCOMPARE(inserted.at(1).at(2).toInt(), 9);
    for (int row = 0; row < 10; ++row)
        QCOMPARE(sequenceAt(model, row), quint64(row));
}

void TestEventLogModel::ringStaysAtItsBound()
{
    EventLogModel model;
    model.setCapacity(100);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy removed(&model, &EventLogModel::rowsRemoved);
    QSignalSpy inserted(&model, &EventLogModel::rowsInserted);
    for (int batch = 0; batch < 10; ++batch)
        model.applyEvents(numberedEvents(batch * 30, 30));
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(inserted.size(), 10);
    // Full after the 4th batch (120 > 100): batches 4..10 each remove once, from the top.
    QCOMPARE(removed.size(), 7);
    for (const QList<QVariant>& arguments : std::as_const(removed))
        QCOMPARE(arguments.at(1).toInt(), 0);
    QCOMPARE(removed.first().at(2).toInt(), 19);
    QCOMPARE(removed.last().at(2).toInt(), 29);
    QCOMPARE(model.evictedCount(), quint64(200));
    for (int row = 0; row < 100; ++row) {
        QCOMPARE(sequenceAt(model, row), quint64(200 + row));
        QCOMPARE(model.index(row, 0).data(EventLogModel::JobIdRole).toString(), jobId(quint64(200 + row)));
    }
}

void TestEventLogModel::batchLargerThanTheRing()
{
    EventLogModel model;
    model.setCapacity(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents(numberedEvents(0, 4));
    QSignalSpy removed(&model, &EventLogModel::rowsRemoved);
    QSignalSpy inserted(&model, &EventLogModel::rowsInserted);
    model.applyEvents(numberedEvents(4, 25));
    QCOMPARE(removed.size(), 1); // all four old rows in one removal
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(sequenceAt(model, 0), quint64(19)); // only the newest ten of the batch are kept
    QCOMPARE(sequenceAt(model, 9), quint64(28));
    QCOMPARE(model.evictedCount(), quint64(19));
}

void TestEventLogModel::shrinkingDropsTheOldest()
{
    EventLogModel model;
    model.setCapacity(30);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents(numberedEvents(0, 50)); // wraps the ring
    QSignalSpy removed(&model, &EventLogModel::rowsRemoved);
    model.setCapacity(20);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(sequenceAt(model, 0), quint64(30));
    model.applyEvents(numberedEvents(50, 7));
    QCOMPARE(model.rowCount(), 20);
    QCOMPARE(sequenceAt(model, 0), quint64(37));
    QCOMPARE(sequenceAt(model, 19), quint64(56));
    model.setCapacity(40); // growing keeps every row
    QCOMPARE(model.rowCount(), 20);
    model.applyEvents(numberedEvents(57, 10));
    QCOMPARE(model.rowCount(), 30);
    QCOMPARE(sequenceAt(model, 29), quint64(66));
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_event_log_model.moc"
