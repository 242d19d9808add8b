// SPDX-License-Identifier: MIT
#include "gui/views/TimestampDelegate.h"

#include <QDateTime>

namespace dispatch {

QString TimestampDelegate::format(const QDateTime& time, const QLocale& locale, QDate today)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (!today.isValid())
        today = QDate::currentDate();
    if (local.date() == today)
        return local.toString(QStringLiteral("HH:mm:ss.zzz"));
    if (local.date().year() == today.year()) {
        //: A time in a list that is not today but this year, as a QDateTime format: MMM is the month's short
        //: name, d the day, HH:mm:ss the time. Order them as your language writes dates ("d. MMM HH:mm:ss").
        return locale.toString(local, tr("MMM d HH:mm:ss"));
    }
    //: A time in a list that is not this year, as a QDateTime format: MMM is the month's short name, d the
    //: day, yyyy the year, HH:mm:ss the time. Order them as your language writes dates.
    return locale.toString(local, tr("MMM d yyyy HH:mm:ss"));
}

QString TimestampDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return format(value.toDateTime(), locale);
    return CachedTextDelegate::displayText(value, locale);
}

} // namespace dispatch
