// SPDX-License-Identifier: MIT
#include "models/CronEntriesModel.h"

#include "models/CronDescription.h"
#include "models/ModelTime.h"
#include "protocol/ServerText.h"

namespace dispatch {
namespace {

QVariant localTime(const std::optional<dwp::Timestamp>& at)
{
    return at ? modeltime::localDateTimeVariant(modeltime::toMillis(*at)) : QVariant();
}

} // namespace

CronEntriesModel::CronEntriesModel(QObject* parent) : QAbstractTableModel(parent) {}

int CronEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int CronEntriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CronEntriesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const dwp::CronEntry& entry = m_entries.at(index.row());
    if (role == CronIdRole)
        return entry.id;
    if (role == Qt::ToolTipRole)
        return index.column() == ScheduleColumn
                   ? dwp::ServerText::forDisplay(entry.schedule, dwp::ServerText::kDisplayCellChars)
                   : entry.id;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return dwp::ServerText::forDisplay(entry.name, dwp::ServerText::kDisplayNameChars);
    case ScheduleColumn:
        return dwp::ServerText::forDisplay(CronDescription::describe(entry.schedule),
                                           dwp::ServerText::kDisplayCellChars);
    case EnabledColumn:
        return entry.enabled ? tr("Enabled") : tr("Disabled");
    case NextRunColumn:
        return localTime(entry.nextRunAt);
    case LastRunColumn:
        return localTime(entry.lastRunAt);
    default:
        return {};
    }
}

QVariant CronEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Cron");
    case ScheduleColumn:
        return tr("Schedule");
    case EnabledColumn:
        return tr("State");
    case NextRunColumn:
        return tr("Next run");
    case LastRunColumn:
        return tr("Last run");
    default:
        return {};
    }
}

void CronEntriesModel::setPage(const QList<dwp::CronEntry>& entries, int offset)
{
    beginResetModel();
    m_entries = entries;
    m_offset = offset;
    endResetModel();
}

void CronEntriesModel::update(const dwp::CronEntry& entry)
{
    const int row = rowOf(entry.id);
    if (row < 0)
        return;
    m_entries[row] = entry;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CronEntriesModel::remove(const QString& cronId)
{
    const int row = rowOf(cronId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    endRemoveRows();
}

int CronEntriesModel::rowOf(const QString& cronId) const
{
    for (int row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).id == cronId)
            return row;
    }
    return -1;
}

} // namespace dispatch
