// SPDX-License-Identifier: MIT
// EventLogModel: rows append at the bottom, the ring bound (one removal per batch), capacity changes, roles.
#include "ModelEventFactory.h"
#include "models/EventLogModel.h"
#include "protocol/ServerText.h"

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
    void boundedInBytes();
    void oneEventLargerThanTheBoundIsKept();
    void displayIsCutDetailIsWhole();
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

namespace {

// A job.failed event whose data carries an error of `bytes` bytes. The text is one shared QByteArray, so a
// test can log many of them without holding each copy; the model counts every one at its full size.
dwp::StreamEvent bigEvent(int n, const QByteArray& error)
{
    dwp::StreamEvent event = jobEvent(T::JobFailed, jobId(quint64(n)), at(n));
    event.data = error;
    return event;
}

QByteArray megabyteOfJson()
{
    static const QByteArray json = "\"" + QByteArray(1024 * 1024, 'x') + "\"";
    return json;
}

} // namespace

// Issue 16 item 6: 1 500 events of 1 MB held 1.64 GB for good, the bound being 100 000 rows. The default byte
// bound (64 MiB) keeps the newest events that fit, evicting the oldest, one removal per batch.
void TestEventLogModel::boundedInBytes()
{
    EventLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    // positive control: small events are all kept
    model.applyEvents(numberedEvents(0, 1000));
    QCOMPARE(model.rowCount(), 1000);
    for (int batch = 0; batch < 20; ++batch) {
        QList<dwp::StreamEvent> events;
        for (int i = 0; i < 5; ++i)
            events.append(bigEvent(2000 + batch * 5 + i, megabyteOfJson()));
        model.applyEvents(events);
        QVERIFY2(model.byteSize() <= EventLogModel::kDefaultByteCapacity,
                 qPrintable(QString::number(model.byteSize())));
    }
    QVERIFY2(model.rowCount() >= 60 && model.rowCount() <= 64, qPrintable(QString::number(model.rowCount())));
    QCOMPARE(model.index(model.rowCount() - 1, 0).data(EventLogModel::JobIdRole).toString(), jobId(2099));
    QCOMPARE(model.evictedCount(), quint64(1100 - model.rowCount()));

    // a smaller bound applies with the next batch; evicted rows give their bytes back
    model.setByteCapacity(4 * 1024 * 1024 + 4096);
    model.applyEvents(numberedEvents(5000, 1));
    QCOMPARE(model.rowCount(), 5);
    QVERIFY(model.byteSize() <= model.byteCapacity());
    model.clear();
    QCOMPARE(model.byteSize(), 0);
}

void TestEventLogModel::oneEventLargerThanTheBoundIsKept()
{
    EventLogModel model;
    model.setByteCapacity(1024);
    model.applyEvents({bigEvent(1, megabyteOfJson()), bigEvent(2, megabyteOfJson())});
    QCOMPARE(model.rowCount(), 1); // the newest, whatever its size
    QCOMPARE(model.index(0, 0).data(EventLogModel::JobIdRole).toString(), jobId(2));
    QCOMPARE(model.evictedCount(), quint64(1));
}

// Issue 16 item 4: the Events page laid out 1 MB per row on every repaint. Display and tooltip are cut to a
// display length; the whole event stays in the raw roles for the detail view and export.
void TestEventLogModel::displayIsCutDetailIsWhole()
{
    EventLogModel model;
    model.applyEvents({bigEvent(1, megabyteOfJson()), jobEvent(T::JobEnqueued, jobId(2), at(2))});
    const QString shown = model.index(0, EventLogModel::DataColumn).data().toString();
    QCOMPARE(shown.size(), dwp::ServerText::kDisplayCellChars + 1);
    QVERIFY(shown.endsWith(QChar(0x2026)));
    QVERIFY(model.index(0, EventLogModel::DataColumn).data(Qt::ToolTipRole).toString().size() < 3000);
    QCOMPARE(model.index(0, 0).data(EventLogModel::DataJsonRole).toString().size(), megabyteOfJson().size());
    QVERIFY(model.index(0, 0).data(EventLogModel::RawJsonRole).toString().size() > megabyteOfJson().size());
    // positive control: a small event is shown whole
    const QString small = model.index(1, EventLogModel::DataColumn).data().toString();
    QCOMPARE(small, model.index(1, 0).data(EventLogModel::DataJsonRole).toString());
}

QTEST_GUILESS_MAIN(TestEventLogModel)
#include "tst_event_log_model.moc"
