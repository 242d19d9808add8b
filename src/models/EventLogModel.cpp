// SPDX-License-Identifier: MIT
#include "models/EventLogModel.h"

#include "models/DisplayText.h"
#include "protocol/EventType.h"
#include "protocol/ServerText.h"

#include <algorithm>

namespace dispatch {

namespace {

const QString kJobTopicPrefix = QStringLiteral("job:");
const QString kWorkflowTopicPrefix = QStringLiteral("workflow:");
// What a row costs besides its topic and data: the slot and the two containers' headers.
constexpr qint64 kRowOverheadBytes = 96;

} // namespace

EventLogModel::EventLogModel(QObject* parent)
    : QAbstractTableModel(parent), m_trackingSince(QDateTime::currentDateTimeUtc())
{
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_count);
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const LoggedEvent& event = at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(event, index.column());
    case Qt::ToolTipRole:
        return index.column() == DataColumn
                   ? QVariant(dwp::ServerText::forDisplay(rawJson(event), DisplayText::kTooltipChars))
                   : QVariant();
    case TypeRole:
        return m_types.text(event.type);
    case TopicRole:
        return event.topic;
    case JobIdRole:
        return jobIdOf(event);
    case RunIdRole:
        return runIdOf(event);
    case TimeRole:
        return event.ts.toDateTime();
    case RawJsonRole:
        return rawJson(event);
    case DataJsonRole:
        return QString::fromUtf8(event.data);
    case SequenceRole:
        return qulonglong(event.sequence);
    case SortRole:
        // Arrival order breaks ties between events stamped in the same nanosecond.
        return index.column() == TimeColumn ? QVariant(qulonglong(event.sequence))
                                            : displayData(event, index.column());
    default:
        return {};
    }
}

QVariant EventLogModel::displayData(const LoggedEvent& event, int column) const
{
    switch (Column(column)) {
    case TimeColumn:
        return event.ts.toDateTime().toLocalTime();
    case TypeColumn:
        return m_types.text(event.type);
    case TopicColumn:
        return dwp::ServerText::forDisplay(event.topic, dwp::ServerText::kDisplayNameChars);
    case SubjectColumn: {
        const QString jobId = jobIdOf(event);
        return dwp::ServerText::forDisplay(jobId.isEmpty() ? runIdOf(event) : jobId,
                                           dwp::ServerText::kDisplayNameChars);
    }
    case DataColumn:
        return dwp::ServerText::forDisplayUtf8(QByteArrayView(event.data),
                                               dwp::ServerText::kDisplayCellChars);
    case ColumnCount:
        break;
    }
    return {};
}

QString EventLogModel::jobIdOf(const LoggedEvent& event) const
{
    if (event.topic.startsWith(kJobTopicPrefix))
        return event.topic.mid(kJobTopicPrefix.size());
    // cron.fired has no topic (§5); the job it enqueued is in its data.
    if (m_types.text(event.type) == dwp::EventType::CronFired) {
        const auto data = dwp::CronFiredData::parse(event.data);
        return data ? data->jobId : QString();
    }
    return {};
}

QString EventLogModel::runIdOf(const LoggedEvent& event)
{
    return event.topic.startsWith(kWorkflowTopicPrefix) ? event.topic.mid(kWorkflowTopicPrefix.size())
                                                        : QString();
}

QString EventLogModel::rawJson(const LoggedEvent& event) const
{
    const dwp::StreamEvent envelope{m_types.text(event.type), event.ts, event.topic, event.data};
    return QString::fromUtf8(envelope.toJson());
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case TimeColumn:
        return tr("Time");
    case TypeColumn:
        return tr("Type");
    case TopicColumn:
        return tr("Topic");
    case SubjectColumn:
        return tr("Job / run", "the job or workflow run an event is about");
    case DataColumn:
        return tr("Data");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> EventLogModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert({{TypeRole, "type"},
                  {TopicRole, "topic"},
                  {JobIdRole, "jobId"},
                  {RunIdRole, "runId"},
                  {TimeRole, "time"},
                  {RawJsonRole, "rawJson"},
                  {DataJsonRole, "dataJson"},
                  {SequenceRole, "sequence"},
                  {SortRole, "sortValue"}});
    return names;
}

qint64 EventLogModel::costOf(const QString& topic, const QByteArray& data)
{
    return kRowOverheadBytes + topic.size() * qint64(sizeof(QChar)) + data.size();
}

// The newest events of a batch that fit both bounds on their own; at least one.
qsizetype EventLogModel::rowsToKeep(const QList<dwp::StreamEvent>& batch) const
{
    qsizetype kept = 0;
    qint64 bytes = 0;
    for (qsizetype i = batch.size() - 1; i >= 0 && kept < m_capacity; --i) {
        bytes += costOf(batch.at(i).topic, batch.at(i).data);
        if (kept > 0 && bytes > m_byteCapacity)
            break;
        ++kept;
    }
    return kept;
}

