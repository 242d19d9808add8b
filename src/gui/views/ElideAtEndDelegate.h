// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/CachedTextDelegate.h"

namespace dispatch {

// Elides a column's text at its end whatever the view's mode (issue 20 item 14). The item lists elide in the
// middle so that ids, which share a time-ordered start, stay apart; an error's start says what went wrong
// ("smtp: connection refused …"), so an error column keeps its start and loses its end.
class ElideAtEndDelegate : public CachedTextDelegate
{
    Q_OBJECT

public:
    using CachedTextDelegate::CachedTextDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace dispatch
