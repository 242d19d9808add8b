// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttBar.h"

#include "gui/views/StateStyle.h"
#include "protocol/DurationText.h"
#include "protocol/StateVocabulary.h"

#include <QDateTime>

namespace dispatch {

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
             dwp::DurationText::format(durationMs()), hasStart ? clock(startMs) : tr("unknown"), end);
}

} // namespace dispatch
