// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QString>
#include <bitset>

namespace devserver {

// When a cron entry fires. Accepts what operators write for robfig-style crons: five fields
// (minute hour day-of-month month day-of-week, each `*`, `*/n`, `a`, `a-b`, `a-b/n` or a comma list; UTC),
// the shorthands @hourly, @daily (= @midnight), @weekly, @monthly, and `@every <n>{ms,s,m,h}`.
class CronSchedule
{
public:
    static dwp::Parsed<CronSchedule> parse(const QString& text);

    const QString& text() const { return m_text; }
    // The first firing time strictly after `unixNanos`.
    qint64 nextAfter(qint64 unixNanos) const;

private:
    bool matchesDay(qint64 daysSinceEpoch) const;

    QString m_text;
    qint64 m_everyNanos = 0; // @every; the fields below are unused then
    std::bitset<60> m_minutes;
    std::bitset<24> m_hours;
    std::bitset<32> m_daysOfMonth; // 1–31
    std::bitset<13> m_months;      // 1–12
    std::bitset<7> m_daysOfWeek;   // 0 = Sunday
    bool m_anyDayOfMonth = true;
    bool m_anyDayOfWeek = true;
};

} // namespace devserver
