// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/TimestampDelegate.h"

#include <QBrush>

namespace dispatch {

// The history search's first column (a TimestampDelegate) and its rows that are holes in the history
// (JournalSearchModel::IsGapRole), which HistorySearchPanel spans across the row: hatched in the warning
// tone, the sentence in bold, so that at a glance a hole reads as "nothing recorded here", never as one more
// result. The Stats page hatches a hole in a chart the same way (holeBrush).
class HistoryGapDelegate : public TimestampDelegate
{
    Q_OBJECT

public:
    using TimestampDelegate::TimestampDelegate;

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

    // Diagonal lines in the warning tone, for whatever marks a hole.
    static QBrush holeBrush(const QPalette& palette);
};

} // namespace dispatch
