// SPDX-License-Identifier: MIT
#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QPalette>
#include <QString>

namespace dispatch {

// How a job, run or step state looks: its label for people and its colours in the current palette. One
// place for this, so the jobs table, the runs table and the Gantt bars agree.
class StateStyle
{
    Q_DECLARE_TR_FUNCTIONS(StateStyle)

public:
    enum class Tone
    {
        Neutral, // pending, and any state a newer server may add
        Active,  // running
        Success, // completed
        Failure, // failed
        Warning, // retrying
        Muted,   // cancelled
        Waiting  // a workflow step waiting for an event or a timer
    };

    struct Colours
    {
        QColor fill;
        QColor text;
        QColor outline;
    };

    // The server's state names (dwp-protocol.md §4) plus "waiting" for steps; unknown names are Neutral.
    static Tone toneOf(const QString& state);
    static QString
    label(const QString& state); // "Completed"; an unknown state is shown as the server sent it
    static Colours colours(Tone tone, const QPalette& palette);
    static Colours colours(const QString& state, const QPalette& palette)
    {
        return colours(toneOf(state), palette);
    }
    // Whether the palette is a dark theme (dark base colour), which flips how the fills are chosen.
    static bool isDark(const QPalette& palette);
};

} // namespace dispatch
