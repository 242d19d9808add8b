// SPDX-License-Identifier: MIT
// JobsModel: the state-transition table (out of order, duplicates, the unknown-name loop, our own cancels),
// job.get merges, packed and text ids, coalesced signals per batch.
#include "ModelEventFactory.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "protocol/EventType.h"
#include "protocol/ServerText.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using dispatch::JobsModel;
using dwp::JobState;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

// One step of a scripted history: "enq@1", "start@2.500", "retry@3", "done@4", "fail@5", "dlq@5", "cancel".
struct Step
{
    QString type; // empty for a cancel we issue
    dwp::Timestamp ts;
};

QList<Step> parseScript(const QString& script)
{
    static const QHash<QString, QString> types = {
        {QStringLiteral("enq"), T::JobEnqueued},   {QStringLiteral("start"), T::JobStarted},
        {QStringLiteral("retry"), T::JobRetrying}, {QStringLiteral("done"), T::JobCompleted},
        {QStringLiteral("fail"), T::JobFailed},    {QStringLiteral("dlq"), T::JobDlq}};
    QList<Step> steps;
    for (const QString& token : script.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (token == QLatin1String("cancel")) {
            steps.append(Step{});
            continue;
        }
        const QStringList parts = token.split(QLatin1Char('@'));
        const QStringList time = parts.at(1).split(QLatin1Char('.'));
        const auto millis = time.size() > 1 ? quint32(time.at(1).toUInt()) : 0u;
        steps.append({types.value(parts.at(0)), at(time.at(0).toLongLong(), millis)});
    }
    return steps;
}

// Plays the script; with `oneBatch` every run of events between cancels is one applyEvents call.
void play(JobsModel& model, const QString& id, const QList<Step>& steps, bool oneBatch)
{
    QList<dwp::StreamEvent> batch;
    const auto flush = [&] {
        if (!batch.isEmpty())
            model.applyEvents(batch);
        batch.clear();
    };
    for (const Step& step : steps) {
        if (step.type.isEmpty()) {
            flush();
            QVERIFY(model.markCancelled(id));
            continue;
        }
        const bool failing = step.type == T::JobFailed || step.type == T::JobDlq;
        const qint64 attempt = step.type == T::JobRetrying ? 1 : 0;
        batch.append(jobEvent(step.type, id, step.ts, failing ? QStringLiteral("boom") : QString(), attempt));
        if (!oneBatch)
            flush();
    }
    flush();
}

} // namespace

class TestJobsModel : public QObject
{
    Q_OBJECT

private slots:
    void stateTable_data();
    void stateTable();
    void upsertIsAuthoritativeUnlessOvertaken();
    void upsertAfterRestRetryReopensFailedJob();
    void upsertOfUnseenJobInsertsOneRow();
    void cancelOfUnknownJobIsRefused();
    void displayAndRoles();
    void idsThatDoNotPackStillWork();
    void packedIdsRoundTrip();
    void batchCoalescesSignals();
    void trackingSince();
    void serverTextIsCutForDisplay();
    void aLargePayloadIsLetGoWhenReleased();
};

