// SPDX-License-Identifier: MIT
#include "models/ModelTime.h"

#include <QCoreApplication>

namespace dispatch::modeltime {

qint64 toNanos(const dwp::Timestamp& ts)
{
    if (ts.isGoZero())
        return kUnknown;
    constexpr qint64 kMaxSeconds = std::numeric_limits<qint64>::max() / 1000000000 - 1;
    if (ts.seconds() > kMaxSeconds)
        return std::numeric_limits<qint64>::max();
    if (ts.seconds() < -kMaxSeconds)
        return kUnknown + 1; // known, but before anything we can order; still earlier than every real event
    return ts.seconds() * 1000000000 + qint64(ts.nanoseconds());
}

qint64 toMillis(const dwp::Timestamp& ts)
{
    return ts.isGoZero() ? kUnknown : ts.toMSecsSinceEpoch();
}

QVariant dateTimeVariant(qint64 millis)
{
    if (millis == kUnknown)
        return {};
    return QDateTime::fromMSecsSinceEpoch(millis, Qt::UTC);
}

QVariant localDateTimeVariant(qint64 millis)
{
    if (millis == kUnknown)
        return {};
    return QDateTime::fromMSecsSinceEpoch(millis).toLocalTime();
}

QString durationText(qint64 millis)
{
    const char* context = "dispatch::modeltime";
    if (millis < 1000)
        return QCoreApplication::translate(context, "%1 ms").arg(millis);
    if (millis < 60 * 1000)
        return QCoreApplication::translate(context, "%1 s").arg(double(millis) / 1000.0, 0, 'f', 1);
    const qint64 seconds = millis / 1000;
    if (seconds < 3600) {
        return QCoreApplication::translate(context, "%1 min %2 s")
            .arg(seconds / 60)
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    }
    return QCoreApplication::translate(context, "%1 h %2 min")
        .arg(seconds / 3600)
        .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
}

} // namespace dispatch::modeltime
