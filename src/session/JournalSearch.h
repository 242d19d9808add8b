// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalReadConnection.h"
#include "session/JournalSearchPage.h"

#include <QString>
#include <qcoro/qcorotask.h>

namespace dispatch {

// Searches a profile's journal (issue 19 item 4, README "Journal"): the FTS5 indexes of schema 5 (events_fts,
// lookups_fts), the events by id (events_by_subject) or by arrival, a page at a time by keyset — each page
// reads at most pageSize rows of each of events and lookups, newest first, whatever the journal holds. Like
// JournalReader, a read-only connection of its own (JournalReadConnection) made in the thread that constructs
// it; page() runs on a worker thread (pageOnWorkerThread). Nothing is written.
class JournalSearch
{
public:
    explicit JournalSearch(const QString& filePath);
    ~JournalSearch();
    JournalSearch(const JournalSearch&) = delete;
    JournalSearch& operator=(const JournalSearch&) = delete;

    bool isOpen() const { return m_open; }
    const QString& error() const { return m_error; }

    JournalSearchPage page(const JournalSearchQuery& query);

    // One page read on a thread of the global pool.
    static QCoro::Task<JournalSearchPage> pageOnWorkerThread(QString filePath, JournalSearchQuery query);

    // The FTS5 MATCH expression of typed words: each one a quoted string ("" for a quote inside), so that
    // '"', '*', ':', '^', '(', AND, OR, NOT and NEAR are words, never syntax; a trailing '*' asks for a
    // prefix. Words without a letter or digit (the tokenizer would find nothing in them) are left out, and
    // words past kMaxWords. Empty when no word is left.
    static QString matchExpression(const QString& text);
    // Restricts a MATCH to event types (the `type` column; "job." a family). Types come from the monitor's
    // own lists, but are quoted all the same.
    static QString typeExpression(const QStringList& types);

    static constexpr int kMaxWords = 16;
    static constexpr int kMaxPageSize = 1000;

private:
    bool readEvents(const JournalSearchQuery& query, const QString& match, int limit,
                    QList<JournalSearchPage::Hit>* hits);
    bool readLookups(const QString& match, const JournalSearchQuery& query, int limit,
                     QList<JournalSearchPage::Hit>* hits);
    // The holes that reach into the query's time range, newest end first, after the query's gap keyset.
    bool readGaps(const JournalSearchQuery& query, int limit, QList<JournalSearchPage::Hit>* hits);
    // The events received in [fromMs, toMs) as a range of ids, through events_by_time: ids grow with arrival,
    // so FTS5 can skip to the range instead of filtering every match.
    void eventIdRange(const JournalSearchQuery& query, qint64* lowest, qint64* highest);
    bool fail(const QString& what);

    QSqlDatabase readConnection() const { return m_connection.database(); }

    JournalReadConnection m_connection;
    QString m_error;
    int m_version = 0; // m_connection's
    bool m_open = false;
};

} // namespace dispatch