void TestJobsModel::stateTable_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("state");
    QTest::addColumn<int>("attempt");
    QTest::addColumn<bool>("deadLettered");
    QTest::addColumn<bool>("cancelledByUs");
    QTest::addColumn<int>("startedSecond"); // -1: no start known

    const auto row = [](const char* name, const char* script, JobState state, int attempt, bool dlq,
                        bool cancelled, int started) {
        QTest::newRow(name) << QString::fromLatin1(script) << int(state) << attempt << dlq << cancelled
                            << started;
    };
    // `attempt` is the server's retry_count: a job that failed for good counts its last failure too (§5).
    row("happy path", "enq@1 start@2 done@3", JobState::Completed, 0, false, false, 2);
    row("pending", "enq@1", JobState::Pending, 0, false, false, -1);
    row("completed before started", "done@3 start@2", JobState::Completed, 0, false, false, 2);
    row("completed before enqueued", "done@3 enq@1", JobState::Completed, 0, false, false, -1);
    row("stale start after completed", "enq@1 start@2 done@3 start@2", JobState::Completed, 0, false, false,
        2);
    // The state stays; the start time is the latest seen, so the row is the same in any arrival order.
    row("skewed start after completed", "enq@1 start@2 done@3 start@4", JobState::Completed, 0, false, false,
        4);
    row("newer failure after completed", "enq@1 start@2 done@3 fail@4", JobState::Failed, 1, false, false, 2);
    row("dead-lettered, then retried over REST", "fail@9 dlq@9 done@12", JobState::Completed, 0, false, false,
        -1);
    row("outcome stamped before start", "start@5 done@4", JobState::Completed, 0, false, false, 5);
    row("duplicates", "enq@1 enq@1 start@2 start@2", JobState::Running, 0, false, false, 2);
    row("unknown-name loop", "enq@1 start@2 start@5 start@9", JobState::Running, 0, false, false, 9);
    row("started before enqueued", "start@2 enq@1", JobState::Running, 0, false, false, 2);
    row("same instant: later step wins", "enq@1.250 start@1.250", JobState::Running, 0, false, false, 1);
    row("same instant reversed", "start@1.250 enq@1.250", JobState::Running, 0, false, false, 1);
    row("retry then new run", "enq@1 start@2 retry@3 start@8", JobState::Running, 1, false, false, 8);
    row("stale start after retry", "enq@1 start@2 retry@3 start@2", JobState::Retrying, 1, false, false, 2);
    row("duplicate retry", "enq@1 start@2 retry@3 retry@3", JobState::Retrying, 1, false, false, 2);
    row("exhausted", "enq@1 start@2 retry@3 start@8 fail@9 dlq@9", JobState::Failed, 2, true, false, 8);
    row("dlq before failed", "dlq@9 fail@9", JobState::Failed, 1, true, false, -1);
    row("stale start after failed", "fail@9 start@5", JobState::Failed, 1, false, false, 5);
    row("completed after failed (REST retry)", "fail@9 done@12", JobState::Completed, 0, false, false, -1);
    row("old failure after completed", "done@12 fail@9", JobState::Completed, 0, false, false, -1);
    row("cancel pending", "enq@1 cancel", JobState::Cancelled, 0, false, true, -1);
    row("handler finishes after cancel", "enq@1 start@2 cancel done@5", JobState::Completed, 0, false, false,
        2);
    row("cancel relabels completed", "enq@1 start@2 done@5 cancel", JobState::Cancelled, 0, false, true, 2);
    row("duplicate outcome after cancel", "enq@1 start@2 done@5 cancel done@5", JobState::Cancelled, 0, false,
        true, 2);
    row("start after cancel", "enq@1 cancel start@3", JobState::Cancelled, 0, false, true, 3);
    row("retry after cancel", "enq@1 start@2 cancel retry@4", JobState::Retrying, 1, false, false, 2);
}

void TestJobsModel::stateTable()
{
    QFETCH(QString, script);
    QFETCH(int, state);
    QFETCH(int, attempt);
    QFETCH(bool, deadLettered);
    QFETCH(bool, cancelledByUs);
    QFETCH(int, startedSecond);

    // The outcome must not depend on how events were cut into batches.
    for (const bool oneBatch : {false, true}) {
        JobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString id = jobId(7);
        play(model, id, parseScript(script), oneBatch);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(model.rowOf(id), 0);
        QCOMPARE(index.data(JobsModel::StateRole).toInt(), state);
        QCOMPARE(index.data(JobsModel::AttemptRole).toInt(), attempt);
        QCOMPARE(index.data(JobsModel::DeadLetteredRole).toBool(), deadLettered);
        QCOMPARE(index.data(JobsModel::CancelledByUsRole).toBool(), cancelledByUs);
        const QVariant started = index.data(JobsModel::StartedAtRole);
        if (startedSecond < 0)
            QVERIFY(!started.isValid());
        else
            QCOMPARE(started.toDateTime().toSecsSinceEpoch(), kBaseSeconds + startedSecond);
        QCOMPARE(index.data(JobsModel::StateNameRole).toString(), dwp::jobStateName(JobState(state)));
    }
}

