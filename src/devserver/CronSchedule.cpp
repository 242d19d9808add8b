// SPDX-License-Identifier: MIT
#include "devserver/CronSchedule.h"

#include <QStringList>

namespace devserver {
namespace {

constexpr qint64 kNanosPerMinute = 60LL * 1000 * 1000 * 1000;
constexpr qint64 kMinutesPerDay = 24 * 60;

// Civil date of a day count since 1970-01-01 (the proleptic Gregorian calendar, as cron uses).
void civilFromDays(qint64 days, int& month, int& dayOfMonth)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const qint64 dayOfEra = days - era * 146097;
    const qint64 yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const qint64 dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const qint64 monthIndex = (5 * dayOfYear + 2) / 153;
    dayOfMonth = int(dayOfYear - (153 * monthIndex + 2) / 5 + 1);
    month = int(monthIndex < 10 ? monthIndex + 3 : monthIndex - 9);
}

template<size_t N>
bool parseField(const QString& field, int low, int high, std::bitset<N>& bits, bool& any, QString& error)
{
    any = field == QLatin1String("*");
    for (const QString& part : field.split(QLatin1Char(','))) {
        QString range = part;
        int step = 1;
        const qsizetype slash = part.indexOf(QLatin1Char('/'));
        if (slash >= 0) {
            bool ok = false;
            step = part.mid(slash + 1).toInt(&ok);
            if (!ok || step <= 0) {
                error = QStringLiteral("bad step in \"%1\"").arg(part);
                return false;
            }
            range = part.left(slash);
        }
        int from = low;
        int to = high;
        if (range != QLatin1String("*")) {
            const qsizetype dash = range.indexOf(QLatin1Char('-'));
            bool okFrom = false;
            bool okTo = true;
            from = (dash < 0 ? range : range.left(dash)).toInt(&okFrom);
            to = dash < 0 ? (slash >= 0 ? high : from) : range.mid(dash + 1).toInt(&okTo);
            if (!okFrom || !okTo || from < low || to > high || from > to) {
                error = QStringLiteral("\"%1\" is outside %2-%3")
                            .arg(part, QString::number(low), QString::number(high));
                return false;
            }
        }
        for (int value = from; value <= to; value += step)
            bits.set(size_t(value));
    }
    return true;
}

} // namespace

dwp::Parsed<CronSchedule> CronSchedule::parse(const QString& text)
{
    using Result = dwp::Parsed<CronSchedule>;
    CronSchedule schedule;
    schedule.m_text = text.trimmed();
    QString fields = schedule.m_text;
    if (fields.startsWith(QLatin1String("@every "))) {
        const QString amount = fields.mid(7).trimmed();
        static const std::pair<const char*, qint64> kUnits[] = {
            {"ms", 1000000LL}, {"s", 1000000000LL}, {"m", kNanosPerMinute}, {"h", 60 * kNanosPerMinute}};
        for (const auto& [suffix, nanos] : kUnits) {
            if (!amount.endsWith(QLatin1String(suffix)))
                continue;
            bool ok = false;
            const qint64 count = amount.chopped(qsizetype(qstrlen(suffix))).toLongLong(&ok);
            if (ok && count > 0) {
                schedule.m_everyNanos = count * nanos;
                return schedule;
            }
        }
        return Result::failure(QStringLiteral("bad @every duration \"%1\"").arg(amount));
    }
    if (fields == QLatin1String("@hourly"))
        fields = QStringLiteral("0 * * * *");
    else if (fields == QLatin1String("@daily") || fields == QLatin1String("@midnight"))
        fields = QStringLiteral("0 0 * * *");
    else if (fields == QLatin1String("@weekly"))
        fields = QStringLiteral("0 0 * * 0");
    else if (fields == QLatin1String("@monthly"))
        fields = QStringLiteral("0 0 1 * *");

    const QStringList parts = fields.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (parts.size() != 5)
        return Result::failure(
            QStringLiteral("expected 5 fields, got %1 in \"%2\"").arg(parts.size()).arg(text));
    QString error;
    bool any = false;
    if (!parseField(parts[0], 0, 59, schedule.m_minutes, any, error) ||
        !parseField(parts[1], 0, 23, schedule.m_hours, any, error) ||
        !parseField(parts[2], 1, 31, schedule.m_daysOfMonth, schedule.m_anyDayOfMonth, error) ||
        !parseField(parts[3], 1, 12, schedule.m_months, any, error) ||
        !parseField(parts[4], 0, 6, schedule.m_daysOfWeek, schedule.m_anyDayOfWeek, error))
        return Result::failure(QStringLiteral("invalid schedule \"%1\": %2").arg(text, error));
    return schedule;
}

bool CronSchedule::matchesDay(qint64 daysSinceEpoch) const
{
    int month = 0;
    int dayOfMonth = 0;
    civilFromDays(daysSinceEpoch, month, dayOfMonth);
    if (!m_months.test(size_t(month)))
        return false;
    const int weekday = int(((daysSinceEpoch % 7) + 11) % 7); // 1970-01-01 was a Thursday (4)
    const bool domMatch = m_daysOfMonth.test(size_t(dayOfMonth));
    const bool dowMatch = m_daysOfWeek.test(size_t(weekday));
    // Classic cron: with both day fields restricted, either one matching is enough.
    if (!m_anyDayOfMonth && !m_anyDayOfWeek)
        return domMatch || dowMatch;
    return domMatch && dowMatch;
}

qint64 CronSchedule::nextAfter(qint64 unixNanos) const
{
    if (m_everyNanos > 0)
        return unixNanos + m_everyNanos;
    qint64 minute = unixNanos / kNanosPerMinute + 1; // strictly after, on a whole minute
    // Search day by day, then minute by minute within a matching day; five years covers any valid spec.
    for (int days = 0; days < 5 * 366; ++days) {
        const qint64 day = minute / kMinutesPerDay;
        if (matchesDay(day)) {
            for (qint64 m = minute % kMinutesPerDay; m < kMinutesPerDay; ++m) {
                if (m_hours.test(size_t(m / 60)) && m_minutes.test(size_t(m % 60)))
                    return (day * kMinutesPerDay + m) * kNanosPerMinute;
            }
        }
        minute = (day + 1) * kMinutesPerDay;
    }
    return unixNanos + 365LL * kMinutesPerDay * kNanosPerMinute; // e.g. "0 0 31 2 *" never matches
}

} // namespace devserver
