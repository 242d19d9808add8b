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
#include <vector>

namespace dispatch {

// The storage behind JobsModel: compact rows, the id → row hash, the string pools and the merge rules, with
// no Qt model machinery. Rows for jobs first seen are *staged* until commitStaged(), so the model can
// announce all of a batch's new rows with one beginInsertRows before they become visible; row numbers of
// staged rows are already final (committed count + position in the stage).
class JobTable
{
public:
    int committedCount() const { return m_rows.size(); }
    int stagedCount() const { return int(m_staged.size()); }
    void commitStaged();
    void clear();

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
    ShardedJobIndex m_rowByPackedId;
    QHash<QString, int> m_rowByTextId; // ids that did not pack
    QList<QString> m_textIds;
    QHash<int, FetchedDetails> m_fetched;
    StringPool m_names;  // job names and queue names
    StringPool m_errors; // error texts: repeated across retries and across jobs of one handler
    mutable TextMatchCache m_matchCache;
};

} // namespace dispatch
