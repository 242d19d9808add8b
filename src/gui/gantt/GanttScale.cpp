// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttScale.h"

#include <array>

namespace dispatch {

void GanttScale::setPixelsPerSecond(double pixelsPerSecond)
{
    m_pixelsPerSecond = qBound(kMinPixelsPerSecond, pixelsPerSecond, kMaxPixelsPerSecond);
}

void GanttScale::fit(qint64 spanMs, int widthPx)
{
    const double seconds = double(qMax<qint64>(spanMs, 1000)) / 1000.0;
    setPixelsPerSecond(double(qMax(widthPx, 40)) / seconds);
}

qint64 GanttScale::tickStepMs(int minSpacingPx) const
{
    static constexpr std::array<qint64, 26> kSteps = {
        1,      2,      5,       10,      20,      50,       100,      200,     500,
        1000,   2000,   5000,    10000,   15000,   30000,    60000,    120000,  300000,
        600000, 900000, 1800000, 3600000, 7200000, 21600000, 43200000, 86400000};
    for (const qint64 step : kSteps) {
        if (toPixels(step) >= minSpacingPx)
            return step;
    }
    return kSteps.back();
}

} // namespace dispatch
