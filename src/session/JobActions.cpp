// SPDX-License-Identifier: MIT
#include "session/JobActions.h"

#include "client/AdminApiClient.h"
#include "protocol/DispatchErrors.h"
#include "session/JournalledAction.h"
#include "session/MonitorSession.h"
#include "session/SessionCommands.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace dispatch {

namespace {

Q_LOGGING_CATEGORY(lcJobActions, "dispatch.jobactions")

MonitorSession& sessionOf(const QPointer<MonitorSession>& session)
{
    return SessionCommands::connected(session);
}

// After a REST action: the server announced nothing (§8), so the job is looked up again and the row
// updated from the reply. The action itself succeeded whatever this lookup does: a failed lookup is logged,
// and the job's next event or a later opening updates the row.
QCoro::Task<> fetchAgain(QPointer<MonitorSession> session, QString jobId)
{
    if (!session)
        co_return;
    session->adminApi().refreshSoon(); // the server's totals moved by one
    try {
        co_await session->fetchJob(jobId);
    } catch (const DispatchError& error) {
        qCWarning(lcJobActions) << "fetching" << jobId << "after the action failed:" << error.message();
    }
}

} // namespace

QCoro::Task<> JobActions::retry(QPointer<MonitorSession> session, QString jobId)
{
    QCoro::Task<> call = sessionOf(session).adminApi().client().retryJob(jobId);
    co_await JournalledAction::noted(session, JournalledAction::Retry, jobId, std::move(call));
    co_await fetchAgain(session, jobId);
}

QCoro::Task<> JobActions::cancel(QPointer<MonitorSession> session, QString jobId)
{
    QCoro::Task<> call = sessionOf(session).adminApi().client().cancelJob(jobId);
    co_await JournalledAction::noted(session, JournalledAction::Cancel, jobId, std::move(call));
    co_await fetchAgain(session, jobId);
}

QCoro::Task<> JobActions::relabelCancelled(QPointer<MonitorSession> session, QString jobId)
{
    // MonitorSession marks the row itself: the reply is all there is, and a job.get would read back the
    // label only.
    QCoro::Task<dwp::CancelResult> call = sessionOf(session).cancelJob(jobId);
    co_await JournalledAction::noted(session, JournalledAction::RelabelCancelled, jobId, std::move(call));
}

QCoro::Task<> JobActions::apply(QPointer<MonitorSession> session, Action action, QString jobId)
{
    switch (action) {
    case Action::Retry:
        co_await retry(session, jobId);
        break;
    case Action::Cancel:
        co_await cancel(session, jobId);
        break;
    case Action::RelabelCancelled:
        co_await relabelCancelled(session, jobId);
        break;
    }
}

QCoro::Task<JobActionSummary> JobActions::applyToEach(QPointer<MonitorSession> session, Action action,
                                                      QStringList jobIds)
{
    JobActionSummary summary;
    for (const QString& jobId : std::as_const(jobIds)) {
        try {
            co_await apply(session, action, jobId);
            summary.succeeded.append(jobId);
        } catch (...) {
            summary.failed.append({jobId, std::current_exception()});
        }
    }
    co_return summary;
}

} // namespace dispatch
