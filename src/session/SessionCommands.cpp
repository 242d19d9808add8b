// SPDX-License-Identifier: MIT
#include "session/SessionCommands.h"

#include "client/AdminApiClient.h"
#include "coro/CoroutineWakeup.h"
#include "coro/Detached.h"
#include "protocol/DispatchErrors.h"
#include "session/JournalledAction.h"
#include "session/MonitorSession.h"

#include <QCoreApplication>
#include <memory>

namespace dispatch {

namespace {

DispatchClient& clientOf(const QPointer<MonitorSession>& session)
{
    return SessionCommands::connected(session).client();
}

// Shared between the start call running in the background and the coroutine waiting for the run id.
struct RunIdWait
{
    QString runId;
    std::exception_ptr error;
    bool settled = false;
    CoroutineWakeup wakeup;

    void settle(const QString& id, std::exception_ptr failure, const std::shared_ptr<RunIdWait>& self)
    {
        if (settled)
            return;
        settled = true;
        runId = id;
        error = std::move(failure);
        // Wake the waiter from the event loop, not from inside the client's event routing that called us:
        // the waiter goes on to open the run, which sends requests.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [self] { self->wakeup.wake(); }, Qt::QueuedConnection);
    }
};

QCoro::Task<> runStart(QPointer<MonitorSession> session, QString name, QByteArray input,
                       std::shared_ptr<RunIdWait> wait)
{
    try {
        DispatchClient& client = clientOf(session);
        auto onRunIdKnown = [wait](const QString& runId) { wait->settle(runId, {}, wait); };
        const dwp::WorkflowStartResult result =
            co_await client.startWorkflow(std::move(name), std::move(input), std::move(onRunIdKnown));
        wait->settle(result.runId, {}, wait);
    } catch (...) {
        wait->settle({}, std::current_exception(), wait);
    }
}

} // namespace

MonitorSession& SessionCommands::connected(const QPointer<MonitorSession>& session)
{
    if (!session)
        throw ConnectionError(QCoreApplication::translate("dispatch::SessionCommands", "not connected"));
    return *session;
}

QCoro::Task<QString> SessionCommands::enqueue(QPointer<MonitorSession> session, JobDraft draft)
{
    DispatchClient& client = clientOf(session);
    EnqueueOptions options;
    options.queue = draft.queue;
    options.priority = draft.priority;
    QCoro::Task<dwp::EnqueueResult> call = client.enqueue(draft.name, draft.payloadJson, options);
    const dwp::EnqueueResult result =
        co_await JournalledAction::noted(session, JournalledAction::Enqueue, draft.name, std::move(call));
    co_return result.jobId;
}

QCoro::Task<QString> SessionCommands::startWorkflow(QPointer<MonitorSession> session, QString name,
                                                    QByteArray input)
{
    auto wait = std::make_shared<RunIdWait>();
    const QString workflow = name;
    // Goes on until the run ends, long after this call has its run id.
    detached(runStart(session, std::move(name), std::move(input), wait), session.data(),
             "starting a workflow");
    if (!wait->settled)
        co_await wait->wakeup.wait();
    if (wait->error) {
        JournalledAction::note(session, JournalledAction::StartWorkflow, workflow, false,
                               DispatchError::fromExceptionPtr(wait->error).message());
        std::rethrow_exception(wait->error);
    }
    JournalledAction::note(session, JournalledAction::StartWorkflow, workflow, true, wait->runId);
    co_return wait->runId;
}

QCoro::Task<QString> SessionCommands::publishEvent(QPointer<MonitorSession> session, QString name,
                                                   QByteArray payload)
{
    DispatchClient& client = clientOf(session);
    QCoro::Task<dwp::EventPublishResult> call = client.publishEvent(name, payload);
    const dwp::EventPublishResult result =
        co_await JournalledAction::noted(session, JournalledAction::PublishEvent, name, std::move(call));
    co_return result.eventId;
}

QCoro::Task<QList<dwp::TimelineEntry>> SessionCommands::timeline(QPointer<MonitorSession> session,
                                                                 QString runId)
{
    SessionCommands::connected(session);
    co_return co_await session->fetchTimeline(std::move(runId));
}

QCoro::Task<QStringList> SessionCommands::workflowNames(QPointer<MonitorSession> session)
{
    SessionCommands::connected(session);
    co_return co_await session->adminApi().client().workflowNames();
}

} // namespace dispatch
