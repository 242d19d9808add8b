// SPDX-License-Identifier: MIT
#pragma once

#include "session/JobActions.h"

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QPushButton;
class QWidget;

namespace dispatch {

// The confirmations of the actions on a job (dwp-protocol.md §3, §8, §11.9), each saying what the action
// really does on this server. Every one is window-modal, to be opened with open() (never exec(): a nested
// event loop could run a session switch that deletes its parent), with the safe button the default
// (DestructiveButtons) and, on a profile marked Production, a tick before the action's button is enabled.
// The caller connects `action`'s clicked() and opens `box`.
class JobActionQuestion
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::JobActionQuestion)

public:
    QMessageBox* box = nullptr; // deletes itself on close
    QPushButton* action = nullptr;

    // REST retry of a failed job (asked on Production only; elsewhere a retry needs no question).
    static JobActionQuestion retry(const QString& jobId, QWidget* parent);
    // REST guarded cancel of a pending or retrying job.
    static JobActionQuestion cancel(const QString& jobId, bool onProduction, QWidget* parent);
    // A running job: Dispatch cannot stop it; DWP's relabel offered as what it is.
    static JobActionQuestion markRunningCancelled(const QString& jobId, bool onProduction, QWidget* parent);
    // A pending or retrying job on a server without REST: DWP's relabel, with why the guarded cancel is
    // missing (`whyNoRest`, the session's limitation sentence).
    static JobActionQuestion relabelWithoutRest(const QString& jobId, const QString& whyNoRest,
                                                bool onProduction, QWidget* parent);

    // One question for an action on several jobs, naming how many; always asked. Without REST only
    // RelabelCancelled is possible, and `whyNoRest` leads its text.
    static JobActionQuestion several(JobActions::Action action, int count, const QString& whyNoRest,
                                     bool onProduction, QWidget* parent);

    // The parts every such question is built from, for the questions about other objects (dead letters):
    // a window-modal box with the safe `keepText` button the default, and on Production a tick that enables
    // the action's button.
    static JobActionQuestion make(const QString& objectName, const QString& title, const QString& question,
                                  const QString& details, const QString& actionText, const QString& keepText,
                                  QWidget* parent);
    void askForTickOnProduction(bool onProduction, const QString& tickText);
};

} // namespace dispatch
