// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace dispatch {

// Paints a column's cells as push buttons labelled with the cell's text, for an action on each row (Retry
// on the Dead letters page). The view's clicked() on that column carries the action out; the model stays
// data-only. A cell is drawn as a disabled button while the delegate is disabled (the action is unavailable
// on this server) or while the row's `doneRole` is true (the action was carried out).
class ButtonColumnDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ButtonColumnDelegate(int doneRole, QObject* parent = nullptr);

    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    bool isClickable(const QModelIndex& index) const;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    int m_doneRole;
    bool m_enabled = true;
};

} // namespace dispatch
