// SPDX-License-Identifier: MIT
#include "client/AdminApiCapabilities.h"

#include <QCoreApplication>
#include <QStringList>

namespace dispatch {
QStringList AdminApiCapabilities::limitations() const
{
    const QString where = baseUrl.toDisplayString();
    switch (availability) {
    case Availability::Off:
        return {AdminApiCapabilities::tr(
            "The REST admin API is switched off for this connection: no server totals, retries, dead "
            "letters or cron actions.")};
    case Availability::Unavailable:
        //: %1 the admin API's base URL, %2 the error
        return {AdminApiCapabilities::tr(
                    "This server has no admin API at %1 (%2). Server totals, retries, dead letters and cron "
                    "actions are unavailable; everything else works over DWP.")
                    .arg(where, unavailableReason)};
    case Availability::Available:
        break;
    }
    if (canList)
        return {};
    if (!listUnavailableReason.isEmpty())
        //: %1 the error of the list probe
        return {
            AdminApiCapabilities::tr(
                "This server cannot list jobs, workflow runs, dead letters or crons (%1): lists show what "
                "was seen live and what is opened by id.")
                .arg(listUnavailableReason)};
    return {AdminApiCapabilities::tr(
        "This server cannot list jobs, workflow runs, dead letters or crons (its list routes answer "
        "404, as on every Dispatch server built with forge v1.8.0): lists show what was seen live and "
        "what is opened by id.")};
}

} // namespace dispatch
