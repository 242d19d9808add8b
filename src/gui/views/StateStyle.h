// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/StateVocabulary.h"

#include <QColor>
#include <QPalette>
#include <QString>

namespace dispatch {

// How a job, run or step state looks: the colours of its tone (dwp::StateVocabulary) in the current palette.
// One place for this, so the jobs table, the runs table and the Gantt bars agree.
class StateStyle
{
public:
    using Tone = dwp::StateTone; // what a state means; its words are in dwp::StateVocabulary

    struct Colours
    {
        QColor fill;
        QColor text;
        QColor outline;
    };

    static Colours colours(Tone tone, const QPalette& palette);
    // The colours of a state by its name (dwp::StateVocabulary); an unknown name is Neutral.
    static Colours colours(QStringView stateName, const QPalette& palette)
    {
        return colours(dwp::StateVocabulary::tone(stateName), palette);
    }
    // Whether the palette is a dark theme (dark base colour), which flips how the fills are chosen.
    static bool isDark(const QPalette& palette);
};

} // namespace dispatch
