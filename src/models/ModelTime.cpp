// SPDX-License-Identifier: MIT
#include "models/ModelTime.h"

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

} // namespace dispatch::modeltime
