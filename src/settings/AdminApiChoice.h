// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QUrl>
#include <chrono>

namespace dispatch {

// Where a profile's REST admin API is and how the monitor talks to it (dwp-protocol.md §8). The usual
// deployment serves it on DWP's host and port under /dispatch, so that is the default; it can be mounted
// elsewhere or not at all.
struct AdminApiChoice
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AdminApiChoice)

public:
    enum class Location
    {
        Derived, // ws → http, wss → https, same host and port, /dispatch
        Custom,  // `url`
        Off,     // no REST at all: the monitor says so instead of asking
    };

    // /v1/stats lists every run on the server to count them: not more often than every 5 s, and at least
    // once an hour so that the totals never look current when they are not.
    static constexpr std::chrono::seconds kDefaultTotalsInterval{15};
    static constexpr std::chrono::seconds kMinimumTotalsInterval{5};
    static constexpr std::chrono::seconds kMaximumTotalsInterval{3600};

    Location location = Location::Derived;
    QUrl url; // Location::Custom only: everything before /v1/…
    // Dispatch's REST API has no authentication; this is for deployments that put an authenticating proxy in
    // front of it, which then sees the profile's DWP token as `Authorization: Bearer …`.
    bool sendTokenAsBearer = false;
    std::chrono::seconds totalsInterval = kDefaultTotalsInterval;

    // What is wrong with an address typed for Location::Custom, in words; empty when it is usable.
    static QString problemWithUrl(const QString& text);

    friend bool operator==(const AdminApiChoice&, const AdminApiChoice&) = default;
};

} // namespace dispatch
