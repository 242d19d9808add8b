// SPDX-License-Identifier: MIT
// Every model and proxy under QAbstractItemModelTester while seeded random event streams play: shuffled,
// duplicated, cut into random batches, mixed with our own cancels, job.get merges, filter and sort changes.
// Also the property the lifecycle rules are built for: the same job events give the same row in any arrival
// order and any batching.
#include "ModelEventFactory.h"
#include "models/EventFilterProxy.h"
#include "models/EventLogModel.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <algorithm>

using namespace dispatch;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

const QStringList kJobTypes = {T::JobEnqueued,  T::JobStarted, T::JobRetrying,
                               T::JobCompleted, T::JobFailed,  T::JobDlq};
const QStringList kRunTypes = {T::WorkflowStarted, T::WorkflowStepCompleted, T::WorkflowStepFailed,
                               T::WorkflowCompleted, T::WorkflowFailed};

// A plausible life of one job (with random retries and an outcome), stamped at distinct milliseconds.
QList<dwp::StreamEvent> jobLife(QRandomGenerator& random, const QString& id, qint64& clockMs)
{
    const auto next = [&] {
        clockMs += 1 + random.bounded(900);
        return dwp::Timestamp(kBaseSeconds + clockMs / 1000, quint32(clockMs % 1000) * 1000000u);
    };
    const QString name = random.bounded(2) ? QStringLiteral("send-email") : QStringLiteral("resize-image");
    const QString queue = random.bounded(2) ? QStringLiteral("default") : QStringLiteral("images");
    QList<dwp::StreamEvent> events{jobEvent(T::JobEnqueued, id, next(), {}, 0, 0, name, queue)};
    const int retries = random.bounded(3);
    for (int attempt = 1; attempt <= retries; ++attempt) {
        events << jobEvent(T::JobStarted, id, next(), {}, 0, 0, name, queue)
               << jobEvent(T::JobRetrying, id, next(), {}, attempt, 0, name, queue);
    }
    events << jobEvent(T::JobStarted, id, next(), {}, 0, 0, name, queue);
    switch (random.bounded(4)) {
    case 0:
        break; // still running
    case 1: {
        const dwp::Timestamp failedAt = next();
        events << jobEvent(T::JobFailed, id, failedAt, QStringLiteral("boom"), 0, 0, name, queue)
               << jobEvent(T::JobDlq, id, failedAt, QStringLiteral("boom"), 0, 0, name, queue);
        break;
    }
    default:
        events << jobEvent(T::JobCompleted, id, next(), {}, 0, qint64(random.bounded(5000)), name, queue);
    }
    return events;
}

// A random event of any kind, with a random (often out of order) time.
dwp::StreamEvent randomEvent(QRandomGenerator& random)
{
    const dwp::Timestamp ts = at(random.bounded(600), quint32(random.bounded(1000)));
    switch (random.bounded(10)) {
    case 0:
        return dwp::StreamEvent::forCronFired({QStringLiteral("nightly"), jobId(random.bounded(40))}, ts);
    case 1:
    case 2:
    case 3: {
        const QString type = kRunTypes.at(random.bounded(kRunTypes.size()));
        const QString step = QStringLiteral("step-%1").arg(random.bounded(6));
        return runEvent(type, runId(random.bounded(8)), ts, step,
                        type.endsWith(QLatin1String("failed")) ? QStringLiteral("declined") : QString(),
                        random.bounded(3) * 250);
    }
    default: {
        const QString type = kJobTypes.at(random.bounded(kJobTypes.size()));
        return jobEvent(type, jobId(random.bounded(40)), ts, QStringLiteral("err %1").arg(random.bounded(3)),
                        random.bounded(4), random.bounded(2000));
    }
    }
}

QVariantList rowSnapshot(const QAbstractItemModel& model, int row)
{
    QVariantList values;
    for (int role = JobsModel::IdRole; role < JobsModel::SortRole; ++role)
        values.append(model.index(row, 0).data(role));
    return values;
}

} // namespace

class TestRandomSequences : public QObject
{
    Q_OBJECT

private slots:
    void modelsAndProxiesKeepTheirContract_data();
    void modelsAndProxiesKeepTheirContract();
    void jobRowsDoNotDependOnArrivalOrder_data();
    void jobRowsDoNotDependOnArrivalOrder();
};

