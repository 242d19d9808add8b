// SPDX-License-Identifier: MIT
#include "gui/gantt/GanttBar.h"

#include "gui/views/DurationText.h"
#include "gui/views/StateStyle.h"

#include <QDateTime>

namespace dispatch {

QString GanttBar::toolTip() const
{
    const auto clock = [](qint64 ms) {
        return QDateTime::fromMSecsSinceEpoch(ms).toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    };
    const QString end = open ? tr("not yet") : clock(endMs);
    return tr("<b>%1</b><br>%2 for %3<br>started %4, ended %5")
        .arg(label.toHtmlEscaped(), StateStyle::label(state), DurationText::format(durationMs()),
             hasStart ? clock(startMs) : tr("unknown"), end);
}

} // namespace dispatch
