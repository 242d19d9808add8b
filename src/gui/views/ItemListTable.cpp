// SPDX-License-Identifier: MIT
#include "gui/views/ItemListTable.h"

#include "gui/views/CachedTextDelegate.h"

#include <QHeaderView>
#include <QTableView>

namespace dispatch {

void ItemListTable::setUp(QTableView* table, int newestFirstColumn)
{
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // A live list repaints every batch; its texts are laid out once, not on every paint.
    table->setItemDelegate(new CachedTextDelegate(table));
    table->setSortingEnabled(true);
    if (newestFirstColumn >= 0)
        table->sortByColumn(newestFirstColumn, Qt::DescendingOrder);
    else
        table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until a header is clicked
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideMiddle); // ids share their time-ordered start; the end tells them apart
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace dispatch
