// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/TimelineEntry.h"
#include "session/JobDraft.h"

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace dispatch {

class MonitorSession;

// The commands the dialogs send, as coroutines over a session. Parameters are taken by value and the
// session by QPointer: a dialog may close, or the person connect elsewhere, while a request is out, and the
// coroutine must then neither read a dead argument nor touch a dead session (it fails with ConnectionError).
class SessionCommands
{
public:
    // The session behind `session`, or ConnectionError("not connected") once it has gone. Every command and
    // action (JobActions, DeadLetterActions, CronActions) asks anew after each co_await.
    static MonitorSession& connected(const QPointer<MonitorSession>& session);

    static QCoro::Task<QString> enqueue(QPointer<MonitorSession> session, JobDraft draft); // → job id
    // Resolves with the run id as soon as it is known. The server answers workflow.start only when the run
    // ends (dwp-protocol.md §3); the client learns the id earlier from workflow.started, and the start
    // call itself goes on in the background.
    static QCoro::Task<QString> startWorkflow(QPointer<MonitorSession> session, QString name,
                                              QByteArray input);
    static QCoro::Task<QString> publishEvent(QPointer<MonitorSession> session, QString name,
                                             QByteArray payload); // → event id
    static QCoro::Task<QList<dwp::TimelineEntry>> timeline(QPointer<MonitorSession> session, QString runId);
    // The workflow names registered on the server (REST GET /v1/workflows, §8); only where REST was found.
    static QCoro::Task<QStringList> workflowNames(QPointer<MonitorSession> session);
};

} // namespace dispatch
