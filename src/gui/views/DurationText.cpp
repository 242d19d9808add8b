// SPDX-License-Identifier: MIT
#include "gui/views/DurationText.h"

namespace dispatch {

QString DurationText::format(qint64 milliseconds)
{
    if (milliseconds < 0)
        return QStringLiteral("-") + format(-milliseconds);
    if (milliseconds < 1000)
        return tr("%1 ms").arg(milliseconds);
    if (milliseconds < 10000)
        return tr("%1 s").arg(QString::number(double(milliseconds) / 1000.0, 'f', 1));
    const qint64 seconds = milliseconds / 1000;
    if (seconds < 60)
        return tr("%1 s").arg(seconds);
    const qint64 minutes = seconds / 60;
    if (minutes < 60)
        return seconds % 60 == 0 ? tr("%1 min").arg(minutes)
                                 : tr("%1 min %2 s").arg(minutes).arg(seconds % 60);
    const qint64 hours = minutes / 60;
    if (hours < 48)
        return minutes % 60 == 0 ? tr("%1 h").arg(hours) : tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

} // namespace dispatch
