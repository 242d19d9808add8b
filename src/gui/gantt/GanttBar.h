// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace dispatch {

// One step as the Gantt view draws it, read from a model row (GanttBarReader).
struct GanttBar
{
    Q_DECLARE_TR_FUNCTIONS(GanttBar)

public:
    QString label;
    QString state;
    qint64 startMs = 0;
    qint64 endMs = 0;  // for an open bar, "now" at the time the bar was read
    bool open = false; // no end yet: still running or waiting
    bool hasStart = false;
    // A finished step's duration as its model reports it (GanttFields::duration); see durationMs().
    std::optional<qint64> reportedDurationMs;
    bool reportsDuration = false; // the model has a duration field: where it has no value, none is known

    // The duration the bar's text and tooltip give: end − start while open, else the model's when it has a
    // duration field, else end − start when the start is known; nullopt where it is unknown.
    std::optional<qint64> durationMs() const;
    // The one text of that duration (dwp::DurationText), empty when unknown: the step table shows the
    // same string for the same step.
    QString durationText() const;
    QString toolTip() const; // rich text: name, state, start, end, duration
};

} // namespace dispatch
