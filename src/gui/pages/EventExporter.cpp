// SPDX-License-Identifier: MIT
#include "gui/pages/EventExporter.h"

#include "models/EventLogModel.h"

#include <QAbstractItemModel>
#include <QDateTime>

#include <algorithm>

namespace dispatch {

EventExporter::EventExporter(QObject* parent) : SlicedExport(parent) {}

EventExporter::Format EventExporter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::NdJson;
}

bool EventExporter::start(QAbstractItemModel* view, QAbstractItemModel* log, const QString& path,
                          Format format)
{
    if (isRunning())
        return false;
    m_log = log;
    m_format = format;
    // Fix the rows now, by sequence number: the proxy's row numbers shift as events arrive and old ones are
    // dropped from the ring.
    m_sequences.clear();
    const int rows = view->rowCount();
    m_sequences.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_sequences.append(view->index(row, 0).data(EventLogModel::SequenceRole).toULongLong());
    std::sort(m_sequences.begin(), m_sequences.end()); // a file reads oldest first, whatever the view shows
    return startWriting(
        path, m_sequences.size(), [this](qsizetype index) { return lineAt(index); },
        m_format == Format::Csv ? QByteArrayLiteral("time,type,topic,subject,data\n") : QByteArray());
}

std::optional<QByteArray> EventExporter::lineAt(qsizetype index) const
{
    if (!m_log)
        return std::nullopt; // the log went away with its session: nothing more to write
    // The log is a ring whose sequence numbers are consecutive, so an event's row is its sequence minus the
    // sequence of row 0; anything before row 0 has been dropped since the export began.
    const int rows = m_log->rowCount();
    const quint64 first = rows > 0 ? m_log->index(0, 0).data(EventLogModel::SequenceRole).toULongLong() : 0;
    const quint64 sequence = m_sequences[index];
    const qint64 row = rows > 0 && sequence >= first ? qint64(sequence - first) : -1;
    if (row < 0 || row >= rows ||
        m_log->index(int(row), 0).data(EventLogModel::SequenceRole).toULongLong() != sequence)
        return std::nullopt;
    return lineFor(int(row));
}

QByteArray EventExporter::lineFor(int logRow) const
{
    const QModelIndex index = m_log->index(logRow, 0);
    if (m_format == Format::NdJson)
        return index.data(EventLogModel::RawJsonRole).toString().toUtf8() + '\n';
    const QDateTime time = index.data(EventLogModel::TimeRole).toDateTime();
    const QString subject = m_log->index(logRow, EventLogModel::SubjectColumn).data().toString();
    QByteArray line = csvField(time.toString(Qt::ISODateWithMs));
    for (const QString& field :
         {index.data(EventLogModel::TypeRole).toString(), index.data(EventLogModel::TopicRole).toString(),
          subject, index.data(EventLogModel::DataJsonRole).toString()}) {
        line += ',' + csvField(field);
    }
    return line + '\n';
}

} // namespace dispatch
