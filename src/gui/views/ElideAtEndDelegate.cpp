// SPDX-License-Identifier: MIT
#include "gui/views/ElideAtEndDelegate.h"

namespace dispatch {

void ElideAtEndDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    CachedTextDelegate::initStyleOption(option, index);
    option->textElideMode = Qt::ElideRight;
}

} // namespace dispatch
