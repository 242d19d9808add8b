// SPDX-License-Identifier: MIT
#include "gui/pages/SlicedExport.h"

#include <QTimer>

namespace dispatch {

SlicedExport::SlicedExport(QObject* parent) : QObject(parent) {}

SlicedExport::~SlicedExport()
{
    if (m_file)
        m_file->cancelWriting();
}

QByteArray SlicedExport::csvField(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

bool SlicedExport::startWriting(const QString& path, qsizetype count, LineAt lineAt, const QByteArray& header,
                                const QByteArray& footer, const QByteArray& separator)
{
    m_next = 0;
    m_skipped = 0;
    m_count = count;
    m_anyWritten = false;
    m_cancelled = false;
    m_error.clear();
    m_file = std::make_unique<QSaveFile>(path);
    if (!m_file->open(QIODevice::WriteOnly)) {
        //: Shown when an export fails. %1 is the path of the file, %2 the system's reason.
        m_error = tr("Cannot write %1: %2").arg(path, m_file->errorString());
        m_file.reset();
        return false;
    }
    m_lineAt = std::move(lineAt);
    m_footer = footer;
    m_separator = separator;
    m_file->write(header);
    m_running = true;
    QTimer::singleShot(0, this, &SlicedExport::writeSlice);
    return true;
}

void SlicedExport::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void SlicedExport::writeSlice()
{
    if (m_cancelled) {
        finish(false, tr("Export cancelled."));
        return;
    }
    const qsizetype end = qMin(m_next + kSliceRows, m_count);
    QByteArray chunk;
    for (; m_next < end; ++m_next) {
        const std::optional<QByteArray> line = m_lineAt(m_next);
        if (!line) {
            ++m_skipped;
            continue;
        }
        if (m_anyWritten)
            chunk += m_separator;
        chunk += *line;
        m_anyWritten = true;
    }
    if (m_next == m_count)
        chunk += m_footer;
    if (m_file->write(chunk) != chunk.size()) {
        finish(false, m_file->errorString());
        return;
    }
    emit progress(m_next, m_count);
    if (m_next < m_count)
        QTimer::singleShot(0, this, &SlicedExport::writeSlice);
    else
        finish(true);
}

void SlicedExport::finish(bool ok, const QString& error)
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
    m_lineAt = {};
    emit finished(ok);
}

} // namespace dispatch
