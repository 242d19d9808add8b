// SPDX-License-Identifier: MIT
#pragma once

#include "models/JobLifecycle.h"
#include "models/JobRow.h"
#include "models/JobRowChunks.h"
#include "models/ShardedJobIndex.h"
#include "models/StringPool.h"
#include "protocol/Job.h"
#include "protocol/JobEventData.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringMatcher>
#include <optional>
#include <vector>

namespace dispatch {

// The storage behind JobsModel: compact rows, the id → row hash, the string pools and the merge rules, with
// no Qt model machinery. Rows for jobs first seen are *staged* until commitStaged(), so the model can
// announce all of a batch's new rows with one beginInsertRows before they become visible; row numbers of
// staged rows are already final (committed count + position in the stage).
//
// The oldest rows can leave (JobsModel's live window, issue 19 item 5): the id hash and the fetched details
// are keyed by a row's sequence number (its row plus the rows dropped before it), so dropping rows from the
// front costs as much as the rows dropped, not the rows kept.
class JobTable
{
public:
    int committedCount() const { return m_rows.size(); }
    int stagedCount() const { return int(m_staged.size()); }
    void commitStaged();
    void clear();

    // Jobs not over (pending, running, retrying), committed or staged: what the live window keeps whatever
    // its size.
    int unfinishedCount() const { return m_unfinished; }
    static bool isUnfinished(const JobRow& row);
    // Drops committed rows [0, count) with everything kept of them, except the rows in `keep` (ascending,
    // each < count), which are staged again at the end with their details: the caller announces the removal,
    // then commitStaged() the insertion. Nothing may be staged when it is called. Returns the rows staged.
    int dropOldest(int count, const QList<int>& keep);
    // Moves committed rows [0, count) to the end, in their order, with everything kept of them (fetched
    // details, flags), committed at once: rows count.. become rows 0.., and each id points at its row again.
    // Nothing may be staged. Reads and re-indexes only the rows moved, as dropOldest does.
    void moveFrontToEnd(int count);

    // The row of a job, committed or staged; -1 when unknown.
    int find(const QString& jobId) const;
    // The row of a job, staging a new one when unknown.
    int findOrStage(const QString& jobId);
    const JobRow& row(int row) const;

    // Each returns whether the row changed. See JobLifecycle and JobsModel for the rules.
    bool applySignal(int row, JobLifecycle::Signal signal, const dwp::JobEventData& data, qint64 nanos,
                     qint64 millis);
    bool applyFetchedJob(int row, const dwp::Job& job);
    bool markCancelled(int row);
    // job.get answered 404; cleared by the next event or reply about the job. True when it changed.
    bool markUnknownToServer(int row);
    // The retry count to show: the server's retry_count, whether or not the job was fetched.
    static int retriesOf(const JobRow& row);

    QString idText(const JobRow& row) const;
    const QString& nameText(const JobRow& row) const { return m_names.text(row.name); }
    const QString& queueText(const JobRow& row) const { return m_names.text(row.queue); }
    const QString& errorText(const JobRow& row) const { return m_errors.text(row.lastError); }
    // The whole last error where job.get told more than the display length errorText() keeps; else
    // errorText().
    const QString& fullErrorText(int row) const;
    QByteArray payload(int row) const;
    // A payload over kKeptPayloadBytes is held only while its job is open: a 36 MB one stayed for as long as
    // its row (issue 20 item 4). Released, its searchable start stays and payload() is empty until the job is
    // fetched again. True when a payload was dropped.
    static constexpr qsizetype kKeptPayloadBytes = 1024 * 1024;
    bool releaseLargePayload(int row);
    bool isPayloadReleased(int row) const;
    // Whether the id, name, queue, last error or fetched payload contains the matcher's pattern. Names,
    // queues and errors are pooled, so each distinct text is searched once per pattern, not once per row:
    // what keeps a free-text filter over 100 000 rows within a frame or two (bench_models). A payload is
    // matched ignoring case, in its first kSearchablePayloadChars, against a lower-cased text decoded once
    // when it arrives: decoding every fetched payload from UTF-8 again on each keystroke cost more than the
    // rest of the filter.
    bool containsText(int row, const QStringMatcher& matcher) const;
    // How much of a payload the search reads: a pasted multi-megabyte payload is not scanned per keystroke
    // nor kept twice (issue 20 item 4).
    static constexpr qsizetype kSearchablePayloadChars = 64 * 1024;
    // The worker's measure from job.completed, else finished − started; kUnknown while open.
    static qint64 elapsedOf(const JobRow& row);

private:
    struct FetchedDetails // what only job.get tells, for the few jobs opened by id
    {
        QByteArray payload;
        QString searchablePayload;    // the start of the payload as text, lower-cased (containsText)
        bool payloadReleased = false; // releaseLargePayload(): payload is empty until the next job.get
        qint64 maxRetries = 0;
        QString workerId;
        QString fullError; // only when longer than the display length
    };

    JobRow& mutableRow(int row);
    int sequenceOf(int row) const { return m_firstSequence + row; }
    void forgetId(const JobRow& row);
    void index(const JobRow& row, int sequence);
    void countUnfinished(const JobRow& before, const JobRow& after);
    // A pool holding far more texts than the rows refer to (unique errors of jobs that left) is built again
    // from the rows that are left.
    void compactPools();
    // Sequence numbers are ints: past this many dropped rows they start again from 0 (one pass over the
    // id hash, once in a billion jobs).
    static constexpr int kRenumberAt = 1 << 30;
    void renumber();
    bool pooledTextMatches(const StringPool& pool, StringPool::Ref ref, std::vector<qint8>& verdicts,
                           const QStringMatcher& matcher) const;

    // Verdicts of containsText() per pooled text for the last pattern: -1 not searched yet, 0 no, 1 yes.
    struct TextMatchCache
    {
        QString pattern;
        Qt::CaseSensitivity sensitivity = Qt::CaseSensitive;
        std::vector<qint8> names; // m_names: job names and queues
        std::vector<qint8> errors;
        QStringMatcher lowered; // the pattern lower-cased, for the lower-cased payloads
    };

    JobRowChunks m_rows;
    std::vector<JobRow> m_staged;
    int m_firstSequence = 0;           // the sequence number of row 0: how many rows were dropped
    ShardedJobIndex m_rowByPackedId;   // → sequence number
    QHash<QString, int> m_rowByTextId; // ids that did not pack → sequence number
    QHash<quint64, QString> m_textIds; // JobRow::id.low() of a TextId row → the id
    quint64 m_nextTextId = 0;
    QHash<int, FetchedDetails> m_fetched; // by sequence number
    int m_unfinished = 0;
    StringPool m_names;  // job names and queue names
    StringPool m_errors; // error texts: repeated across retries and across jobs of one handler
    mutable TextMatchCache m_matchCache;
};

} // namespace dispatch
