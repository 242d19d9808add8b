// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JobState.h"
#include "protocol/RunState.h"
#include "protocol/StepState.h"

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace dwp {

// What a state means at a glance, independent of colours: the GUI turns a tone into palette colours
// (StateStyle), the CLI could turn it into a terminal colour.
enum class StateTone
{
    Neutral, // pending, and any state a newer server may add
    Active,  // running
    Success, // completed
    Failure, // failed
    Warning, // retrying
    Muted,   // cancelled
    Waiting, // a workflow step waiting for an event or a timer
};

// The one table of state words for people: job, run and step states by their names (the server's for jobs
// and runs, dwp-protocol.md §4; "waiting" for steps), each with its label and tone. Models, badges, filters,
// cards, the Gantt and dispatchctl all read it, so a finished step reads "Completed" everywhere.
class StateVocabulary
{
    Q_DECLARE_TR_FUNCTIONS(StateVocabulary)

public:
    // Names are matched ignoring case and surrounding blanks. A name the table does not know (a state a newer
    // server added) is shown as sent, in the Neutral tone.
    static QString label(QStringView stateName);
    static StateTone tone(QStringView stateName);
    static bool isKnown(QStringView stateName);
    // For a job or run whose state no source has told us yet.
    static QString unknownLabel() { return tr("Unknown", "state of a job or run not yet known"); }

    static QString label(JobState state) { return label(jobStateName(state)); }
    static QString label(RunState state) { return label(runStateName(state)); }
    static QString label(StepState state) { return label(stepStateName(state)); }
    static StateTone tone(JobState state) { return tone(jobStateName(state)); }
    static StateTone tone(RunState state) { return tone(runStateName(state)); }
    static StateTone tone(StepState state) { return tone(stepStateName(state)); }
};

} // namespace dwp
