// SPDX-License-Identifier: MIT
#pragma once

#include "gui/pages/SlicedExport.h"

#include <QPointer>
#include <QStringList>

class QAbstractProxyModel;
class QAbstractItemModel;

namespace dispatch {

// Writes the rows of the Jobs or Workflows list, as filtered and sorted on screen, to a file: CSV (a header
// of ItemRecord's keys, then one line per row) or JSON (an array of ItemRecord objects, one per line), in
// slices (SlicedExport). The rows are fixed by id when the export starts; a row the model dropped meanwhile
// is counted in skippedCount().
class ItemRowsExporter : public SlicedExport
{
    Q_OBJECT

public:
    enum class Format
    {
        Json,
        Csv
    };

    explicit ItemRowsExporter(QObject* parent = nullptr);

    // `view` is the list's proxy over a JobsModel or a WorkflowRunsModel.
    bool start(const QAbstractProxyModel* view, const QString& path, Format format);

    static Format formatForPath(const QString& path); // .csv → Csv, anything else JSON

private:
    std::optional<QByteArray> lineAt(qsizetype index) const;

    QPointer<const QAbstractItemModel> m_model;
    Format m_format = Format::Json;
    QStringList m_ids;
};

} // namespace dispatch
