// SPDX-License-Identifier: MIT
#include "models/RecentFailuresModel.h"

#include "protocol/ServerText.h"

namespace dispatch {

RecentFailuresModel::RecentFailuresModel(QObject* parent) : QAbstractTableModel(parent) {}

int RecentFailuresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentFailuresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentFailuresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Failure& failure = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return failure.id;
    case KindRole:
        return int(failure.kind);
    case AtRole:
        return failure.at;
    case Qt::ToolTipRole:
        return failure.error.isEmpty() ? failure.id : failure.id + u'\n' + failure.error;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return failure.at;
        case KindColumn:
            return failure.kind == Kind::Job ? tr("Job") : tr("Workflow run");
        case NameColumn:
            return failure.name;
        case ErrorColumn:
            // One line: the full text is in the tooltip and on the detail page.
            return failure.error.section(u'\n', 0, 0);
        case IdColumn:
            return failure.id;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant RecentFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Failed at");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case ErrorColumn:
        return tr("Error");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

int RecentFailuresModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

// Names and errors are cut to a display length as they arrive: a card or tooltip never lays out megabytes of
// a server's error text (issue 16 item 4). The job itself keeps whatever its own model keeps.
RecentFailuresModel::Failure RecentFailuresModel::shown(Failure failure)
{
    failure.name = dwp::ServerText::forDisplay(failure.name, dwp::ServerText::kDisplayNameChars);
    failure.error = dwp::ServerText::forDisplay(failure.error, dwp::ServerText::kDisplayErrorChars);
    return failure;
}

void RecentFailuresModel::add(const Failure& arriving)
{
    const Failure failure = shown(arriving);
    if (const int existing = rowOf(failure.id); existing >= 0) {
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
    }
    // Newest first; an equal time goes above, since it was seen later.
    int position = 0;
    while (position < m_rows.size() && m_rows.at(position).at > failure.at)
        ++position;
    if (position >= kMaxRows)
        return; // older than everything kept
    beginInsertRows({}, position, position);
    m_rows.insert(position, failure);
    endInsertRows();
    if (m_rows.size() > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
        m_rows.resize(kMaxRows);
        endRemoveRows();
    }
}

void RecentFailuresModel::update(const QString& id, const QString& name, const QString& error)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    Failure& failure = m_rows[row];
    const Failure arriving = shown(Failure{failure.kind, failure.id, name, error, failure.at});
    if (failure.name == arriving.name && failure.error == arriving.error)
        return;
    failure.name = arriving.name;
    failure.error = arriving.error;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void RecentFailuresModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace dispatch
