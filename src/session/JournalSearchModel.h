// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalSearchPage.h"

#include <QAbstractTableModel>

namespace dispatch {

// The results of a journal search (JournalSearch) as rows, a page at a time: setQuery() reads the first page
// on a worker thread, and fetchMore() — which views call as the list is scrolled to its end — the next, by
// the page's keyset. Only the pages scrolled to are ever in memory. A new query or file drops the pages and
// any page still being read for the old one. The holes in the history come among the results, in time order
// (JournalSearch): rows of their own (IsGapRole).
class JournalSearchModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        TypeColumn,
        IdColumn,
        NameColumn,
        QueueColumn,
        ErrorColumn,
        ColumnCount
    };
    enum Role
    {
        SubjectIdRole = Qt::UserRole + 1, // the job or run a row is about
        TimeRole,                         // QDateTime, UTC
        IsLookupRole,                     // the row is a lookup's answer, not an event
        IsGapRole,                        // the row is a hole in the history (JournalGap), not a result
    };

    explicit JournalSearchModel(QObject* parent = nullptr);

    // The profile's journal file; empty: nothing to search (an in-memory journal cannot be read from here).
    void setFilePath(const QString& filePath);
    const QString& filePath() const { return m_filePath; }
    void setQuery(const JournalSearchQuery& query);
    const JournalSearchQuery& query() const { return m_query; }
    void clear();

    bool isSearching() const { return m_fetching; }
    bool atEnd() const { return m_atEnd; }
    // Why the last page could not be read (SQLite's words); empty when it could.
    const QString& error() const { return m_error; }
    const JournalSearchPage::Hit& hitAt(int row) const { return m_hits.at(row); }
    // The rows that are results (events and lookups), and those that are holes in the history: a hole
    // goes among the results where it ends, as one row whose first column says when and why
    // (JournalGap::sentence); views span it across the row.
    int resultCount() const { return int(m_hits.size()) - m_gapCount; }
    int gapCount() const { return m_gapCount; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

signals:
    // A page came (or could not be read), or a search began or was dropped.
    void searchChanged();

private:
    void fetch(JournalSearchQuery pageQuery);
    void take(quint64 generation, JournalSearchPage page);
    QVariant displayData(const JournalSearchPage::Hit& hit, int column) const;

    QString m_filePath;
    JournalSearchQuery m_query;
    JournalSearchQuery m_next;
    QList<JournalSearchPage::Hit> m_hits;
    int m_gapCount = 0;
    quint64 m_generation = 0; // pages of an older query are dropped when they come
    bool m_fetching = false;
    bool m_inserting = false; // between beginInsertRows and endInsertRows (take)
    bool m_atEnd = true;
    QString m_error;
};

} // namespace dispatch
