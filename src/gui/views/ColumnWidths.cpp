// SPDX-License-Identifier: MIT
#include "gui/views/ColumnWidths.h"

#include "gui/views/StateBadgeDelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace dispatch {

void ColumnWidths::fitHeaders(QTableView* table)
{
    QHeaderView* header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (!table->isColumnHidden(column))
            table->setColumnWidth(column, qMax(table->columnWidth(column), header->sectionSizeHint(column)));
    }
}

void ColumnWidths::fitStateBadges(QTableView* table, int column, const QStringList& stateNames)
{
    int widest = table->columnWidth(column);
    for (const QString& name : stateNames)
        widest = qMax(widest, StateBadgeDelegate::cellWidthFor(table->font(), name));
    table->setColumnWidth(column, widest);
}

} // namespace dispatch
