// SPDX-License-Identifier: MIT
#include "models/RowSpans.h"

#include <algorithm>

namespace dispatch {

QList<RowSpans::Span> RowSpans::fromRows(QList<int> rows, int mergeGap, int maxSpans)
{
    QList<Span> spans;
    if (rows.isEmpty())
        return spans;
    std::sort(rows.begin(), rows.end());
    Span current{rows.first(), rows.first()};
    for (const int row : std::as_const(rows)) {
        if (row - current.second > mergeGap + 1) {
            spans.append(current);
            current = {row, row};
        } else {
            current.second = std::max(current.second, row);
        }
    }
    spans.append(current);
    if (spans.size() > maxSpans)
        return {Span{spans.first().first, spans.last().second}};
    return spans;
}

} // namespace dispatch