void TestJobsModel::upsertIsAuthoritativeUnlessOvertaken()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = jobId(1);
    model.applyEvents({jobEvent(T::JobEnqueued, id, at(1)), jobEvent(T::JobStarted, id, at(2)),
                       jobEvent(T::JobCompleted, id, at(5), {}, 0, 2900)});

    // A job.get reply sent while the job ran, answered after job.completed arrived.
    dwp::Job stale;
    stale.id = id;
    stale.name = QStringLiteral("send-email");
    stale.queue = QStringLiteral("mail");
    stale.state = QStringLiteral("running");
    stale.priority = 7;
    stale.createdAt = at(1);
    stale.updatedAt = at(2);
    stale.startedAt = at(2);
    stale.payload = QByteArray("{\"to\":\"ops@example.com\"}");
    QSignalSpy changed(&model, &JobsModel::dataChanged);
    model.upsertJob(stale);
    QCOMPARE(changed.size(), 1);

    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(JobsModel::StateRole).toInt(), int(JobState::Completed));
    QCOMPARE(index.data(JobsModel::ElapsedMsRole).toLongLong(), 2900);
    QCOMPARE(index.data(JobsModel::PriorityRole).toInt(), 7);
    QCOMPARE(index.data(JobsModel::QueueRole).toString(), QStringLiteral("mail"));
    QCOMPARE(index.data(JobsModel::PayloadRole).toString(), QStringLiteral("{\"to\":\"ops@example.com\"}"));
    QVERIFY(index.data(JobsModel::FetchedRole).toBool());

    // A newer reply wins: someone else's DWP cancel, which emits no event (§3).
    dwp::Job fresh = stale;
    fresh.state = QStringLiteral("cancelled");
    fresh.updatedAt = at(9);
    model.upsertJob(fresh);
    QCOMPARE(index.data(JobsModel::StateRole).toInt(), int(JobState::Cancelled));
    QVERIFY(!index.data(JobsModel::CancelledByUsRole).toBool());
}

void TestJobsModel::upsertAfterRestRetryReopensFailedJob()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = jobId(2);
    model.applyEvents({jobEvent(T::JobFailed, id, at(5), QStringLiteral("smtp down")),
                       jobEvent(T::JobDlq, id, at(5), QStringLiteral("smtp down"))});
    dwp::Job retried;
    retried.id = id;
    retried.name = QStringLiteral("send-email");
    retried.queue = QStringLiteral("default");
    retried.state = QStringLiteral("pending");
    retried.updatedAt = at(30);
    model.upsertJob(retried);
    const QModelIndex index = model.index(0, 0);
    QCOMPARE(index.data(JobsModel::StateRole).toInt(), int(JobState::Pending));
    QVERIFY(!index.data(JobsModel::FinishedAtRole).isValid());
    QVERIFY(!index.data(JobsModel::DeadLetteredRole).toBool());
    QVERIFY(index.data(JobsModel::LastErrorRole).toString().isEmpty());
    // ...and its next run is followed again.
    model.applyEvents({jobEvent(T::JobStarted, id, at(31))});
    QCOMPARE(index.data(JobsModel::StateRole).toInt(), int(JobState::Running));
}

void TestJobsModel::upsertOfUnseenJobInsertsOneRow()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &JobsModel::rowsInserted);
    dwp::Job job;
    job.id = jobId(3);
    job.name = QStringLiteral("resize");
    job.queue = QStringLiteral("images");
    job.state = QStringLiteral("retrying");
    job.retryCount = 2;
    job.lastError = QStringLiteral("timeout");
    job.updatedAt = at(4);
    model.upsertJob(job);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.jobId(0), job.id);
    QCOMPARE(model.index(0, JobsModel::AttemptColumn).data().toInt(), 2);
    QCOMPARE(model.index(0, JobsModel::LastErrorColumn).data().toString(), QStringLiteral("timeout"));
    // An event stamped before the reply's updated_at is stale for a non-final state.
    model.applyEvents({jobEvent(T::JobStarted, job.id, at(3))});
    QCOMPARE(model.index(0, 0).data(JobsModel::StateRole).toInt(), int(JobState::Retrying));
}

