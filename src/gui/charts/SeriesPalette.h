// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QPalette>

namespace dispatch {

// Colours for chart series that have no meaning of their own (event types, broker figures). Qt's chart
// themes repeat after five colours, so a chart of eight event types drew two pairs of lines alike; these
// ten are told apart by hue and lightness, and the line style changes when they run out.
class SeriesPalette
{
public:
    static constexpr int kColours = 10;

    // The colour of the `index`-th plain series of a chart, lighter on dark palettes.
    static QColor colour(int index, const QPalette& palette);
    // Solid for the first kColours series, then dashed, then dotted: a colour seen twice is never drawn
    // the same way twice.
    static Qt::PenStyle style(int index);
};

} // namespace dispatch
