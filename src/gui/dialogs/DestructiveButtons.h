// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

class QCheckBox;
class QPushButton;
class QWidget;

namespace dispatch {

// How every confirmation of an action that cannot be taken back (relabelling a job as cancelled, publishing
// an event that resumes a run) treats its buttons (issue 20 item 3): Return and Enter press the safe button,
// which has the focus; the destructive button never becomes the default, not even while it has the focus,
// so only a click on it (or Space once it is focused) carries the action out.
namespace DestructiveButtons {

void makeSafeTheDefault(QPushButton* safe, QPushButton* destructive);

// The deliberate step a server profile marked Production asks for: an unticked checkbox that says what is
// about to happen, to be ticked before the destructive button is enabled. A checkbox rather than typing the
// item's id: ids are 30-character TypeIDs an operator would paste from the title anyway, while a tick is a
// second, separate click that neither Return nor a hurried double-click on the button gives.
QCheckBox* productionCheckBox(const QString& text, QWidget* parent);

} // namespace DestructiveButtons

} // namespace dispatch
