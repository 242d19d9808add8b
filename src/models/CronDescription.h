// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace dispatch {

// A cron entry's schedule (CronEntry::schedule, dwp-protocol.md §4: the server keeps the operator's text) as
// a sentence an operator reads at a glance: "every 5 minutes", "at 02:00 every day", "at 09:00, Monday to
// Friday". What it cannot put in words comes back as the expression itself, never as a guess: month
// restrictions, lists of times, steps with an offset, time zones (CRON_TZ=…), durations of several units.
//
// Understands the robfig-style expressions Dispatch's cron package parses: five fields (minute hour
// day-of-month month day-of-week; numbers, `*`, `*/n`, ranges, lists, day names MON–SUN), six with a leading
// seconds field when that field is 0, and the shorthands @hourly, @daily, @midnight, @weekly, @monthly,
// @yearly, @annually and `@every <n>{s,m,h}`. Times are the server's clock, whose zone it does not say.
class CronDescription
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::CronDescription)

public:
    // The sentence, or `schedule` itself (trimmed) when it cannot be described.
    static QString describe(const QString& schedule);
    // The sentence, or nothing when the schedule is not one this class can describe.
    static std::optional<QString> sentence(const QString& schedule);

private:
    static std::optional<QString> shorthand(const QString& schedule);
    static std::optional<QString> every(const QString& duration);
    static std::optional<QString> fields(const QString& minute, const QString& hour,
                                         const QString& dayOfMonth, const QString& month,
                                         const QString& dayOfWeek);
    static std::optional<QString> days(const QString& time, const QString& dayOfMonth,
                                       const QString& dayOfWeek);
};

} // namespace dispatch
