// SPDX-License-Identifier: MIT
#include "gui/views/ColumnVisibilityMenu.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QMenu>

namespace dispatch {

void ColumnVisibilityMenu::install(QHeaderView* header)
{
    if (header->property("dm_columnMenu").toBool())
        return;
    header->setProperty("dm_columnMenu", true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, header, [header](const QPoint& at) {
        QAbstractItemModel* model = header->model();
        if (!model)
            return;
        auto* menu = new QMenu(header);
        menu->setObjectName(QStringLiteral("columnMenu"));
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->setTitle(QCoreApplication::translate("ColumnVisibilityMenu", "Columns"));
        const int visible = header->count() - header->hiddenSectionCount();
        for (int column = 0; column < header->count(); ++column) {
            const QString name = model->headerData(column, header->orientation(), Qt::DisplayRole).toString();
            //: Entry of the column menu for a column without a title. %1 is the column's number, from 1.
            const QString untitled =
                QCoreApplication::translate("ColumnVisibilityMenu", "Column %1").arg(column + 1);
            QAction* action = menu->addAction(name.isEmpty() ? untitled : name);
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(column));
            action->setEnabled(header->isSectionHidden(column) || visible > 1);
            QObject::connect(action, &QAction::toggled, header,
                             [header, column](bool shown) { header->setSectionHidden(column, !shown); });
        }
        menu->popup(header->viewport()->mapToGlobal(at));
    });
}

} // namespace dispatch
