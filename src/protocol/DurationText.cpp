// SPDX-License-Identifier: MIT
#include "protocol/DurationText.h"

#include <QLocale>

#include <climits>

namespace dwp {

QString DurationText::format(qint64 milliseconds)
{
    if (milliseconds < 0) // the most negative value has no positive twin; one millisecond less is as good
        return QStringLiteral("-") + format(-(milliseconds + (milliseconds == LLONG_MIN ? 1 : 0)));
    if (milliseconds < 1000) {
        //: %1 is a whole number of milliseconds
        return tr("%1 ms").arg(milliseconds);
    }
    // Tenths below ten seconds, rounded first so that 9 999 ms reads "10 s", not "10.0 s" (without adding
    // to `milliseconds`, which may be the largest qint64).
    const qint64 tenths = milliseconds / 100 + (milliseconds % 100 >= 50 ? 1 : 0);
    const qint64 seconds = qMax(milliseconds / 1000, qint64(10)); // 9 950–9 999 ms rounded up to 10 s
    if (seconds < 60) {
        const QString number =
            tenths < 100 ? QLocale().toString(double(tenths) / 10.0, 'f', 1) : QString::number(seconds);
        //: %1 is a number of seconds: one decimal below ten ("1.5"), whole above
        return tr("%1 s").arg(number);
    }
    const qint64 minutes = seconds / 60;
    if (minutes < 60 && seconds % 60 == 0) {
        //: %1 is a whole number of minutes
        return tr("%1 min").arg(minutes);
    }
    if (minutes < 60) {
        //: %1 minutes and %2 seconds, whole numbers
        return tr("%1 min %2 s").arg(QString::number(minutes), QString::number(seconds % 60));
    }
    const qint64 hours = minutes / 60;
    if (hours < 48 && minutes % 60 == 0) {
        //: %1 is a whole number of hours
        return tr("%1 h").arg(hours);
    }
    if (hours < 48) {
        //: %1 hours and %2 minutes, whole numbers
        return tr("%1 h %2 min").arg(QString::number(hours), QString::number(minutes % 60));
    }
    //: %1 days and %2 hours, whole numbers
    return tr("%1 d %2 h").arg(QString::number(hours / 24), QString::number(hours % 24));
}

} // namespace dwp
