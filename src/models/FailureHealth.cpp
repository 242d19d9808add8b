// SPDX-License-Identifier: MIT
#include "models/FailureHealth.h"

#include <QLocale>
#include <QStringList>
#include <algorithm>
#include <limits>

namespace dispatch {

namespace {

int countForPlural(qint64 count)
{
    return int(std::min<qint64>(count, std::numeric_limits<int>::max()));
}

QString percent(const FailureHealth::Tally& tally)
{
    return QLocale().toString(tally.failureRate() * 100.0, 'f', 1);
}

} // namespace

FailureHealth::Level FailureHealth::levelOf(Tally tally)
{
    const qint64 finished = tally.finished();
    // Integer comparisons, so exactly 5 % and exactly 20 % land on the documented side without rounding.
    if (finished < kMinimumFinished)
        return Level::NoData;
    if (tally.failed * 100 < kDegradedPercent * finished)
        return Level::Healthy;
    if (tally.failed * 100 < kUnhealthyPercent * finished)
        return Level::Degraded;
    return Level::Unhealthy;
}

FailureHealth FailureHealth::assess(Tally jobs, Tally runs, Basis basis)
{
    FailureHealth health;
    health.jobs = {std::max<qint64>(0, jobs.completed), std::max<qint64>(0, jobs.failed)};
    health.runs = {std::max<qint64>(0, runs.completed), std::max<qint64>(0, runs.failed)};
    health.basis = basis;
    // Level's order is NoData < Healthy < Degraded < Unhealthy: the worse judged tally names the level.
    health.level = std::max(levelOf(health.jobs), levelOf(health.runs));
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
    QStringList sentences;
    const bool server = basis == Basis::ServerTotals;
    if (level == Level::NoData && server)
        //: The Overview's health line while too little has finished. %n is the smallest number of finished
        //: jobs or workflow runs a failure rate is judged from.
        sentences.append(tr("Not enough data: the server's totals have fewer than %n finished jobs and fewer "
                            "than %n finished workflow runs.",
                            "", int(kMinimumFinished)));
    else if (level == Level::NoData)
        //: The Overview's health line while too little has finished and the server's totals are not
        //: available. %n is the smallest number of finished jobs or workflow runs a failure rate is judged
        //: from.
        sentences.append(tr("Not enough data: this monitor has seen fewer than %n jobs and fewer than %n "
                            "workflow runs finish.",
                            "", int(kMinimumFinished)));
    else if (server)
        //: The Overview's health line. %1 is the level (Healthy, Degraded, Unhealthy).
        sentences.append(tr("%1 by the server's totals.").arg(levelText()));
    else
        //: The Overview's health line, when the server's totals are not available. %1 is the level.
        sentences.append(tr("%1 by what this monitor has seen.").arg(levelText()));
    if (jobs.finished() >= kMinimumFinished)
        //: The Overview's health line. %1 is the failure rate in percent (e.g. 3.5), %Ln the number of
        //: finished jobs.
        sentences.append(tr("%1 % of %Ln finished job(s) failed.", "", countForPlural(jobs.finished()))
                             .arg(percent(jobs)));
    else if (jobs.finished() > 0)
        //: The Overview's health line, for fewer finished jobs than the level is judged from. %1 is the
        //: failure rate in percent (e.g. 33.3), %Ln the number of finished jobs.
        sentences.append(
            tr("%1 % of %Ln finished job(s) failed, too few to judge.", "", countForPlural(jobs.finished()))
                .arg(percent(jobs)));
    if (runs.finished() >= kMinimumFinished)
        //: The Overview's health line. %1 is the failure rate in percent (e.g. 3.5), %Ln the number of
        //: finished workflow runs.
        sentences.append(
            tr("%1 % of %Ln finished workflow run(s) failed.", "", countForPlural(runs.finished()))
                .arg(percent(runs)));
    else if (runs.finished() > 0)
        //: The Overview's health line, for fewer finished workflow runs than the level is judged from. %1 is
        //: the failure rate in percent (e.g. 33.3), %Ln the number of finished workflow runs.
        sentences.append(tr("%1 % of %Ln finished workflow run(s) failed, too few to judge.", "",
                            countForPlural(runs.finished()))
                             .arg(percent(runs)));
    //: The Overview's health line. %1 and %2 are the thresholds in percent.
    sentences.append(
        tr("Healthy under %1 %, degraded under %2 %.").arg(kDegradedPercent).arg(kUnhealthyPercent));
    return sentences.join(QLatin1Char(' '));
}

} // namespace dispatch