void TestJobsModel::cancelOfUnknownJobIsRefused()
{
    JobsModel model;
    QVERIFY(!model.markCancelled(jobId(99)));
    QCOMPARE(model.rowCount(), 0);
}

void TestJobsModel::displayAndRoles()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = jobId(4);
    model.applyEvents({jobEvent(T::JobEnqueued, id, at(1)), jobEvent(T::JobStarted, id, at(2)),
                       jobEvent(T::JobFailed, id, at(4, 500), QStringLiteral("no route to host"))});
    QCOMPARE(model.columnCount(), int(JobsModel::ColumnCount));
    QCOMPARE(model.headerData(JobsModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("State"));
    QCOMPARE(model.index(0, JobsModel::IdColumn).data().toString(), id);
    QCOMPARE(model.index(0, JobsModel::NameColumn).data().toString(), QStringLiteral("send-email"));
    QCOMPARE(model.index(0, JobsModel::QueueColumn).data().toString(), QStringLiteral("default"));
    QCOMPARE(model.index(0, JobsModel::StateColumn).data().toString(), QStringLiteral("Failed"));
    QVERIFY(!model.index(0, JobsModel::PriorityColumn).data().isValid()); // events do not carry it
    QCOMPARE(model.index(0, JobsModel::LastErrorColumn).data().toString(),
             QStringLiteral("no route to host"));
    QCOMPARE(model.index(0, JobsModel::ElapsedColumn).data().toString(), QStringLiteral("2.5 s"));
    QCOMPARE(model.index(0, 0).data(JobsModel::ElapsedMsRole).toLongLong(), 2500);
    QCOMPARE(model.index(0, JobsModel::EnqueuedColumn).data(JobsModel::SortRole).toLongLong(),
             (kBaseSeconds + 1) * 1000);
    QCOMPARE(model.index(0, JobsModel::FinishedColumn).data().toDateTime().toMSecsSinceEpoch(),
             (kBaseSeconds + 4) * 1000 + 500);
    QVERIFY(model.roleNames().values().contains("lastError"));
}

void TestJobsModel::idsThatDoNotPackStillWork()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QStringList ids = {QStringLiteral("legacy-42"), QStringLiteral("JOB_01H0000000000000000000000Z"),
                             QStringLiteral("job_81h0000000000000000000000"), jobId(5)};
    QList<dwp::StreamEvent> batch;
    for (const QString& id : ids)
        batch.append(jobEvent(T::JobEnqueued, id, at(1)));
    model.applyEvents(batch);
    QCOMPARE(model.rowCount(), ids.size());
    for (int row = 0; row < ids.size(); ++row) {
        QCOMPARE(model.rowOf(ids.at(row)), row);
        QCOMPARE(model.jobId(row), ids.at(row));
    }
    model.applyEvents({jobEvent(T::JobStarted, ids.first(), at(2))});
    QCOMPARE(model.rowCount(), ids.size());
    QCOMPARE(model.index(0, 0).data(JobsModel::StateRole).toInt(), int(JobState::Running));
}

void TestJobsModel::packedIdsRoundTrip()
{
    QRandomGenerator random(20250615);
    for (int i = 0; i < 1000; ++i) {
        const dispatch::CompactJobId id(random.generate64(), random.generate64());
        const QString text = id.toString();
        QCOMPARE(text.size(), 30);
        const auto packed = dispatch::CompactJobId::pack(text);
        QVERIFY(packed);
        QCOMPARE(*packed, id);
    }
    QVERIFY(!dispatch::CompactJobId::pack(u"job_81h0000000000000000000000"));  // first char above 7
    QVERIFY(!dispatch::CompactJobId::pack(u"job_01H000000000000000000000Z"));  // upper case
    QVERIFY(!dispatch::CompactJobId::pack(u"job_01h00000000000000000000"));    // too short
    QVERIFY(!dispatch::CompactJobId::pack(u"job_01h0000000000000000000000u")); // u is not in the alphabet
    QVERIFY(!dispatch::CompactJobId::pack(u"dlq_01h0000000000000000000000"));  // another prefix
}

