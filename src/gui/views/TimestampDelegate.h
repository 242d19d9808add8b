// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/CachedTextDelegate.h"
#include <QDate>
#include <QLocale>

namespace dispatch {

// Shows times compactly: "09:24:35.118" for today (what a live monitor mostly shows, where the
// milliseconds tell events apart), and the day with the time where it is not today, in the locale's words
// and order: "Dec 5 14:03:11", "5. Dez. 14:03:11", with the year when it is not this year (issue 20 item 14).
// The locale's long format would spend most of a column on the date.
class TimestampDelegate : public CachedTextDelegate
{
    Q_OBJECT

public:
    using CachedTextDelegate::CachedTextDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    // `today` is the local date that counts as today; the current one by default.
    static QString format(const QDateTime& time, const QLocale& locale = QLocale(), QDate today = {});
};

} // namespace dispatch
