// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dispatch {

// Prefix words of a search (queue*) as the whole words they begin (README "Journal", Search). SQLite 3.40's
// FTS5 answers a prefix by merging the lists of every word it begins before its first result — 0.9 s for
// queue* over 10 000 000 events, where every job event holds "queue" — whereas ("queue" OR "queued") walks
// those lists newest first and stops at the page's end. The words come from event_words (schema 6), which
// holds every word events_fts has indexed; the events found are the same.
class JournalEventWords
{
public:
    // A prefix beginning more words than this stays a prefix: FTS5 would read as many lists either way.
    static constexpr int kMaxWordsPerPrefix = 128;

    // JournalSearch::matchExpression(text), with each prefix of ASCII letters and digits (the words FTS5's
    // unicode61 folds to lower case only) replaced by the words of event_words it begins, OR'd. A prefix
    // of anything else (accents, punctuation inside: a phrase), one that begins no word or too many, or a
    // database without event_words keeps FTS5's prefix query.
    static QString matchExpression(const QSqlDatabase& database, const QString& text);
};

} // namespace dispatch