void TestJobsModel::batchCoalescesSignals()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &JobsModel::rowsInserted);
    QSignalSpy changed(&model, &JobsModel::dataChanged);
    QSignalSpy reset(&model, &JobsModel::modelReset);
    QSignalSpy layout(&model, &JobsModel::layoutChanged);

    // 10 000 events: 2 500 jobs enqueued, started, completed... all in one batch.
    QList<dwp::StreamEvent> batch;
    for (int job = 0; job < 2500; ++job) {
        const QString id = jobId(quint64(job));
        batch << jobEvent(T::JobEnqueued, id, at(job)) << jobEvent(T::JobStarted, id, at(job + 1))
              << jobEvent(T::JobRetrying, id, at(job + 2), {}, 1) << jobEvent(T::JobStarted, id, at(job + 3));
    }
    model.applyEvents(batch);
    QCOMPARE(model.rowCount(), 2500);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(changed.size(), 0); // rows that were new in this batch are not "changed"

    // ...then 10 000 updates of existing jobs: a handful of dataChanged ranges, no insert, reset or layout.
    batch.clear();
    for (int round = 0; round < 4; ++round) {
        for (int job = 0; job < 2500; ++job)
            batch << jobEvent(T::JobCompleted, jobId(quint64(job)), at(job + 10 + round));
    }
    model.applyEvents(batch);
    QCOMPARE(inserted.size(), 1);
    QVERIFY2(changed.size() >= 1 && changed.size() <= 8, qPrintable(QString::number(changed.size())));
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    for (int job = 0; job < 2500; job += 499)
        QCOMPARE(model.index(job, 0).data(JobsModel::StateRole).toInt(), int(JobState::Completed));
}

void TestJobsModel::trackingSince()
{
    const QDateTime before = QDateTime::currentDateTimeUtc();
    JobsModel model;
    QVERIFY(model.trackingSince() >= before.addSecs(-1));
    const QDateTime connected = QDateTime::fromSecsSinceEpoch(kBaseSeconds, Qt::UTC);
    model.setTrackingSince(connected);
    QCOMPARE(model.trackingSince(), connected);
}

// Issue 16 item 4: 2 MB errors and 100 kB names and queues were kept and laid out whole in every cell,
// tooltip and the queue combo (23 s frozen for 2 000 such jobs). They are cut to a display length, on one
// line, as they enter the model; the whole last error comes back once job.get has fetched the job.
void TestJobsModel::serverTextIsCutForDisplay()
{
    JobsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString id = jobId(1);
    const QString hugeError = QStringLiteral("line one\n") + QString(2 * 1024 * 1024, QLatin1Char('e'));
    const QString hugeName(100 * 1024, QLatin1Char('n'));
    const QString hugeQueue(100 * 1024, QLatin1Char('q'));
    model.applyEvents({jobEvent(T::JobFailed, id, at(1), hugeError, 0, 0, hugeName, hugeQueue),
                       jobEvent(T::JobFailed, jobId(2), at(1), QStringLiteral("smtp down"))});
    const QModelIndex row = model.index(0, 0);
    QCOMPARE(row.data(JobsModel::NameRole).toString().size(), dwp::ServerText::kDisplayNameChars + 1);
    QCOMPARE(row.data(JobsModel::QueueRole).toString().size(), dwp::ServerText::kDisplayNameChars + 1);
    const QString error = row.data(JobsModel::LastErrorRole).toString();
    QCOMPARE(error.size(), dwp::ServerText::kDisplayErrorChars + 1);
    QVERIFY(error.startsWith(QStringLiteral("line one e"))); // one line
    QVERIFY(model.index(0, JobsModel::LastErrorColumn).data(Qt::ToolTipRole).toString().size() <=
            dwp::ServerText::kDisplayErrorChars + 1);
    for (int column = 0; column < model.columnCount(); ++column)
        QVERIFY(model.index(0, column).data().toString().size() <= dwp::ServerText::kDisplayErrorChars + 1);
    // positive control: ordinary text is kept as it is
    QCOMPARE(model.index(1, 0).data(JobsModel::LastErrorRole).toString(), QStringLiteral("smtp down"));
    QCOMPARE(model.index(1, 0).data(JobsModel::NameRole).toString(), QStringLiteral("send-email"));

    dwp::Job fetched;
    fetched.id = id;
    fetched.name = hugeName;
    fetched.queue = hugeQueue;
    fetched.state = QStringLiteral("failed");
    fetched.lastError = hugeError;
    fetched.updatedAt = at(2);
    model.upsertJob(fetched);
    QCOMPARE(row.data(JobsModel::LastErrorRole).toString(), hugeError);
    QCOMPARE(model.index(0, JobsModel::LastErrorColumn).data().toString().size(),
             dwp::ServerText::kDisplayErrorChars + 1);
}

