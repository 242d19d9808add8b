// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/StaticTextCache.h"

#include <QStyledItemDelegate>

namespace dispatch {

// Paints a state ("completed", "failed", …) as a coloured, rounded badge with its label, so the state column
// reads at a glance. The model stays data-only: it returns the server's state name, the delegate decides
// how it looks (StateStyle), following the view's palette, dark themes included.
class StateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // `stateRole` is where the state name (dwp::StateVocabulary) is read from; Qt::DisplayRole by default.
    // `unknownToServerRole`: a bool role saying the server no longer knows the row's item; such a badge is
    // struck through and dashed (issue 20 item 6), the model's tooltip says why. -1: none.
    explicit StateBadgeDelegate(QObject* parent = nullptr, int stateRole = Qt::DisplayRole,
                                int unknownToServerRole = -1);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    // The badge's rectangle inside a cell, for painting and for tests that look at the colours.
    QRect badgeRect(const QStyleOptionViewItem& option, const QString& label) const;
    // The cell width the badge of state `stateName` needs in `font`, margins included.
    static int cellWidthFor(const QFont& font, const QString& stateName);

private:
    QString stateAt(const QModelIndex& index) const;

    int m_stateRole;
    int m_unknownToServerRole;
    mutable StaticTextCache m_labels; // laid out once: a live list repaints the column with every batch
};

} // namespace dispatch
