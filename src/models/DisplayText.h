// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ServerText.h"

#include <QString>

namespace dispatch {

// The display lengths the models cut server text to, in one place (issue 16 item 4): names, queues and
// errors are cut once, as they enter a model or reach a cell, so that no table, combo box or tooltip lays
// out megabytes per paint. The whole text stays wherever a detail view reads it.
struct DisplayText
{
    // A tooltip shows a few screen lines of a long text (an event's envelope, a step's data).
    static constexpr qsizetype kTooltipChars = 2000;

    static QString name(const QString& text)
    {
        return dwp::ServerText::forDisplay(text, dwp::ServerText::kDisplayNameChars);
    }
    static QString error(const QString& text)
    {
        return dwp::ServerText::forDisplay(text, dwp::ServerText::kDisplayErrorChars);
    }
};

} // namespace dispatch
