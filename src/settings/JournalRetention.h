// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>
#include <chrono>

namespace dispatch {

// How much of a profile's history its journal keeps (issue 19 item 7, README "Journal"): records older than
// maxAgeDays go, and the oldest go while the journal's pages in use exceed maxMegabytes (MB of 1 048 576
// bytes). The writer prunes in the background; the ranges keep a mistyped value from emptying a journal
// (a day at least) or from meaning no limit (a terabyte at most).
struct JournalRetention
{
    static constexpr int kDefaultDays = 30;
    static constexpr int kMinimumDays = 1;
    static constexpr int kMaximumDays = 3650;
    static constexpr int kDefaultMegabytes = 2048;
    static constexpr int kMinimumMegabytes = 16;
    static constexpr int kMaximumMegabytes = 1024 * 1024;

    int maxAgeDays = kDefaultDays;
    int maxMegabytes = kDefaultMegabytes;

    std::chrono::milliseconds maxAge() const { return std::chrono::days(maxAgeDays); }
    qint64 maxBytes() const { return qint64(maxMegabytes) * 1024 * 1024; }

    friend bool operator==(const JournalRetention&, const JournalRetention&) = default;
};

} // namespace dispatch
