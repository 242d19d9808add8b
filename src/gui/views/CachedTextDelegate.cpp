// SPDX-License-Identifier: MIT
#include "gui/views/CachedTextDelegate.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace dispatch {

void CachedTextDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget* widget = cell.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    if (cell.text.isEmpty() || (cell.features & QStyleOptionViewItem::WrapText) ||
        cell.text.contains(QLatin1Char('\n')) || cell.text.contains(QChar::LineSeparator)) {
        style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);
        return;
    }
    // Where the style puts the text, asked while the cell still has it (an icon or check box moves it).
    const QRect textArea = textRect(cell, style);
    const QString text = cell.text;
    cell.text.clear();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    // As QCommonStyle's item text: a focus-frame margin each side, the group's Text or HighlightedText.
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = textArea.adjusted(margin, 0, -margin, 0);
    if (area.width() <= 0)
        return;
    QPalette::ColorGroup group = (cell.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    if (group == QPalette::Normal && !(cell.state & QStyle::State_Active))
        group = QPalette::Inactive;
    const QColor colour = cell.palette.color(
        group, (cell.state & QStyle::State_Selected) ? QPalette::HighlightedText : QPalette::Text);
    const QStaticText& laidOut = m_texts.line(text, cell.font, area.width(), cell.textElideMode);
    const QRect placed = QStyle::alignedRect(cell.direction, cell.displayAlignment,
                                             laidOut.size().toSize().boundedTo(area.size()), area);
    painter->save();
    painter->setPen(colour);
    painter->setFont(cell.font);
    painter->setClipRect(area, Qt::IntersectClip);
    painter->drawStaticText(placed.topLeft(), laidOut);
    painter->restore();
}

QRect CachedTextDelegate::textRect(const QStyleOptionViewItem& cell, const QStyle* style)
{
    // A cell of text alone: its text fills it (QCommonStyle's item layout). Asking the style would lay the
    // text out once more to measure it, which is the cost this delegate saves.
    constexpr auto extras = QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator;
    if (!(cell.features & extras))
        return cell.rect;
    return style->subElementRect(QStyle::SE_ItemViewItemText, &cell, cell.widget);
}

} // namespace dispatch
