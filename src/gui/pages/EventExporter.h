// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QSaveFile>
#include <memory>

class QAbstractItemModel;

namespace dispatch {

// Writes the rows of a (filtered) event log to a file, as NDJSON (one event envelope per line, as the
// server sent it) or CSV (time, type, topic, job/run, data). It works in slices between event-loop turns,
// so the window stays live and the export can be cancelled; the file appears only when complete.
//
// The rows to write are fixed when the export starts: events that arrive meanwhile are not added, and
// events the log drops meanwhile (it is a bounded ring) are counted in skippedCount().
class EventExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        NdJson,
        Csv
    };

    explicit EventExporter(QObject* parent = nullptr);
    ~EventExporter() override;

    // `view` is the filtered proxy whose rows are exported, `log` the EventLogModel underneath it.
    // Returns false (see errorString()) if the file cannot be opened.
    bool start(QAbstractItemModel* view, QAbstractItemModel* log, const QString& path, Format format);
    void cancel();

    bool isRunning() const { return m_running; }
    qsizetype total() const { return m_sequences.size(); }
    qsizetype written() const { return m_next; }
    qsizetype skippedCount() const { return m_skipped; }
    QString errorString() const { return m_error; }

    static Format formatForPath(const QString& path); // .csv → Csv, anything else NDJSON
    static QByteArray csvField(const QString& text);  // RFC 4180 quoting

signals:
    void progress(qsizetype written, qsizetype total);
    void finished(bool ok); // false: failed or cancelled (see errorString())

private:
    void writeSlice();
    void finish(bool ok, const QString& error = {});
    QByteArray lineFor(int logRow) const;

    QPointer<QAbstractItemModel> m_log;
    std::unique_ptr<QSaveFile> m_file;
    Format m_format = Format::NdJson;
    QList<quint64> m_sequences; // the exported events, by their log sequence number
    qsizetype m_next = 0;
    qsizetype m_skipped = 0;
    bool m_running = false;
    bool m_cancelled = false;
    QString m_error;
};

} // namespace dispatch
