// SPDX-License-Identifier: MIT
#include "gui/pages/EventExporter.h"

#include "models/EventLogModel.h"

#include <QAbstractItemModel>
#include <QDateTime>
#include <QTimer>

namespace dispatch {

namespace {

// Rows per slice: large enough that a 100 000-row export is quick, small enough that one slice stays well
// under a frame.
constexpr qsizetype kSliceRows = 2000;

} // namespace

EventExporter::EventExporter(QObject* parent) : QObject(parent) {}

EventExporter::~EventExporter()
{
    if (m_file)
        m_file->cancelWriting();
}

EventExporter::Format EventExporter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::NdJson;
}

QByteArray EventExporter::csvField(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

bool EventExporter::start(QAbstractItemModel* view, QAbstractItemModel* log, const QString& path,
                          Format format)
{
    m_log = log;
    m_format = format;
    m_next = 0;
    m_skipped = 0;
    m_cancelled = false;
    m_error.clear();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        //: Shown when the events export fails. %1 is the path of the file, %2 the system's reason.
        m_error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    // Fix the rows now, by sequence number: the proxy's row numbers shift as events arrive and old ones are
    // dropped, the sequence of an event does not.
    m_sequences.clear();
    const int rows = view->rowCount();
    m_sequences.reserve(rows);
    for (int row = 0; row < rows; ++row)
        m_sequences.append(view->index(row, 0).data(EventLogModel::SequenceRole).toULongLong());
    if (m_format == Format::Csv)
        m_file->write("time,type,topic,subject,data\n");
    m_running = true;
    QTimer::singleShot(0, this, &EventExporter::writeSlice);
    return true;
}

void EventExporter::cancel()
{
    if (m_running)
        m_cancelled = true;
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

void EventExporter::writeSlice()
{
    if (m_cancelled) {
        finish(false, tr("Export cancelled."));
        return;
    }
    if (!m_log) {
        finish(false, tr("The event log went away."));
        return;
    }
    // The log is a ring whose sequence numbers are consecutive, so an event's row is its sequence minus the
    // sequence of row 0; anything before row 0 has been dropped since the export began.
    const int rows = m_log->rowCount();
    const quint64 first = rows > 0 ? m_log->index(0, 0).data(EventLogModel::SequenceRole).toULongLong() : 0;
    const qsizetype end = qMin(m_next + kSliceRows, m_sequences.size());
    QByteArray chunk;
    for (; m_next < end; ++m_next) {
        const quint64 sequence = m_sequences[m_next];
        const qint64 row = rows > 0 && sequence >= first ? qint64(sequence - first) : -1;
        if (row < 0 || row >= rows ||
            m_log->index(int(row), 0).data(EventLogModel::SequenceRole).toULongLong() != sequence) {
            ++m_skipped;
            continue;
        }
        chunk += lineFor(int(row));
    }
    if (m_file->write(chunk) != chunk.size()) {
        finish(false, m_file->errorString());
        return;
    }
    emit progress(m_next, m_sequences.size());
    if (m_next < m_sequences.size())
        QTimer::singleShot(0, this, &EventExporter::writeSlice);
    else
        finish(true);
}

void EventExporter::finish(bool ok, const QString& error)
{
    m_running = false;
    m_error = error;
    if (ok && !m_file->commit()) {
        ok = false;
        m_error = m_file->errorString();
    } else if (!ok) {
        m_file->cancelWriting();
    }
    m_file.reset();
    emit finished(ok);
}

} // namespace dispatch
