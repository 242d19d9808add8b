// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <Qt>

namespace dispatch {

// Where TimelineGanttView finds a step's label, start, end and state in a model: a column and a role each,
// so it can read a table model with one column per field or a list model with one role per field.
// Start and end may be QDateTime or milliseconds since the epoch; an invalid end means the step is still
// going (running, or waiting for an event or a timer), and its bar grows until "now".
struct GanttFields
{
    struct Field
    {
        int column = 0;
        int role = Qt::DisplayRole;
    };

    Field label{0, Qt::DisplayRole};
    Field start{1, Qt::EditRole};
    Field end{2, Qt::EditRole};
    Field state{3, Qt::EditRole}; // a state name of dwp::StateVocabulary: "completed", "waiting", …
    // Optional (column -1: none): a finished step's duration in milliseconds as the model reports it, so the
    // bar says what the model's own table says (issue 20 item 10); without it, end − start.
    Field duration{-1, Qt::EditRole};
};

} // namespace dispatch
