// SPDX-License-Identifier: MIT
#include "protocol/Timestamp.h"

#include <QTimeZone>
#include <chrono>

namespace dwp {
namespace {

// Days since 1970-01-01 for a proleptic Gregorian civil date (H. Hinnant's well-known algorithm).
constexpr qint64 daysFromCivil(qint64 year, unsigned month, unsigned day)
{
    year -= month <= 2 ? 1 : 0;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const auto yearOfEra = static_cast<unsigned>(year - era * 400);
    const unsigned dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const unsigned dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + static_cast<qint64>(dayOfEra) - 719468;
}

struct CivilDate
{
    qint64 year;
    unsigned month;
    unsigned day;
};

constexpr CivilDate civilFromDays(qint64 days)
{
    days += 719468;
    const qint64 era = (days >= 0 ? days : days - 146096) / 146097;
    const auto dayOfEra = static_cast<unsigned>(days - era * 146097);
    const unsigned yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
    const unsigned dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
    const unsigned mp = (5 * dayOfYear + 2) / 153;
    const unsigned day = dayOfYear - (153 * mp + 2) / 5 + 1;
    const unsigned month = mp < 10 ? mp + 3 : mp - 9;
    return {static_cast<qint64>(yearOfEra) + era * 400 + (month <= 2 ? 1 : 0), month, day};
}

constexpr bool isLeapYear(qint64 year)
{
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

constexpr unsigned daysInMonth(qint64 year, unsigned month)
{
    constexpr unsigned kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Reads `count` digits at `pos`; -1 when any of them is not a digit.
int readDigits(std::string_view text, size_t pos, size_t count)
{
    int value = 0;
    for (size_t i = pos; i < pos + count; ++i) {
        if (!isDigit(text[i]))
            return -1;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

constexpr qint64 kSecondsPerDay = 86400;

} // namespace

Timestamp Timestamp::now()
{
    const auto sinceEpoch = std::chrono::system_clock::now().time_since_epoch();
    return fromNanosSinceEpoch(std::chrono::duration_cast<std::chrono::nanoseconds>(sinceEpoch).count());
}

Timestamp Timestamp::fromNanosSinceEpoch(qint64 nanos)
{
    qint64 seconds = nanos / 1000000000;
    qint64 rest = nanos % 1000000000;
    if (rest < 0) {
        rest += 1000000000;
        --seconds;
    }
    return {seconds, static_cast<quint32>(rest)};
}

std::optional<Timestamp> Timestamp::fromUnix(qint64 seconds, quint64 nanoseconds)
{
    constexpr quint64 kNanosPerSecond = 1000000000;
    const auto carry = qint64(nanoseconds / kNanosPerSecond);
    qint64 normalised = 0;
    if (__builtin_add_overflow(seconds, carry, &normalised))
        return std::nullopt;
    return Timestamp(normalised, quint32(nanoseconds % kNanosPerSecond));
}

Timestamp Timestamp::fromDateTime(const QDateTime& dateTime)
{
    const qint64 ms = dateTime.toMSecsSinceEpoch();
    qint64 seconds = ms / 1000;
    qint64 rest = ms % 1000;
    if (rest < 0) {
        rest += 1000;
        --seconds;
    }
    return {seconds, static_cast<quint32>(rest * 1000000)};
}

Parsed<Timestamp> Timestamp::parseRfc3339(std::string_view text)
{
    const auto fail = [&text](const char* why) {
        return Parsed<Timestamp>::failure(
            QStringLiteral("ts %1 is not RFC 3339: %2")
                .arg(QString::fromUtf8(text.data(), qsizetype(text.size())), QLatin1String(why)));
    };
    if (text.size() < 20)
        return fail("too short");
    if (text[4] != '-' || text[7] != '-' || text[10] != 'T' || text[13] != ':' || text[16] != ':')
        return fail("expected YYYY-MM-DDTHH:MM:SS");
    const int year = readDigits(text, 0, 4);
    const int month = readDigits(text, 5, 2);
    const int day = readDigits(text, 8, 2);
    const int hour = readDigits(text, 11, 2);
    const int minute = readDigits(text, 14, 2);
    const int second = readDigits(text, 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 ||
        minute > 59 || second < 0 || second > 59)
        return fail("date or time field out of range");
    if (unsigned(day) > daysInMonth(year, unsigned(month)))
        return fail("day out of range");

    size_t pos = 19;
    quint32 nanos = 0;
    if (pos < text.size() && text[pos] == '.') {
        ++pos;
        const size_t fractionStart = pos;
        quint32 scale = 100000000;
        while (pos < text.size() && isDigit(text[pos])) {
            nanos += quint32(text[pos] - '0') * scale; // digits past the ninth have scale 0: truncated
            scale /= 10;
            ++pos;
        }
        if (pos == fractionStart)
            return fail("empty fraction");
    }

    qint64 offsetSeconds = 0;
    const std::string_view zone = text.substr(pos);
    if (zone != "Z") {
        if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':')
            return fail("expected Z or a ±HH:MM offset");
        const int offsetHours = readDigits(zone, 1, 2);
        const int offsetMinutes = readDigits(zone, 4, 2);
        if (offsetHours < 0 || offsetHours > 23 || offsetMinutes < 0 || offsetMinutes > 59)
            return fail("offset out of range");
        offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (zone[0] == '-' ? -1 : 1);
    }
    const qint64 seconds = daysFromCivil(year, unsigned(month), unsigned(day)) * kSecondsPerDay +
                           hour * 3600 + minute * 60 + second - offsetSeconds;
    return Timestamp(seconds, nanos);
}

QByteArray Timestamp::toRfc3339() const
{
    qint64 days = m_seconds / kSecondsPerDay;
    qint64 secondOfDay = m_seconds % kSecondsPerDay;
    if (secondOfDay < 0) {
        secondOfDay += kSecondsPerDay;
        --days;
    }
    const CivilDate date = civilFromDays(days);
    char buffer[64]; // the longest, at qint64's lowest second, is 40 bytes with its NUL
    int length = std::snprintf(buffer, sizeof buffer, "%04lld-%02u-%02uT%02d:%02d:%02d",
                               static_cast<long long>(date.year), date.month, date.day,
                               int(secondOfDay / 3600), int(secondOfDay / 60 % 60), int(secondOfDay % 60));
    if (m_nanos != 0) {
        char fraction[16];
        std::snprintf(fraction, sizeof fraction, ".%09u", m_nanos);
        int digits = 10;
        while (fraction[digits - 1] == '0')
            --digits;
        fraction[digits] = '\0';
        length += std::snprintf(buffer + length, sizeof buffer - size_t(length), "%s", fraction);
    }
    buffer[length++] = 'Z';
    return QByteArray(buffer, length);
}

qint64 Timestamp::toMSecsSinceEpoch() const
{
    constexpr qint64 kMaxSeconds = kMaxMillis / 1000;
    if (m_seconds >= kMaxSeconds)
        return kMaxMillis;
    if (m_seconds <= -kMaxSeconds)
        return -kMaxMillis;
    return m_seconds * 1000 + qint64(m_nanos / 1000000);
}

QDateTime Timestamp::toDateTime() const
{
    return QDateTime::fromMSecsSinceEpoch(toMSecsSinceEpoch(), QTimeZone::utc());
}

} // namespace dwp
