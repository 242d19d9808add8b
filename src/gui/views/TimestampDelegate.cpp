// SPDX-License-Identifier: MIT
#include "gui/views/TimestampDelegate.h"

#include <QDateTime>

namespace dispatch {

QString TimestampDelegate::format(const QDateTime& time)
{
    if (!time.isValid())
        return {};
    const QDateTime local = time.toLocalTime();
    if (local.date() == QDate::currentDate())
        return local.toString(QStringLiteral("HH:mm:ss.zzz"));
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString TimestampDelegate::displayText(const QVariant& value, const QLocale& locale) const
{
    if (value.metaType().id() == QMetaType::QDateTime)
        return format(value.toDateTime());
    return QStyledItemDelegate::displayText(value, locale);
}

} // namespace dispatch
