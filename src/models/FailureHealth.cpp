// SPDX-License-Identifier: MIT
#include "models/FailureHealth.h"

#include <QLocale>
#include <algorithm>
#include <limits>

namespace dispatch {

FailureHealth FailureHealth::assess(qint64 completed, qint64 failed)
{
    FailureHealth health;
    health.completed = std::max<qint64>(0, completed);
    health.failed = std::max<qint64>(0, failed);
    const qint64 finished = health.finished();
    // Integer comparisons, so exactly 5 % and exactly 20 % land on the documented side without rounding.
    if (finished == 0)
        health.level = Level::NoData;
    else if (health.failed * 100 < kDegradedPercent * finished)
        health.level = Level::Healthy;
    else if (health.failed * 100 < kUnhealthyPercent * finished)
        health.level = Level::Degraded;
    else
        health.level = Level::Unhealthy;
    return health;
}

QString FailureHealth::levelText() const
{
    switch (level) {
    case Level::NoData:
        return tr("Not enough data");
    case Level::Healthy:
        return tr("Healthy");
    case Level::Degraded:
        return tr("Degraded");
    case Level::Unhealthy:
        return tr("Unhealthy");
    }
    return {};
}

QString FailureHealth::summary() const
{
    if (level == Level::NoData)
        return tr("Not enough data: no job has completed or failed yet.");
    const QLocale locale;
    //: Tooltip of the failure health on the Overview page. %1 is the level (Healthy, Degraded, Unhealthy), %2
    //: the failure rate in percent (e.g. 3.5), %Ln the number of finished jobs, %3 and %4 the thresholds in
    //: percent.
    return tr("%1: %2 % of %Ln finished job(s) failed (healthy under %3 %, degraded under %4 %)", "",
              int(std::min<qint64>(finished(), std::numeric_limits<int>::max())))
        .arg(levelText(), locale.toString(failureRate() * 100.0, 'f', 1))
        .arg(kDegradedPercent)
        .arg(kUnhealthyPercent);
}

} // namespace dispatch
