// SPDX-License-Identifier: MIT
#include "models/CronsModel.h"

#include "models/ModelTime.h"
#include "protocol/EventType.h"
#include "protocol/ServerText.h"

namespace dispatch {

CronsModel::CronsModel(QObject* parent) : QAbstractTableModel(parent) {}

int CronsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CronsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CronsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case NameRole:
        return row.name;
    case CronIdRole:
        return row.cronId;
    case LastJobIdRole:
        return row.lastJobId;
    case LastFiredRole:
        return row.lastFired;
    case TimesFiredRole:
        return row.timesFired;
    case Qt::ToolTipRole:
        if (index.column() == LastJobColumn)
            return tr("Open this job on the Jobs page");
        return row.cronId.isEmpty() ? tr("Its id is not known yet: open it once by id to see its entry.")
                                    : row.cronId;
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return row.shownName;
        case LastFiredColumn:
            return row.lastFired.toLocalTime();
        case TimesFiredColumn:
            return row.timesFired;
        case LastJobColumn:
            return row.lastJobId;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant CronsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Cron");
    case LastFiredColumn:
        return tr("Last fired");
    case TimesFiredColumn:
        //: Column header: how many times a cron fired since connecting.
        return tr("Fired");
    case LastJobColumn:
        return tr("Job enqueued last");
    default:
        return {};
    }
}

void CronsModel::applyEvents(const QList<dwp::StreamEvent>& events)
{
    for (const dwp::StreamEvent& event : events) {
        if (event.type != dwp::EventType::CronFired)
            continue;
        const auto data = event.cronFiredData();
        if (!data || data->entryName.isEmpty())
            continue;
        const qint64 millis = modeltime::toMillis(event.ts);
        const QDateTime at = millis == modeltime::kUnknown ? QDateTime::currentDateTimeUtc()
                                                           : QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
        fired(data->entryName, data->jobId, at);
    }
}

void CronsModel::fired(const QString& name, const QString& jobId, const QDateTime& at)
{
    int row = rowOfName(name);
    if (row < 0) {
        if (m_rows.size() >= kMaxRows) {
            // The last row is the one fired longest ago (rows move to the top as they fire).
            beginRemoveRows({}, int(m_rows.size()) - 1, int(m_rows.size()) - 1);
            m_rows.removeLast();
            endRemoveRows();
        }
        Row added;
        added.name = name;
        added.shownName = dwp::ServerText::forDisplay(name, dwp::ServerText::kDisplayNameChars);
        added.cronId = m_idByName.value(name);
        beginInsertRows({}, 0, 0);
        m_rows.prepend(added);
        endInsertRows();
        row = 0;
    } else {
        moveToTop(row);
        row = 0;
    }
    Row& updated = m_rows[row];
    updated.lastJobId = jobId;
    updated.lastFired = at;
    ++updated.timesFired;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CronsModel::moveToTop(int row)
{
    if (row == 0)
        return;
    beginMoveRows({}, row, row, {}, 0);
    m_rows.move(row, 0);
    endMoveRows();
}

void CronsModel::noteEntry(const dwp::CronEntry& entry)
{
    if (entry.name.isEmpty() || entry.id.isEmpty())
        return;
    // A server could send entries with endless new names; only names seen firing keep an id past a bound.
    if (m_idByName.size() >= kMaxRows && !m_idByName.contains(entry.name) && rowOfName(entry.name) < 0)
        return;
    m_idByName.insert(entry.name, entry.id);
    const int row = rowOfName(entry.name);
    if (row < 0 || m_rows.at(row).cronId == entry.id)
        return;
    m_rows[row].cronId = entry.id;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void CronsModel::forgetId(const QString& cronId)
{
    for (auto it = m_idByName.begin(); it != m_idByName.end();) {
        it = it.value() == cronId ? m_idByName.erase(it) : std::next(it);
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).cronId != cronId)
            continue;
        m_rows[row].cronId.clear();
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
    }
}

void CronsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_idByName.clear();
    endResetModel();
}

int CronsModel::rowOfName(const QString& name) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).name == name)
            return row;
    }
    return -1;
}

QString CronsModel::cronIdOf(const QString& name) const
{
    return m_idByName.value(name);
}

} // namespace dispatch