void TestRandomSequences::modelsAndProxiesKeepTheirContract_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {1u, 7u, 42u, 1234u, 20250615u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestRandomSequences::modelsAndProxiesKeepTheirContract()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);

    JobsModel jobs;
    WorkflowRunsModel runs;
    EventLogModel log;
    log.setCapacity(150);
    TimelineModel timeline;
    timeline.setRunId(runId(3));
    JobFilterProxy jobProxy;
    jobProxy.setSourceModel(&jobs);
    WorkflowRunFilterProxy runProxy;
    runProxy.setSourceModel(&runs);
    EventFilterProxy eventProxy;
    eventProxy.setSourceModel(&log);

    using Mode = QAbstractItemModelTester::FailureReportingMode;
    QAbstractItemModelTester testers[] = {
        QAbstractItemModelTester(&jobs, Mode::QtTest),      QAbstractItemModelTester(&runs, Mode::QtTest),
        QAbstractItemModelTester(&log, Mode::QtTest),       QAbstractItemModelTester(&timeline, Mode::QtTest),
        QAbstractItemModelTester(&jobProxy, Mode::QtTest),  QAbstractItemModelTester(&runProxy, Mode::QtTest),
        QAbstractItemModelTester(&eventProxy, Mode::QtTest)};
    Q_UNUSED(testers);
    QSignalSpy jobsReset(&jobs, &JobsModel::modelReset);
    QSignalSpy runsReset(&runs, &WorkflowRunsModel::modelReset);
    QSignalSpy logReset(&log, &EventLogModel::modelReset);

    for (int round = 0; round < 60; ++round) {
        QList<dwp::StreamEvent> batch;
        const int size = random.bounded(40);
        for (int i = 0; i < size; ++i) {
            batch.append(randomEvent(random));
            if (random.bounded(8) == 0)
                batch.append(batch.last()); // duplicate delivery
        }
        jobs.applyEvents(batch);
        runs.applyEvents(batch);
        log.applyEvents(batch);
        timeline.applyEvents(batch);
        if (QTest::currentTestFailed())
            return;

        switch (random.bounded(9)) {
        case 0:
            jobs.markCancelled(jobId(random.bounded(40)));
            break;
        case 1: {
            dwp::Job job;
            job.id = jobId(random.bounded(40));
            job.name = QStringLiteral("report");
            job.queue = QStringLiteral("default");
            job.state = dwp::jobStateName(dwp::JobState(random.bounded(6)));
            job.updatedAt = at(random.bounded(600));
            job.payload = QByteArray("{\"n\":1}");
            jobs.upsertJob(job);
            break;
        }
        case 2: {
            QList<dwp::TimelineEntry> entries;
            for (int step = 0; step < random.bounded(6); ++step) {
                entries.append({QStringLiteral("step-%1").arg(random.bounded(8)),
                                random.bounded(2) ? QByteArray("{\"ok\":true}") : QByteArray("\x01\xff", 2),
                                at(random.bounded(600))});
            }
            timeline.setTimeline(entries);
            break;
        }
        case 3:
            timeline.beginStep(QStringLiteral("wait:approval-%1").arg(random.bounded(3)), {});
            break;
        case 4:
            jobProxy.setStates(random.bounded(2) ? QList<dwp::JobState>{}
                                                 : QList<dwp::JobState>{dwp::JobState(random.bounded(6))});
            jobProxy.setText(random.bounded(3) ? QString() : QStringLiteral("err"));
            break;
        case 5:
            jobProxy.sort(random.bounded(int(JobsModel::ColumnCount)),
                          random.bounded(2) ? Qt::AscendingOrder : Qt::DescendingOrder);
            runProxy.sort(random.bounded(int(WorkflowRunsModel::ColumnCount)));
            eventProxy.sort(random.bounded(int(EventLogModel::ColumnCount)));
            break;
        case 6:
            runProxy.setStates(random.bounded(2) ? QList<dwp::RunState>{}
                                                 : QList<dwp::RunState>{dwp::RunState::Running});
            eventProxy.setTypes(random.bounded(2) ? QStringList{} : QStringList{QStringLiteral("job.")});
            eventProxy.setText(random.bounded(2) ? QString() : QStringLiteral("declined"));
            break;
        case 7:
            log.setCapacity(100 + random.bounded(100));
            break;
        default:
            break;
        }
        if (QTest::currentTestFailed())
            return;
    }
    QCOMPARE(jobsReset.size(), 0);
    QCOMPARE(runsReset.size(), 0);
    QCOMPARE(logReset.size(), 0);
    QVERIFY(log.rowCount() <= log.capacity());
    QVERIFY(jobs.rowCount() <= 40);
    QVERIFY(runs.rowCount() <= 8);
}

void TestRandomSequences::jobRowsDoNotDependOnArrivalOrder_data()
{
    QTest::addColumn<quint32>("seed");
    for (const quint32 seed : {3u, 99u, 31337u})
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestRandomSequences::jobRowsDoNotDependOnArrivalOrder()
{
    QFETCH(quint32, seed);
    QRandomGenerator random(seed);
    QList<dwp::StreamEvent> events;
    for (int job = 0; job < 200; ++job) {
        qint64 clockMs = random.bounded(100000);
        events += jobLife(random, jobId(quint64(job)), clockMs);
    }
    // Some deliveries twice.
    for (int i = 0; i < 100; ++i)
        events.append(events.at(random.bounded(events.size())));

    // In order, all in one batch...
    JobsModel reference;
    reference.applyEvents(events);

    // ...and shuffled, in random batches.
    for (int trial = 0; trial < 3; ++trial) {
        QList<dwp::StreamEvent> shuffled = events;
        std::shuffle(shuffled.begin(), shuffled.end(), random);
        JobsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        for (qsizetype start = 0; start < shuffled.size();) {
            const qsizetype size = 1 + random.bounded(50);
            model.applyEvents(shuffled.mid(start, size));
            start += size;
        }
        QCOMPARE(model.rowCount(), reference.rowCount());
        for (int row = 0; row < reference.rowCount(); ++row) {
            const int other = model.rowOf(reference.jobId(row));
            QVERIFY(other >= 0);
            QCOMPARE(rowSnapshot(model, other), rowSnapshot(reference, row));
        }
    }
}

QTEST_GUILESS_MAIN(TestRandomSequences)
#include "tst_random_sequences.moc"
