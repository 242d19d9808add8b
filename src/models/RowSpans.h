// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <utility>

namespace dispatch {

// Turns the rows a batch touched into the few contiguous ranges a model announces with dataChanged. One
// range from the first to the last touched row would be simplest, but QSortFilterProxyModel re-examines
// every source row inside a dataChanged range, so with a million rows a batch touching row 3 and row 999 999
// would cost a full pass. Nearby rows are merged (views repaint per range anyway); past `maxSpans` ranges
// the batch is scattered enough that one range is cheaper than many signals.
class RowSpans
{
public:
    using Span = std::pair<int, int>; // first, last (inclusive)

    static QList<Span> fromRows(QList<int> rows, int mergeGap = 64, int maxSpans = 8);
};

} // namespace dispatch
