// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CronEntry.h"
#include "protocol/StreamEvent.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace dispatch {

// The crons seen firing since connecting, one row per cron name, most recently fired first: when it last
// fired, how often, and the job it enqueued last. Built from `cron.fired` events ({entry_name, job_id},
// dwp-protocol.md §5), which reach firehose subscribers only; the server cannot list crons (§8, §11).
//
// The event carries no cron id (cron_…), so a row's id is known only once the entry was looked up by id or
// listed over REST (noteEntry()); only then can the row be opened. A cron deleted on the server keeps its
// row (it did fire) and loses its id (forgetId()).
//
// At most kMaxRows names: a server that invents a new name per event cannot grow the table without bound;
// the name fired longest ago goes first.
class CronsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 1000;

    enum Column
    {
        NameColumn,
        LastFiredColumn,
        TimesFiredColumn,
        LastJobColumn,
        ColumnCount
    };

    enum Role
    {
        NameRole = Qt::UserRole + 1, // QString: the cron's name, whole
        CronIdRole,                  // QString: cron_…, empty while unknown
        LastJobIdRole,               // QString: job_… it enqueued last
        LastFiredRole,               // QDateTime (UTC)
        TimesFiredRole,              // int
    };

    explicit CronsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Counts the cron.fired events of a batch; other events are ignored.
    void applyEvents(const QList<dwp::StreamEvent>& events);
    // Learns the id of the cron of this name from an entry fetched or listed over REST.
    void noteEntry(const dwp::CronEntry& entry);
    // The cron was deleted on the server: its row stays, without an id.
    void forgetId(const QString& cronId);
    void clear();

    int rowOfName(const QString& name) const;
    // The id learnt for a name; empty while unknown.
    QString cronIdOf(const QString& name) const;

private:
    struct Row
    {
        QString name;      // whole, as the server sent it
        QString shownName; // cut for a table cell (ServerText::forDisplay)
        QString cronId;
        QString lastJobId;
        QDateTime lastFired; // UTC
        int timesFired = 0;
    };

    void fired(const QString& name, const QString& jobId, const QDateTime& at);
    void moveToTop(int row);

    QList<Row> m_rows;                  // most recently fired first
    QHash<QString, QString> m_idByName; // learnt before or after the name fired
};

} // namespace dispatch
