// SPDX-License-Identifier: MIT
#include "gui/views/HistoryGapDelegate.h"

#include "gui/views/StateStyle.h"
#include "session/JournalSearchModel.h"

#include <QApplication>
#include <QPainter>

namespace dispatch {

QBrush HistoryGapDelegate::holeBrush(const QPalette& palette)
{
    QColor lines = StateStyle::colours(StateStyle::Tone::Warning, palette).outline;
    lines.setAlpha(110);
    return QBrush(lines, Qt::BDiagPattern);
}

void HistoryGapDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    if (!index.data(JournalSearchModel::IsGapRole).toBool()) {
        TimestampDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem item = option;
    initStyleOption(&item, index);
    item.font.setBold(true);
    item.text.clear(); // drawn below, once (QStyledItemDelegate::paint would set it again)
    painter->save();
    // The row's own background (selection included) first, then the hatching over it, then the words.
    const QStyle* style = option.widget ? option.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &item, painter, option.widget);
    painter->fillRect(option.rect, holeBrush(option.palette));
    painter->setFont(item.font);
    const QRect text = option.rect.adjusted(6, 0, -6, 0);
    painter->setPen(option.palette.color(option.state & QStyle::State_Selected ? QPalette::HighlightedText
                                                                               : QPalette::Text));
    painter->drawText(
        text, Qt::AlignVCenter | Qt::AlignLeft,
        QFontMetrics(item.font).elidedText(index.data().toString(), Qt::ElideRight, text.width()));
    painter->restore();
}

} // namespace dispatch
