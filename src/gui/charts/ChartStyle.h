// SPDX-License-Identifier: MIT
#pragma once

#include <QPalette>

class QChart;

namespace dispatch {

// Makes a chart look like the rest of the window: Qt Charts' dark theme when the palette is dark
// (StateStyle::isDark), the light one otherwise, and then the palette's own window colour and text, so the
// chart does not sit as a white box in a dark window or the other way round.
class ChartStyle
{
public:
    static void apply(QChart* chart, const QPalette& palette);
};

} // namespace dispatch
