// SPDX-License-Identifier: MIT
// The storage and filtering shortcuts behind JobsModel's performance figures must not change what it shows:
// rows across the chunk boundaries of JobRowChunks, ids spread over ShardedJobIndex, and JobFilterProxy's
// direct text match and numeric sort agreeing with the same questions asked through data() and SortRole.
#include "ModelEventFactory.h"
#include "models/JobFilterProxy.h"
#include "models/JobRowChunks.h"
#include "models/JobsModel.h"
#include "models/ShardedJobIndex.h"

#include <QTest>

using namespace dispatch;
namespace T = dwp::EventType;
using namespace modeltest;

namespace {

// Ids whose low bits differ widely, as real TypeIDs' random part does, so every shard gets some.
QString spreadJobId(quint64 n)
{
    return CompactJobId(0x0190000000000000ull, n * 0x9E3779B97F4A7C15ull).toString();
}

// The free-text rule JobFilterProxy documents, asked the slow way: through data() and the roles.
bool containsTextViaRoles(const JobsModel& jobs, int row, const QString& text)
{
    const QModelIndex index = jobs.index(row, 0);
    for (const int role : {JobsModel::IdRole, JobsModel::NameRole, JobsModel::QueueRole,
                           JobsModel::LastErrorRole, JobsModel::PayloadRole}) {
        if (index.data(role).toString().contains(text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QList<int> acceptedSourceRows(const JobFilterProxy& proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(proxy.mapToSource(proxy.index(row, 0)).row());
    return rows;
}

} // namespace

class TestJobTableScale : public QObject
{
    Q_OBJECT

private slots:
    void chunksKeepRowsAcrossBoundaries()
    {
        JobRowChunks chunks;
        const int count = 2 * JobRowChunks::kChunkSize + 17;
        for (int i = 0; i < count; ++i) {
            JobRow row;
            row.attempt = i;
            chunks.append(row);
        }
        QCOMPARE(chunks.size(), count);
        for (const int i : {0, JobRowChunks::kChunkSize - 1, JobRowChunks::kChunkSize,
                            2 * JobRowChunks::kChunkSize, count - 1})
            QCOMPARE(chunks[i].attempt, i);
        chunks[JobRowChunks::kChunkSize].attempt = -5;
        QCOMPARE(chunks[JobRowChunks::kChunkSize].attempt, -5);
        QCOMPARE(chunks[JobRowChunks::kChunkSize - 1].attempt, JobRowChunks::kChunkSize - 1);
        chunks.clear();
        QCOMPARE(chunks.size(), 0);
        chunks.append(JobRow{});
        QCOMPARE(chunks.size(), 1);
    }

    void shardedIndexFindsEveryId()
    {
        ShardedJobIndex index;
        QList<CompactJobId> ids;
        for (quint64 n = 0; n < 5000; ++n)
            ids.append(*CompactJobId::pack(spreadJobId(n)));
        for (int i = 0; i < ids.size(); ++i)
            index.insert(ids[i], i);
        for (int i = 0; i < ids.size(); ++i)
            QCOMPARE(index.value(ids[i], -1), i);
        QCOMPARE(index.value(CompactJobId(1, 2), -1), -1);
        index.insert(ids[7], 99); // a second insert replaces
        QCOMPARE(index.value(ids[7], -1), 99);
        index.clear();
        QCOMPARE(index.value(ids[0], -1), -1);
    }

    // More jobs than one chunk holds, fed in batches: every job keeps its own row and values.
    void modelBeyondOneChunk()
    {
        JobsModel jobs;
        const int count = JobRowChunks::kChunkSize + 1000;
        QList<dwp::StreamEvent> batch;
        for (int n = 0; n < count; ++n) {
            batch.append(jobEvent(T::JobEnqueued, spreadJobId(quint64(n)), at(n % 1000), {}, 0, 0,
                                  QStringLiteral("name-%1").arg(n % 7)));
            if (batch.size() == 4096 || n == count - 1) {
                jobs.applyEvents(batch);
                batch.clear();
            }
        }
        QCOMPARE(jobs.rowCount(), count);
        for (const int n : {0, JobRowChunks::kChunkSize - 1, JobRowChunks::kChunkSize, count - 1}) {
            QCOMPARE(jobs.rowOf(spreadJobId(quint64(n))), n);
            QCOMPARE(jobs.jobId(n), spreadJobId(quint64(n)));
            QCOMPARE(jobs.index(n, 0).data(JobsModel::NameRole).toString(),
                     QStringLiteral("name-%1").arg(n % 7));
        }
        // An update to a row past the first chunk lands on that row.
        const int late = JobRowChunks::kChunkSize + 5;
        jobs.applyEvents({jobEvent(T::JobStarted, spreadJobId(quint64(late)), at(2000))});
        QCOMPARE(jobs.index(late, 0).data(JobsModel::StateRole).toInt(), int(dwp::JobState::Running));
        QCOMPARE(jobs.index(late - 1, 0).data(JobsModel::StateRole).toInt(), int(dwp::JobState::Pending));
    }

    void directTextMatchAgreesWithRoles()
    {
        JobsModel jobs;
        QList<dwp::StreamEvent> batch;
        for (int n = 0; n < 300; ++n) {
            const QString id = spreadJobId(quint64(n));
            batch.append(jobEvent(T::JobEnqueued, id, at(n), {}, 0, 0,
                                  QStringLiteral("Invoice.Render-%1").arg(n % 5),
                                  QStringLiteral("q%1").arg(n % 3)));
            if (n % 4 == 0)
                batch.append(
                    jobEvent(T::JobFailed, id, at(n + 1), QStringLiteral("SMTP timeout %1").arg(n % 2)));
        }
        jobs.applyEvents(batch);
        dwp::Job fetched;
        fetched.id = spreadJobId(10);
        fetched.name = QStringLiteral("Invoice.Render-0");
        fetched.queue = QStringLiteral("q1");
        fetched.payload = QByteArray("{\"customer\":\"Zebra Ltd\"}");
        jobs.upsertJob(fetched);

        JobFilterProxy proxy;
        proxy.setSourceModel(&jobs);
        const QStringList patterns{QStringLiteral("invoice"), QStringLiteral("RENDER-3"),
                                   QStringLiteral("q2"),      QStringLiteral("smtp TIMEOUT 1"),
                                   QStringLiteral("zebra"),   jobs.jobId(123).mid(10, 8).toUpper(),
                                   QStringLiteral("job_"),    QStringLiteral("nothing like it")};
        for (const QString& pattern : patterns) {
            proxy.setText(pattern);
            QList<int> expected;
            for (int row = 0; row < jobs.rowCount(); ++row)
                if (containsTextViaRoles(jobs, row, pattern))
                    expected.append(row);
            QCOMPARE(acceptedSourceRows(proxy), expected);
        }
        proxy.setText(QStringLiteral("zebra")); // only in the fetched payload
        QCOMPARE(acceptedSourceRows(proxy), QList<int>{jobs.rowOf(spreadJobId(10))});
    }

    // The per-text verdicts are cached; a model reset reuses pool slots for other texts.
    void textMatchFollowsNewTextsAndResets()
    {
        JobsModel jobs;
        JobFilterProxy proxy;
        proxy.setSourceModel(&jobs);
        jobs.applyEvents({jobEvent(T::JobEnqueued, jobId(1), at(1), {}, 0, 0, QStringLiteral("alpha"))});
        proxy.setText(QStringLiteral("beta"));
        QCOMPARE(proxy.rowCount(), 0);
        jobs.applyEvents({jobEvent(T::JobEnqueued, jobId(2), at(2), {}, 0, 0, QStringLiteral("beta"))});
        QCOMPARE(proxy.rowCount(), 1); // a name interned after the filter was set
        jobs.clear();
        jobs.applyEvents({jobEvent(T::JobEnqueued, jobId(3), at(3), {}, 0, 0, QStringLiteral("gamma")),
                          jobEvent(T::JobEnqueued, jobId(4), at(4), {}, 0, 0, QStringLiteral("beta"))});
        QCOMPARE(acceptedSourceRows(proxy), QList<int>{1});
        proxy.setText(QStringLiteral("GAMMA"));
        QCOMPARE(acceptedSourceRows(proxy), QList<int>{0});
    }

    void numericSortAgreesWithSortRole()
    {
        JobsModel jobs;
        QList<dwp::StreamEvent> batch;
        for (int n = 0; n < 200; ++n) {
            const QString id = spreadJobId(quint64(n));
            batch.append(jobEvent(T::JobEnqueued, id, at((n * 37) % 101)));
            if (n % 3 != 0)
                batch.append(jobEvent(T::JobCompleted, id, at(200 + n), {}, 0, (n * 53) % 17));
        }
        jobs.applyEvents(batch);
        JobFilterProxy proxy;
        proxy.setSourceModel(&jobs);
        for (const int column : {int(JobsModel::ElapsedColumn), int(JobsModel::EnqueuedColumn),
                                 int(JobsModel::StateColumn), int(JobsModel::PriorityColumn)}) {
            for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
                proxy.sort(column, order);
                QCOMPARE(proxy.rowCount(), jobs.rowCount());
                for (int row = 1; row < proxy.rowCount(); ++row) {
                    const qint64 before = proxy.index(row - 1, column).data(JobsModel::SortRole).toLongLong();
                    const qint64 after = proxy.index(row, column).data(JobsModel::SortRole).toLongLong();
                    QVERIFY2(order == Qt::AscendingOrder ? before <= after : before >= after,
                             qPrintable(QStringLiteral("column %1 row %2").arg(column).arg(row)));
                }
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestJobTableScale)
#include "tst_job_table_scale.moc"
