// SPDX-License-Identifier: MIT
#pragma once

#include <QStyledItemDelegate>

namespace dispatch {

// Shows times compactly: "09:24:35.118" for today (what a live monitor mostly shows, where the
// milliseconds tell events apart), "2026-11-22 17:03:09" for other days. The locale's long format would
// spend most of a column on the date.
class TimestampDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QString displayText(const QVariant& value, const QLocale& locale) const override;
    static QString format(const QDateTime& time);
};

} // namespace dispatch
