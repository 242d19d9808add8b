// SPDX-License-Identifier: MIT
#include "gui/views/ItemListActions.h"

#include "gui/pages/ItemRowsExporter.h"
#include "gui/views/SaveFileDialog.h"
#include "models/ItemRecord.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageBox>
#include <QMimeData>
#include <QTableView>
#include <algorithm>

namespace dispatch {

namespace {

const QAbstractProxyModel* proxyOf(const QTableView* table)
{
    return qobject_cast<const QAbstractProxyModel*>(table->model());
}

QAction* addTableAction(QTableView* table, const QString& text, const char* objectName)
{
    auto* action = new QAction(text, table);
    action->setObjectName(QLatin1String(objectName));
    table->addAction(action);
    return action;
}

} // namespace

ItemListActions::ItemListActions(QTableView* table, const QString& title, const QString& fileStem)
    : QObject(table), m_table(table), m_title(title), m_fileStem(fileStem),
      m_copy(addTableAction(table, tr("&Copy"), "copyRowsAction")),
      m_copyId(addTableAction(table, tr("Copy &ID"), "copyIdAction")),
      m_copyJson(addTableAction(table, tr("Copy as &JSON"), "copyJsonAction")),
      m_export(addTableAction(table, tr("&Export…"), "exportRowsAction")),
      m_exporter(new ItemRowsExporter(this))
{
    // Ctrl+C while the list has the focus; the menu shows the key.
    m_copy->setShortcut(QKeySequence::Copy);
    m_copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_export->setToolTip(tr("Save every row shown under the filter, in this order, as CSV or JSON"));
    auto* separator = new QAction(table);
    separator->setSeparator(true);
    table->insertAction(m_export, separator);
    table->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_copy, &QAction::triggered, this, &ItemListActions::copyRows);
    connect(m_copyId, &QAction::triggered, this, &ItemListActions::copyIds);
    connect(m_copyJson, &QAction::triggered, this, &ItemListActions::copyJson);
    connect(m_export, &QAction::triggered, this, &ItemListActions::chooseExportFile);
}

QList<int> ItemListActions::selectedSourceRows() const
{
    const QAbstractProxyModel* proxy = proxyOf(m_table);
    if (!proxy || !m_table->selectionModel())
        return {};
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    QList<int> sourceRows;
    for (const QModelIndex& row : rows)
        sourceRows.append(proxy->mapToSource(row).row());
    return sourceRows;
}

QMimeData* ItemListActions::selectionAsMimeData() const
{
    const QAbstractProxyModel* proxy = proxyOf(m_table);
    auto* mime = new QMimeData;
    if (!proxy)
        return mime;
    // The columns as the operator arranged them: visible ones, in their on-screen order.
    const QHeaderView* header = m_table->horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            columns.append(logical);
    }
    QStringList lines;
    QStringList titles;
    for (int column : columns)
        titles.append(proxy->headerData(column, Qt::Horizontal).toString());
    lines.append(titles.join(QLatin1Char('\t')));
    QJsonArray records;
    for (const QModelIndex& row : m_table->selectionModel()->selectedRows()) {
        QStringList cells;
        for (int column : columns)
            cells.append(proxy->index(row.row(), column).data().toString().simplified());
        lines.append(cells.join(QLatin1Char('\t')));
        records.append(ItemRecord::of(proxy->sourceModel(), proxy->mapToSource(row).row()).toJson());
    }
    mime->setText(lines.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    mime->setData(QStringLiteral("application/json"), QJsonDocument(records).toJson(QJsonDocument::Indented));
    return mime;
}

void ItemListActions::copyRows()
{
    if (selectedSourceRows().isEmpty())
        return;
    QApplication::clipboard()->setMimeData(selectionAsMimeData());
}

void ItemListActions::copyIds()
{
    const QAbstractProxyModel* proxy = proxyOf(m_table);
    QStringList ids;
    for (int row : selectedSourceRows())
        ids.append(ItemRecord::idAt(proxy->sourceModel(), row));
    if (!ids.isEmpty())
        QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
}

void ItemListActions::copyJson()
{
    const QAbstractProxyModel* proxy = proxyOf(m_table);
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QJsonArray records;
    for (int row : rows)
        records.append(ItemRecord::of(proxy->sourceModel(), row).toJson());
    const QJsonDocument document =
        records.size() == 1 ? QJsonDocument(records.first().toObject()) : QJsonDocument(records);
    QApplication::clipboard()->setText(QString::fromUtf8(document.toJson(QJsonDocument::Indented)));
}

void ItemListActions::chooseExportFile()
{
    SaveFileDialog::open(m_table->window(), m_title, m_fileStem + QStringLiteral(".csv"),
                         tr("CSV (*.csv);;JSON (*.json)"), QStringLiteral("exportRowsDialog"),
                         [this](const QString& path) { exportTo(path); });
}

bool ItemListActions::exportTo(const QString& path)
{
    if (m_exporter->isRunning())
        return false;
    if (!m_exporter->start(proxyOf(m_table), path, ItemRowsExporter::formatForPath(path))) {
        auto* box = new QMessageBox(QMessageBox::Warning, m_title, m_exporter->errorString(), QMessageBox::Ok,
                                    m_table->window());
        box->setObjectName(QStringLiteral("exportProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    }
    connect(
        m_exporter, &SlicedExport::finished, this,
        [this, path](bool ok) {
            const qsizetype written = m_exporter->written() - m_exporter->skippedCount();
            //: Status bar after exporting the Jobs or Workflows list. %n is the number of rows written, %1
            //: the file.
            const QString saved = tr("Saved %n row(s) to %1.", nullptr, int(written)).arg(path);
            //: Status bar when exporting a list failed. %1 is the reason.
            const QString failed = tr("The export failed: %1").arg(m_exporter->errorString());
            emit statusMessage(ok ? saved : failed, 8000);
        },
        Qt::SingleShotConnection);
    return true;
}

} // namespace dispatch