QTEST_GUILESS_MAIN(TestJobsModel)

// Issue 20 item 4: a payload of megabytes is held only while its job is open (MonitorSession releases it when
// another job opens); one up to dispatch::JobTable::kKeptPayloadBytes stays, as do the searchable start and
// the rest.
void TestJobsModel::aLargePayloadIsLetGoWhenReleased()
{
    JobsModel model;
    QSignalSpy changed(&model, &JobsModel::dataChanged);
    const auto fetched = [&model](int index, qsizetype payloadBytes) {
        dwp::Job job;
        job.id = jobId(index);
        job.name = QStringLiteral("import");
        job.queue = QStringLiteral("imports");
        job.state = QStringLiteral("completed");
        job.priority = 5;
        job.updatedAt = at(index);
        job.payload = "\"needle" + QByteArray(payloadBytes - 8, 'x') + '"';
        model.upsertJob(job);
        return job;
    };
    const dwp::Job large = fetched(1, dispatch::JobTable::kKeptPayloadBytes + 1);
    const dwp::Job kept = fetched(2, dispatch::JobTable::kKeptPayloadBytes);
    const QModelIndex largeRow = model.index(model.rowOf(large.id), 0);
    const QModelIndex keptRow = model.index(model.rowOf(kept.id), 0);
    QCOMPARE(largeRow.data(JobsModel::PayloadRole).toString().size(),
             dispatch::JobTable::kKeptPayloadBytes + 1);

    // The one at the limit is kept (the control), the one past it goes.
    QVERIFY(!model.releaseLargePayload(kept.id));
    QCOMPARE(keptRow.data(JobsModel::PayloadRole).toString().toUtf8(), *kept.payload);
    changed.clear();
    QVERIFY(model.releaseLargePayload(large.id));
    QCOMPARE(changed.size(), 1);
    QVERIFY2(!largeRow.data(JobsModel::PayloadRole).isValid(), "a released payload reads as not there");
    QVERIFY(largeRow.data(JobsModel::FetchedRole).toBool());
    QCOMPARE(largeRow.data(JobsModel::PriorityRole).toInt(), 5);
    QVERIFY(!model.releaseLargePayload(large.id)); // nothing left to let go

    // Search still finds it by its payload's start.
    dispatch::JobFilterProxy proxy;
    proxy.setSourceModel(&model);
    proxy.setText(QStringLiteral("NEEDLE"));
    QCOMPARE(proxy.rowCount(), 2);

    // Opened again, job.get brings it back.
    model.upsertJob(large);
    QCOMPARE(largeRow.data(JobsModel::PayloadRole).toString().toUtf8(), *large.payload);
}

#include "tst_jobs_model.moc"
