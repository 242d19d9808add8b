// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dwp {

// Durations for people: "850 ms", "1.2 s", "30 s", "2 min 5 s", "1 h 3 min", "2 d 3 h". Precision shrinks as
// the value grows, because nobody reads milliseconds off an hour-long run. The one formatter of durations, so
// a step's row in a table and its Gantt bar say the same thing. Units are translatable; the decimal separator
// follows the default QLocale.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static QString format(qint64 milliseconds);
};

} // namespace dwp
