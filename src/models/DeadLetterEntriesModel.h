// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/DlqEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace dispatch {

// One page of the server's own dead-letter list (`GET /v1/dlq?limit&offset`, dwp-protocol.md §8, ordered by
// failed_at, oldest first), for servers that can list; the real one cannot (its list routes answer 404).
// The page replaces the rows whole: it is what the server answered, not something kept up to date by events.
class DeadLetterEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FailedAtColumn,
        NameColumn,
        QueueColumn,
        ErrorColumn,
        ReplayedAtColumn,
        IdColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString: the entry id (dlq_…)
    };

    explicit DeadLetterEntriesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The page at `offset` (its first row is entry number offset + 1 of the server's list).
    void setPage(const QList<dwp::DlqEntry>& entries, int offset);
    int offset() const { return m_offset; }
    const dwp::DlqEntry& entry(int row) const { return m_entries.at(row); }

private:
    QList<dwp::DlqEntry> m_entries;
    int m_offset = 0;
};

} // namespace dispatch
