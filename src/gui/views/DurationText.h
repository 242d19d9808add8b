// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// Durations for people: "850 ms", "1.2 s", "2 min 5 s", "1 h 3 min". Precision shrinks as the value grows,
// because nobody reads milliseconds off an hour-long run.
class DurationText
{
    Q_DECLARE_TR_FUNCTIONS(DurationText)

public:
    static QString format(qint64 milliseconds);
};

} // namespace dispatch
