// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/AdminStats.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <optional>

namespace dispatch {

// What the REST admin API of one server offers, as AdminApiClient::detect() found it (dwp-protocol.md §8):
// `GET /v1/stats` says whether it is there at all, one list route tried once whether the server can list
// (the real server cannot: forge v1.8.0 never registers the list routes, so they answer 404).
struct AdminApiCapabilities
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AdminApiCapabilities)

public:
    enum class Availability
    {
        Off,         // no base URL configured
        Available,   // /v1/stats answered with the store's totals
        Unavailable, // nothing, or not the admin API, answers at the base URL
    };

    Availability availability = Availability::Off;
    QUrl baseUrl;
    QString unavailableReason; // the error that made it unavailable
    bool canList = false;
    QString listUnavailableReason; // why listing failed, when the probe failed for another reason than 404
    std::optional<dwp::AdminStats> stats; // the totals the detection request brought back

    bool isAvailable() const { return availability == Availability::Available; }

    // Every limitation in words for the operator, e.g. "This server has no admin API at …" or
    // "This server cannot list jobs, workflow runs, dead letters or crons …"; empty when nothing is missing.
    QStringList limitations() const;
};

} // namespace dispatch
