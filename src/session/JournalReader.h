// SPDX-License-Identifier: MIT
#pragma once

#include "models/JournalGap.h"
#include "session/JournalReadConnection.h"
#include "session/JournalRecentState.h"
#include "session/JournalRunHistory.h"
#include "session/JournalSnapshot.h"

#include <QHash>
#include <QPointF>
#include <QSet>
#include <QString>
#include <limits>

namespace dispatch {

// Reads a profile's journal back (README, "Journal"): a read-only connection of its own beside the writer's
// (JournalReadConnection), made in the thread that constructs the reader and used only there —
// SessionHistory runs it on a worker thread. A file that is not there, not a database or of a newer schema
// reads as empty with error() saying why; nothing is ever written.
class JournalReader
{
public:
    explicit JournalReader(const QString& filePath);
    ~JournalReader();
    JournalReader(const JournalReader&) = delete;
    JournalReader& operator=(const JournalReader&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }
    // The file is of a newer schema than this monitor's (error() says so in words): nothing is read.
    bool isNewerSchema() const { return m_connection.isNewerSchema(); }

    // The newest `limit` jobs and the newest `limit` runs, by the last time anything of them was journaled:
    // found by walking the events newest first until `limit` of each kind are seen (and the lookups since),
    // so the read stops however large the file; of each, only the events its row is made of (readEvents).
    JournalSnapshot recent(int limit);
    // The rest of the newest `limit` after `newer`, an earlier recent() of a smaller limit over the same
    // file: the jobs and runs `newer` did not have, chosen among the records it took into account (none
    // written since), so that the newest of a large journal are shown at once and the older ones follow
    // (SessionHistory). Together the two hold what one recent(limit) would.
    JournalSnapshot recentAfter(int limit, const JournalSnapshot& newer);
    // The newest `eventLimit` events and the last of each server answer a session shows at start
    // (JournalRecentState). By id, newest first: a walk down the primary key that stops after `eventLimit`
    // rows, and one step of the stats_by_time index per answer, however large the file.
    JournalRecentState recentState(int eventLimit);
    // One run's records; at most `eventLimit` of its newest events.
    JournalRunHistory run(const QString& runId, int eventLimit);
    // One job's records: at most `eventLimit` of its newest events and its last job.get answer, as a
    // snapshot of that job alone (empty when the journal holds nothing of it).
    JournalSnapshot job(const QString& jobId, int eventLimit);
    // The stats of [fromMs, toMs) in buckets of `bucketMs`, as StatsHistory series (key → one point at the
    // start of each bucket): events per second by type and job outcomes per bucket counted from the events,
    // connections, topics and deliveries per second from the DWP stats samples. Grouped in SQL, so a week
    // costs one pass over its rows and comes back as a few hundred points.
    // A bucket wholly inside a hole in the history (gaps) has no point, not a zero: the chart breaks there.
    QHash<QString, QList<QPointF>> statsWindow(qint64 fromMs, qint64 toMs, qint64 bucketMs);
    // The holes that reach into [fromMs, toMs), oldest first (connection_gaps by gaps_by_end; reason not
    // known before schema 7).
    QList<JournalGap> gaps(qint64 fromMs, qint64 toMs);
    // The holes between `afterMs` (the newest record, JournalSnapshot::asOfMs) and a session's start at
    // `sessionStartMs`, oldest first: the gaps recorded before that start that end after `afterMs`, and the
    // span no monitor journaled, from where the previous session stopped to `sessionStartMs`, by the rule the
    // writer records it with (JournalPreviousSession) — worked out here, since the writer may not have
    // written it yet when this is read.
    QList<JournalGap> holesSince(qint64 afterMs, qint64 sessionStartMs);

private:
    // What a read of the newest leaves out and where it stops (recentAfter); the defaults read everything.
    struct Bounds
    {
        qint64 lastEventId = std::numeric_limits<qint64>::max();
        qint64 lastLookupId = std::numeric_limits<qint64>::max();
        QSet<QString> skip; // already read: counted among the newest, not read again
    };
    JournalSnapshot readRecent(int limit, const Bounds& bounds);
    bool chooseNewest(const QString& idPrefix, const QString& lookupKind, int limit, const Bounds& bounds,
                      QStringList* newestFirst);
    // The ids of the newest event and lookup, into `snapshot`, before anything else is read.
    bool readLastIds(JournalSnapshot* snapshot);
    bool readEvents(JournalSnapshot* snapshot);
    bool readLookups(const QString& lookupKind, JournalSnapshot* snapshot);
    // The newest `limit` events of one job or run, oldest first; `asOfMs` grows to the newest arrival.
    bool readSubjectEvents(const QString& subjectId, int limit, QList<dwp::StreamEvent>* events,
                           qint64* asOfMs);
    qint64 newestRecordMs();
    bool readNewestEvents(int limit, JournalRecentState* state);
    // The newest sample of `source` (stats_samples), or false when there is none or it failed.
    bool newestSample(const char* source, qint64* atMs, QByteArray* json);
    void readEventBuckets(qint64 fromMs, qint64 toMs, qint64 bucketMs, const QList<JournalGap>& holes,
                          QHash<QString, QList<QPointF>>* series);
    void readSampleBuckets(qint64 fromMs, qint64 toMs, qint64 bucketMs,
                           QHash<QString, QList<QPointF>>* series);
    void readSampleMinutes(qint64 fromMs, qint64 toMs, qint64 bucketMs,
                           QHash<QString, QList<QPointF>>* series);
    bool fail(const QString& what);

    QSqlDatabase readConnection() const { return m_connection.database(); }

    JournalReadConnection m_connection;
    QString m_error;
    int m_version = 0; // m_connection's
    bool m_open = false;
};

} // namespace dispatch
