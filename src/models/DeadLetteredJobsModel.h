// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StreamEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace dispatch {

// The jobs seen dead-lettered through `job.dlq` events since connecting (dwp-protocol.md §5: the server
// emits it right after the final job.failed, with the job's id, name, queue and last error), newest first,
// at most kMaxRows. The event names the job, not its dead-letter entry, so a row is a job an operator can
// retry (REST retry, §8); a job dead-lettered again moves back to the top and is no longer marked retried.
// Fed by the session in event batches; the session marks a row once its retry succeeded.
class DeadLetteredJobsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 1000;

    struct Row
    {
        QString jobId;
        QString jobName;
        QString queue;
        QString error;       // cut to a display length as it arrives
        QDateTime at;        // the event's time (UTC)
        QDateTime retriedAt; // when the operator's retry succeeded; invalid before
    };

    enum Column
    {
        TimeColumn,
        NameColumn,
        QueueColumn,
        ErrorColumn,
        IdColumn,
        RetryColumn, // what the operator can do about the row, or what was done
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString: the job id
        RetriedRole,               // bool
    };

    explicit DeadLetteredJobsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds a row for every job.dlq among `events`; other events are ignored.
    void applyEvents(const QList<dwp::StreamEvent>& events);
    void markRetried(const QString& jobId, const QDateTime& at);
    int rowOf(const QString& jobId) const;
    const Row& row(int row) const { return m_rows.at(row); }
    void clear();

private:
    void add(Row arriving);

    QList<Row> m_rows;
};

} // namespace dispatch
