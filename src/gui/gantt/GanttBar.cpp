// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttBar.h"

#include "gui/views/StateStyle.h"
#include "protocol/DurationText.h"
#include "protocol/StateVocabulary.h"

#include <QDateTime>

namespace dispatch {

std::optional<qint64> GanttBar::durationMs() const
{
    if (open)
        return endMs - startMs; // open bars grow until now, whatever a model says
    if (reportsDuration)
        return reportedDurationMs;
    if (!hasStart)
        return std::nullopt;
    return endMs - startMs;
}

QString GanttBar::durationText() const
{
    const std::optional<qint64> duration = durationMs();
    return duration ? dwp::DurationText::format(*duration) : QString();
}

QString GanttBar::toolTip() const
{
    const auto clock = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    };
    const QString end = open ? tr("not yet") : clock(endMs);
    //: Tooltip of a step's bar in the workflow run's Gantt chart (rich text). %1 is the step name, %2 its
    //: state (e.g. Running), %3 its duration (e.g. 3 min 5 s), %4 the start time (HH:mm:ss.zzz) or "unknown",
    //: %5 the end time or "not yet".
    return tr("<b>%1</b><br>%2 for %3<br>started %4, ended %5")
        .arg(label.toHtmlEscaped(), dwp::StateVocabulary::label(state),
             durationMs() ? durationText() : tr("unknown"), hasStart ? clock(startMs) : tr("unknown"), end);
}

} // namespace dispatch
