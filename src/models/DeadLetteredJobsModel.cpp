// SPDX-License-Identifier: MIT
#include "models/DeadLetteredJobsModel.h"

#include "protocol/EventType.h"
#include "protocol/ServerText.h"

namespace dispatch {

DeadLetteredJobsModel::DeadLetteredJobsModel(QObject* parent) : QAbstractTableModel(parent) {}

int DeadLetteredJobsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DeadLetteredJobsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeadLetteredJobsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.jobId;
    case RetriedRole:
        return row.retriedAt.isValid();
    case Qt::ToolTipRole:
        return row.error.isEmpty() ? row.jobId : row.jobId + u'\n' + row.error;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return row.at;
        case NameColumn:
            return row.jobName;
        case QueueColumn:
            return row.queue;
        case ErrorColumn:
            return row.error.section(u'\n', 0, 0); // one line; the whole text is in the tooltip
        case IdColumn:
            return row.jobId;
        case RetryColumn:
            //: Dead letters page, in a dead-lettered job's row once the operator retried it. %1 is the
            //: time (HH:mm:ss).
            return row.retriedAt.isValid()
                       ? tr("Retried at %1")
                             .arg(row.retriedAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")))
                       : tr("Retry");
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant DeadLetteredJobsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Dead-lettered at");
    case NameColumn:
        return tr("Name");
    case QueueColumn:
        return tr("Queue");
    case ErrorColumn:
        return tr("Error");
    case IdColumn:
        return tr("ID");
    case RetryColumn:
        return tr("Action");
    default:
        return {};
    }
}

void DeadLetteredJobsModel::applyEvents(const QList<dwp::StreamEvent>& events)
{
    for (const dwp::StreamEvent& event : events) {
        if (event.type != dwp::EventType::JobDlq)
            continue;
        const dwp::Parsed<dwp::JobEventData> data = event.jobData();
        if (!data.ok() || data.value().jobId.isEmpty())
            continue; // nothing to retry without the job's id
        const dwp::JobEventData& job = data.value();
        add(Row{job.jobId, job.jobName, job.queue, job.error, event.ts.toDateTime(), {}});
    }
}

int DeadLetteredJobsModel::rowOf(const QString& jobId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).jobId == jobId)
            return row;
    }
    return -1;
}

void DeadLetteredJobsModel::add(Row arriving)
{
    // Cut as they arrive: a table never lays out megabytes of a server's text (issue 16 item 4).
    arriving.jobName = dwp::ServerText::forDisplay(arriving.jobName, dwp::ServerText::kDisplayNameChars);
    arriving.queue = dwp::ServerText::forDisplay(arriving.queue, dwp::ServerText::kDisplayNameChars);
    arriving.error = dwp::ServerText::forDisplay(arriving.error, dwp::ServerText::kDisplayErrorChars);
    if (const int existing = rowOf(arriving.jobId); existing >= 0) {
        beginRemoveRows({}, existing, existing);
        m_rows.removeAt(existing);
        endRemoveRows();
    }
    // Newest first; an equal time goes above, since it was seen later.
    int position = 0;
    while (position < m_rows.size() && m_rows.at(position).at > arriving.at)
        ++position;
    if (position >= kMaxRows)
        return; // older than everything kept
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(arriving));
    endInsertRows();
    if (m_rows.size() > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
        m_rows.resize(kMaxRows);
        endRemoveRows();
    }
}

void DeadLetteredJobsModel::markRetried(const QString& jobId, const QDateTime& at)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    m_rows[row].retriedAt = at;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void DeadLetteredJobsModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace dispatch
