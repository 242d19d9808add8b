// SPDX-License-Identifier: MIT
#include "gui/pages/ItemRowsExporter.h"

#include "models/ItemRecord.h"

#include <QAbstractProxyModel>
#include <QJsonDocument>

namespace dispatch {

ItemRowsExporter::ItemRowsExporter(QObject* parent) : SlicedExport(parent) {}

ItemRowsExporter::Format ItemRowsExporter::formatForPath(const QString& path)
{
    return path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive) ? Format::Csv : Format::Json;
}

bool ItemRowsExporter::start(const QAbstractProxyModel* view, const QString& path, Format format)
{
    if (isRunning() || !view)
        return false;
    m_model = view->sourceModel();
    m_format = format;
    // By id, not by row: rows move and arrive while the export runs.
    m_ids.clear();
    m_ids.reserve(view->rowCount());
    for (int row = 0; row < view->rowCount(); ++row)
        m_ids.append(ItemRecord::idAt(m_model, view->mapToSource(view->index(row, 0)).row()));
    // CSV: a header line of the keys, then one line per row. JSON: one array, an object per line.
    QByteArray header = "[\n";
    QByteArray footer = "\n]\n";
    QByteArray separator = ",\n";
    if (m_format == Format::Csv) {
        QStringList keys = ItemRecord::keysFor(m_model);
        for (QString& key : keys)
            key = QString::fromUtf8(csvField(key));
        header = keys.join(QLatin1Char(',')).toUtf8() + '\n';
        footer.clear();
        separator.clear();
    }
    return startWriting(
        path, m_ids.size(), [this](qsizetype index) { return lineAt(index); }, header, footer, separator);
}

std::optional<QByteArray> ItemRowsExporter::lineAt(qsizetype index) const
{
    const int row = ItemRecord::rowOf(m_model, m_ids[index]);
    if (row < 0)
        return std::nullopt;
    const ItemRecord record = ItemRecord::of(m_model, row);
    if (m_format == Format::Json)
        return QJsonDocument(record.toJson()).toJson(QJsonDocument::Compact);
    QByteArray line;
    const QStringList cells = record.cells();
    for (qsizetype i = 0; i < cells.size(); ++i)
        line += (i > 0 ? "," : "") + csvField(cells[i]);
    return line + '\n';
}

} // namespace dispatch
