// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/StaticTextCache.h"

#include <QStyledItemDelegate>

namespace dispatch {

// Paints a cell's text from a StaticTextCache instead of laying it out again on every paint; the style still
// draws the rest of the cell (background, selection, focus, icon), and the text goes where and in the colour
// the style would put it. Text the cache cannot carry the same way falls back to the style: wrapped text and
// text with line breaks. The default delegate of the item lists (ItemListTable) and the base of the text
// delegates.
class CachedTextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    int cachedLines() const { return m_texts.size(); }

private:
    // Where the style puts the text of `cell`.
    static QRect textRect(const QStyleOptionViewItem& cell, const QStyle* style);

    mutable StaticTextCache m_texts;
};

} // namespace dispatch
