// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QAction;
class QMenu;
class QMimeData;
class QTableView;

namespace dispatch {

class ItemRowsExporter;

// What an operator does with rows of the Jobs and Workflows lists besides opening them (issue 20 items 15,
// 19, 20), in the table's context menu and on its keys:
// - Copy (Ctrl+C): the selected rows as text — the visible columns in their on-screen order, tab-separated,
//   under a header line — and, in the same clipboard entry, as a JSON array (application/json);
// - Copy ID: the selected ids, one per line;
// - Copy as JSON: the selected rows as ItemRecord JSON (an object for one row, an array for several);
// - Export…: every row under the filter, in the list's order, to CSV or JSON (ItemRowsExporter, in slices).
// The table's model is a proxy over a JobsModel or a WorkflowRunsModel; it may change with the session.
class ItemListActions : public QObject
{
    Q_OBJECT

public:
    // `title` heads the export dialog ("Export Jobs"), `fileStem` names the file it suggests ("jobs").
    ItemListActions(QTableView* table, const QString& title, const QString& fileStem);

    QAction* copyAction() const { return m_copy; }
    QAction* copyIdAction() const { return m_copyId; }
    QAction* copyJsonAction() const { return m_copyJson; }
    QAction* exportAction() const { return m_export; }
    ItemRowsExporter* exporter() const { return m_exporter; }

    // The selected rows as the clipboard gets them from Copy.
    QMimeData* selectionAsMimeData() const;
    // Starts writing every row under the filter to `path` (.csv → CSV, else JSON); false when it cannot.
    bool exportTo(const QString& path);

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    QList<int> selectedSourceRows() const; // in the list's order
    void copyRows();
    void copyIds();
    void copyJson();
    void chooseExportFile();

    QTableView* m_table;
    QString m_title;
    QString m_fileStem;
    QAction* m_copy;
    QAction* m_copyId;
    QAction* m_copyJson;
    QAction* m_export;
    ItemRowsExporter* m_exporter;
};

} // namespace dispatch
