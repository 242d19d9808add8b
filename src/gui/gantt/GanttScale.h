// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QtGlobal>

namespace dispatch {

// The time axis of the Gantt view: milliseconds since the run's first step ↔ pixels. Kept apart from the
// widget so the zoom limits and tick choice can be reasoned about (and tested) without painting.
class GanttScale
{
public:
    // Between a day across ~40 px and 50 µs per pixel: beyond either end nothing useful is left to see.
    static constexpr double kMinPixelsPerSecond = 0.0005;
    static constexpr double kMaxPixelsPerSecond = 20000.0;
    static constexpr double kZoomStep = 1.5;

    double pixelsPerSecond() const { return m_pixelsPerSecond; }
    void setPixelsPerSecond(double pixelsPerSecond);

    // The scale at which `spanMs` fills `widthPx` (a span under a second is treated as a second, so a run
    // of one instant step is not blown up to microseconds).
    void fit(qint64 spanMs, int widthPx);

    double toPixels(qint64 ms) const { return double(ms) * m_pixelsPerSecond / 1000.0; }
    qint64 toMs(double px) const { return qint64(px * 1000.0 / m_pixelsPerSecond); }

    // The distance between labelled ticks: a round number of ms, s, min or h at least `minSpacingPx` apart.
    qint64 tickStepMs(int minSpacingPx) const;

private:
    double m_pixelsPerSecond = 50.0;
};

} // namespace dispatch