// How many of the oldest rows must go for incoming rows and bytes to fit.
qsizetype EventLogModel::rowsToEvict(qsizetype incomingRows, qint64 incomingBytes) const
{
    qsizetype evict = std::max<qsizetype>(0, m_count + incomingRows - m_capacity);
    qint64 bytes = m_bytes + incomingBytes;
    for (qsizetype row = 0; row < evict; ++row)
        bytes -= costOf(at(int(row)));
    while (evict < m_count && bytes > m_byteCapacity)
        bytes -= costOf(at(int(evict++)));
    return evict;
}

void EventLogModel::evictOldest(qsizetype rows)
{
    if (rows <= 0)
        return;
    beginRemoveRows({}, 0, int(rows) - 1);
    for (qsizetype row = 0; row < rows; ++row) {
        LoggedEvent& slot = m_ring[size_t((m_head + row) % m_capacity)];
        m_bytes -= costOf(slot);
        slot.topic = QString(); // released now: a slot may wait long to be overwritten
        slot.data = QByteArray();
    }
    m_head = (m_head + rows) % m_capacity;
    m_count -= rows;
    m_evicted += quint64(rows);
    endRemoveRows();
}

void EventLogModel::applyEvents(const QList<dwp::StreamEvent>& batch)
{
    if (batch.isEmpty())
        return;
    // A batch beyond the bounds keeps only its newest events; the others would be evicted at once.
    const qsizetype kept = rowsToKeep(batch);
    const qsizetype skipped = batch.size() - kept;
    m_nextSequence += quint64(skipped);
    m_evicted += quint64(skipped);
    qint64 incomingBytes = 0;
    for (qsizetype i = skipped; i < batch.size(); ++i)
        incomingBytes += costOf(batch.at(i).topic, batch.at(i).data);
    evictOldest(rowsToEvict(kept, incomingBytes));

    // The ring's storage is taken once, whole: growing it by doubling moved every logged event into freshly
    // faulted pages in the middle of a batch (65 536 events at once, a stall in bench_client_e2e). Untouched
    // pages of the reservation cost no resident memory until events fill them. A capacity past a million
    // (only ever set by hand) grows as before beyond the first million.
    const auto reservation = size_t(std::min<qsizetype>(m_capacity, 1 << 20));
    if (m_ring.capacity() < reservation)
        m_ring.reserve(reservation);
    beginInsertRows({}, int(m_count), int(m_count + kept) - 1);
    for (qsizetype i = skipped; i < batch.size(); ++i) {
        const dwp::StreamEvent& event = batch.at(i);
        LoggedEvent logged{m_nextSequence++, event.ts, m_types.intern(event.type), event.topic, event.data};
        const auto slot = size_t((m_head + m_count) % m_capacity);
        if (slot == m_ring.size())
            m_ring.push_back(std::move(logged));
        else
            m_ring[slot] = std::move(logged);
        ++m_count;
    }
    m_bytes += incomingBytes;
    endInsertRows();
}

QList<dwp::StreamEvent> EventLogModel::eventsWithTopic(const QString& topic) const
{
    QList<dwp::StreamEvent> events;
    if (topic.isEmpty())
        return events;
    for (int row = 0; row < int(m_count); ++row) {
        const LoggedEvent& logged = at(row);
        if (logged.topic == topic)
            events.append(dwp::StreamEvent{m_types.text(logged.type), logged.ts, logged.topic, logged.data});
    }
    return events;
}

void EventLogModel::setCapacity(qsizetype capacity)
{
    capacity = std::max<qsizetype>(1, capacity);
    if (capacity == m_capacity)
        return;
    const qsizetype dropped = std::max<qsizetype>(0, m_count - capacity);
    if (dropped > 0)
        beginRemoveRows({}, 0, int(dropped) - 1);
    std::vector<LoggedEvent> compacted;
    compacted.reserve(size_t(std::min(capacity, m_count)));
    for (qsizetype row = 0; row < dropped; ++row)
        m_bytes -= costOf(at(int(row)));
    for (qsizetype row = dropped; row < m_count; ++row)
        compacted.push_back(std::move(m_ring[size_t((m_head + row) % m_capacity)]));
    m_ring = std::move(compacted);
    m_capacity = capacity;
    m_head = 0;
    m_count -= dropped;
    m_evicted += quint64(dropped);
    if (dropped > 0)
        endRemoveRows();
}

void EventLogModel::clear()
{
    beginResetModel();
    m_ring = {};
    m_head = 0;
    m_count = 0;
    m_bytes = 0;
    m_types.clear();
    m_trackingSince = QDateTime::currentDateTimeUtc();
    endResetModel();
}

} // namespace dispatch
