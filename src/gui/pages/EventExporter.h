// SPDX-License-Identifier: MIT
#pragma once

#include "gui/pages/SlicedExport.h"

#include <QList>
#include <QObject>
#include <QPointer>

class QAbstractItemModel;

namespace dispatch {

// Writes the rows of a (filtered) event log to a file, as NDJSON (one event envelope per line, as the
// server sent it) or CSV (time, type, topic, job/run, data), in slices (SlicedExport).
//
// The rows to write are fixed when the export starts: events that arrive meanwhile are not added, and
// events the log drops meanwhile (it is a bounded ring) are counted in skippedCount().
class EventExporter : public SlicedExport
{
    Q_OBJECT

public:
    enum class Format
    {
        NdJson,
        Csv
    };

    explicit EventExporter(QObject* parent = nullptr);

    // `view` is the filtered proxy whose rows are exported, `log` the EventLogModel underneath it.
    // Returns false (see errorString()) if the file cannot be opened.
    bool start(QAbstractItemModel* view, QAbstractItemModel* log, const QString& path, Format format);

    static Format formatForPath(const QString& path); // .csv → Csv, anything else NDJSON

private:
    std::optional<QByteArray> lineAt(qsizetype index) const;
    QByteArray lineFor(int logRow) const;

    QPointer<QAbstractItemModel> m_log;
    Format m_format = Format::NdJson;
    QList<quint64> m_sequences; // the exported events, by their log sequence number
};

} // namespace dispatch
