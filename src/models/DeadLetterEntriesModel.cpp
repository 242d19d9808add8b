// SPDX-License-Identifier: MIT
#include "models/DeadLetterEntriesModel.h"

#include "protocol/ServerText.h"

namespace dispatch {

DeadLetterEntriesModel::DeadLetterEntriesModel(QObject* parent) : QAbstractTableModel(parent) {}

int DeadLetterEntriesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int DeadLetterEntriesModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetterEntriesModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const dwp::DlqEntry& entry = m_entries.at(index.row());
    using dwp::ServerText;
    switch (role) {
    case IdRole:
        return entry.id;
    case Qt::ToolTipRole:
        return ServerText::forDisplay(entry.error, ServerText::kDisplayErrorChars);
    case Qt::DisplayRole:
        switch (index.column()) {
        case FailedAtColumn:
            return entry.failedAt.toDateTime();
        case NameColumn:
            return ServerText::forDisplay(entry.jobName, ServerText::kDisplayNameChars);
        case QueueColumn:
            return ServerText::forDisplay(entry.queue, ServerText::kDisplayNameChars);
        case ErrorColumn:
            return ServerText::forDisplay(entry.error, ServerText::kDisplayCellChars);
        case ReplayedAtColumn:
            return entry.replayedAt ? QVariant(entry.replayedAt->toDateTime()) : QVariant();
        case IdColumn:
            return entry.id;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DeadLetterEntriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FailedAtColumn:
        return tr("Failed at");
    case NameColumn:
        return tr("Job name");
    case QueueColumn:
        return tr("Queue");
    case ErrorColumn:
        return tr("Error");
    case ReplayedAtColumn:
        return tr("Replayed at");
    case IdColumn:
        return tr("Entry ID");
    default:
        return {};
    }
}

void DeadLetterEntriesModel::setPage(const QList<dwp::DlqEntry>& entries, int offset)
{
    beginResetModel();
    m_entries = entries;
    m_offset = offset;
    endResetModel();
}

} // namespace dispatch
