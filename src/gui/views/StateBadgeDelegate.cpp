// SPDX-License-Identifier: MIT
#include "gui/views/StateBadgeDelegate.h"

#include "gui/views/StateStyle.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QtMath>

namespace dispatch {

namespace {

constexpr int kHorizontalPadding = 8;
constexpr int kVerticalPadding = 2;
constexpr int kCellMargin = 4;

} // namespace

StateBadgeDelegate::StateBadgeDelegate(QObject* parent, int stateRole, int unknownToServerRole)
    : QStyledItemDelegate(parent), m_stateRole(stateRole), m_unknownToServerRole(unknownToServerRole)
{
}

QString StateBadgeDelegate::stateAt(const QModelIndex& index) const
{
    return index.data(m_stateRole).toString();
}

QRect StateBadgeDelegate::badgeRect(const QStyleOptionViewItem& option, const QString& label) const
{
    QFont font = option.font;
    font.setWeight(QFont::DemiBold); // the label is painted in semi-bold
    const QFontMetrics metrics(font);
    // Measured from the cached line: QFontMetrics would shape the label again on every paint.
    const int width =
        qCeil(m_labels.line(label, font, 0, Qt::ElideNone).size().width()) + 2 * kHorizontalPadding;
    const int height = metrics.height() + 2 * kVerticalPadding;
    const QRect cell = option.rect.adjusted(kCellMargin, 0, -kCellMargin, 0);
    QRect badge(0, 0, qMin(width, cell.width()), qMin(height, cell.height()));
    badge.moveTopLeft(QPoint(cell.left(), cell.top() + (cell.height() - badge.height()) / 2));
    return badge;
}

void StateBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                               const QModelIndex& index) const
{
    QStyleOptionViewItem panel = option;
    initStyleOption(&panel, index);
    const QString state = stateAt(index);
    // Let the style draw selection and hover as for any cell, then put the badge on top without text.
    panel.text.clear();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &panel, painter, widget);
    if (state.isEmpty())
        return;

    const QPalette& palette = widget ? widget->palette() : option.palette;
    const StateStyle::Colours colours = StateStyle::colours(state, palette);
    const QString label = dwp::StateVocabulary::label(state);
    const QRect badge = badgeRect(option, label);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    QPainterPath path;
    const qreal radius = badge.height() / 2.0;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->fillPath(path, colours.fill);
    // A state the server can no longer confirm: still readable, visibly not current.
    const bool gone = m_unknownToServerRole >= 0 && index.data(m_unknownToServerRole).toBool();
    painter->setPen(QPen(colours.outline, 1, gone ? Qt::DashLine : Qt::SolidLine));
    painter->drawPath(path);
    painter->setPen(colours.text);
    QFont font = option.font;
    font.setWeight(QFont::DemiBold);
    font.setStrikeOut(gone);
    painter->setFont(font);
    const QStaticText& text =
        m_labels.line(label, font, badge.width() - 2 * kHorizontalPadding + 4, Qt::ElideRight);
    const QRect placed = QStyle::alignedRect(Qt::LeftToRight, Qt::AlignCenter,
                                             text.size().toSize().boundedTo(badge.size()), badge);
    painter->drawStaticText(placed.topLeft(), text);
    painter->restore();
}

QSize StateBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    QFont font = opt.font;
    font.setWeight(QFont::DemiBold);
    const QSize badge(cellWidthFor(opt.font, stateAt(index)),
                      QFontMetrics(font).height() + 2 * kVerticalPadding + 4);
    return badge.expandedTo(QStyledItemDelegate::sizeHint(option, index));
}

int StateBadgeDelegate::cellWidthFor(const QFont& font, const QString& stateName)
{
    QFont badgeFont = font;
    badgeFont.setWeight(QFont::DemiBold);
    return QFontMetrics(badgeFont).horizontalAdvance(dwp::StateVocabulary::label(stateName)) +
           2 * kHorizontalPadding + 2 * kCellMargin;
}

} // namespace dispatch
