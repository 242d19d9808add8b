// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CronEntry.h"

#include <QAbstractTableModel>
#include <QList>

namespace dispatch {

// One page of the server's own list of cron entries (REST `GET /v1/crons?limit=&offset=`, dwp-protocol.md
// §8), only where the server can list: the real server answers 404 there. Each row is an entry as listed;
// its schedule in words (CronDescription) with the expression in the tooltip.
class CronEntriesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        ScheduleColumn,
        EnabledColumn,
        NextRunColumn,
        LastRunColumn,
        ColumnCount
    };

    enum Role
    {
        CronIdRole = Qt::UserRole + 1, // QString: cron_…
    };

    explicit CronEntriesModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces the rows with one page of the list, which began at `offset`.
    void setPage(const QList<dwp::CronEntry>& entries, int offset);
    const QList<dwp::CronEntry>& entries() const { return m_entries; }
    int offset() const { return m_offset; }
    // A fetched or changed entry replaces its row; a deleted one leaves.
    void update(const dwp::CronEntry& entry);
    void remove(const QString& cronId);

private:
    int rowOf(const QString& cronId) const;

    QList<dwp::CronEntry> m_entries;
    int m_offset = 0;
};

} // namespace dispatch
