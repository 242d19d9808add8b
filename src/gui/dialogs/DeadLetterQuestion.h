// SPDX-License-Identifier: MIT
#pragma once

#include "gui/dialogs/JobActionQuestion.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace dispatch {

// The confirmations of the actions on the server's dead letters (dwp-protocol.md §8), each saying what the
// server really does, built as JobActionQuestion builds its own: window-modal (open(), never exec()), the
// safe button the default, on a profile marked Production a tick before the action's button is enabled.
// The caller connects `action`'s clicked() and opens `box`.
class DeadLetterQuestion
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::DeadLetterQuestion)

public:
    // Replay-all looks at no more than the first 1000 entries and skips replayed ones; always asked.
    static JobActionQuestion replayAll(bool onProduction, QWidget* parent);
    // Purge deletes the entries that failed more than 30 days ago; always asked.
    static JobActionQuestion purge(bool onProduction, QWidget* parent);
    // One entry replayed as a fresh job (asked on Production only, as a retry is).
    static JobActionQuestion replay(const QString& entryId, QWidget* parent);
};

} // namespace dispatch
