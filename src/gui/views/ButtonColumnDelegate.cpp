// SPDX-License-Identifier: MIT
#include "gui/views/ButtonColumnDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOptionButton>

namespace dispatch {

ButtonColumnDelegate::ButtonColumnDelegate(int doneRole, QObject* parent)
    : QStyledItemDelegate(parent), m_doneRole(doneRole)
{
}

bool ButtonColumnDelegate::isClickable(const QModelIndex& index) const
{
    return m_enabled && index.isValid() && !index.data(m_doneRole).toBool();
}

void ButtonColumnDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                 const QModelIndex& index) const
{
    QStyleOptionButton button;
    button.rect = option.rect.adjusted(2, 2, -2, -2);
    button.text = index.data(Qt::DisplayRole).toString();
    button.state = QStyle::State_Raised;
    if (isClickable(index))
        button.state |= QStyle::State_Enabled;
    button.palette = option.palette;
    button.fontMetrics = option.fontMetrics;
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(index.data(m_doneRole).toBool() ? QStyle::CE_PushButtonLabel : QStyle::CE_PushButton,
                       &button, painter, widget);
}

QSize ButtonColumnDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString text = index.data(Qt::DisplayRole).toString();
    return option.fontMetrics.size(Qt::TextSingleLine, text) + QSize(24, 8);
}

} // namespace dispatch
