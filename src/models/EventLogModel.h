// SPDX-License-Identifier: MIT
#pragma once

#include "models/StringPool.h"
#include "protocol/StreamEvent.h"
#include "protocol/Timestamp.h"

#include <QAbstractTableModel>
#include <QByteArrayView>
#include <QDateTime>
#include <algorithm>
#include <vector>

namespace dispatch {

// The raw event stream, newest at the bottom, bounded in rows and in bytes: at most capacity() events
// (100 000 by default) holding at most byteCapacity() bytes of topics and data (64 MiB by default; 1 500
// events of 1 MB held 1.64 GB before, issue 16). Each batch appends its events with one beginInsertRows; past
// either bound the oldest rows go first, with one beginRemoveRows per batch, and the newest event is always
// kept. Slots are reused in place and evicted slots release their data at once, so memory stays flat. Event
// types are pooled (a dozen distinct strings); topics and data are kept whole as received, for the detail
// view and export; tables and tooltips show them cut to a display length (ServerText::forDisplay), so that a
// 1 MB event costs nothing per paint.
class EventLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr qsizetype kDefaultCapacity = 100000;
    static constexpr qint64 kDefaultByteCapacity = 64 * 1024 * 1024;

    enum Column
    {
        TimeColumn,
        TypeColumn,
        TopicColumn,
        SubjectColumn, // the job or run the event is about
        DataColumn,
        ColumnCount
    };
    Q_ENUM(Column)

    enum Role
    {
        TypeRole = Qt::UserRole + 1, // QString: "job.completed"
        TopicRole,                   // QString: "job:<id>", "workflow:<id>", or "" for cron.fired
        JobIdRole,                   // QString: from the topic, or cron.fired's job_id; else empty
        RunIdRole,                   // QString: from a workflow topic; else empty
        TimeRole,                    // QDateTime (UTC): the event's own ts
        RawJsonRole,                 // QString: the whole envelope {type, ts, topic, data}
        DataJsonRole,                // QString: the inner data object, compact
        SequenceRole,                // qulonglong: arrival order since the model was created
        SortRole,
    };
    Q_ENUM(Role)

    explicit EventLogModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void applyEvents(const QList<dwp::StreamEvent>& batch);

    // The logged events of one entity topic ("workflow:<run id>"), oldest first: what a view opened late
    // missed of the live stream, as far back as the ring reaches.
    QList<dwp::StreamEvent> eventsWithTopic(const QString& topic) const;

    // A row's parts as stored, for EventFilterProxy: filtering 100 000 rows per keystroke through data()
    // built a QVariant and a decoded copy of the data per row (bench_models typing).
    const QString& typeOf(int row) const { return m_types.text(at(row).type); }
    const QString& topicOf(int row) const { return at(row).topic; }
    QByteArrayView dataOf(int row) const { return at(row).data; }
    quint64 sequenceOf(int row) const { return at(row).sequence; }

    qsizetype capacity() const { return m_capacity; }
    // Shrinking drops the oldest rows beyond the new bound (one removal); the ring is compacted either way.
    void setCapacity(qsizetype capacity);
    qint64 byteCapacity() const { return m_byteCapacity; }
    // Takes effect with the next batch.
    void setByteCapacity(qint64 bytes) { m_byteCapacity = std::max<qint64>(1, bytes); }
    // What the logged events hold: their topics and data, plus a fixed cost per row.
    qint64 byteSize() const { return m_bytes; }
    // Events dropped from the top since the model was created.
    quint64 evictedCount() const { return m_evicted; }

    QDateTime trackingSince() const { return m_trackingSince; }
    void setTrackingSince(const QDateTime& since) { m_trackingSince = since; }
    void clear(); // a model reset

private:
    struct LoggedEvent
    {
        quint64 sequence = 0;
        dwp::Timestamp ts;
        StringPool::Ref type = StringPool::kEmpty;
        QString topic;
        QByteArray data;
    };

    static qint64 costOf(const QString& topic, const QByteArray& data);
    static qint64 costOf(const LoggedEvent& event) { return costOf(event.topic, event.data); }
    qsizetype rowsToKeep(const QList<dwp::StreamEvent>& batch) const;
    qsizetype rowsToEvict(qsizetype incomingRows, qint64 incomingBytes) const;
    void evictOldest(qsizetype rows);
    const LoggedEvent& at(int row) const { return m_ring[size_t((m_head + row) % m_capacity)]; }
    QString jobIdOf(const LoggedEvent& event) const;
    static QString runIdOf(const LoggedEvent& event);
    QVariant displayData(const LoggedEvent& event, int column) const;
    QString rawJson(const LoggedEvent& event) const;

    std::vector<LoggedEvent> m_ring; // grows to m_capacity, then slots are overwritten
    qsizetype m_capacity = kDefaultCapacity;
    qint64 m_byteCapacity = kDefaultByteCapacity;
    qint64 m_bytes = 0;
    qsizetype m_head = 0; // slot of row 0
    qsizetype m_count = 0;
    quint64 m_nextSequence = 0;
    quint64 m_evicted = 0;
    StringPool m_types;
    QDateTime m_trackingSince;
};

} // namespace dispatch
