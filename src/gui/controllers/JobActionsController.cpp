// SPDX-License-Identifier: MIT
#include "gui/controllers/JobActionsController.h"

#include "coro/Detached.h"
#include "gui/controllers/MonitorController.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/views/ErrorText.h"
#include "session/MonitorSession.h"

namespace dispatch {

JobActionsController::JobActionsController(MonitorController* monitor, JobsPage* jobs)
    : QObject(monitor), m_monitor(monitor), m_jobs(jobs)
{
    JobDetailPanel* panel = jobs->detailPanel();
    connect(panel, &JobDetailPanel::retryConfirmed, this, &JobActionsController::retry);
    connect(panel, &JobDetailPanel::cancelConfirmed, this, &JobActionsController::cancel);
    connect(panel, &JobDetailPanel::relabelCancelledConfirmed, this, &JobActionsController::relabelCancelled);
    showRestAvailability();
}

void JobActionsController::sessionChanged()
{
    if (m_watched)
        m_watched->adminApi().disconnect(this);
    m_watched = m_monitor->session();
    if (m_watched)
        connect(&m_watched->adminApi(), &AdminApiSession::capabilitiesChanged, this,
                &JobActionsController::showRestAvailability);
    showRestAvailability();
}

void JobActionsController::showRestAvailability()
{
    if (!m_jobs)
        return;
    MonitorSession* session = m_monitor->session();
    if (!session) {
        m_jobs->detailPanel()->setRestAvailable(false, tr("Not connected."));
        return;
    }
    const AdminApiSession& admin = session->adminApi();
    const QString whyNot = admin.isDetected() ? admin.limitations().join(QLatin1Char(' '))
                                              : tr("Looking for the server's admin API…");
    m_jobs->detailPanel()->setRestAvailable(admin.isAvailable(), whyNot);
}

void JobActionsController::retry(const QString& jobId)
{
    detached(act(JobActions::Action::Retry, jobId), this, "retrying a job");
}

void JobActionsController::cancel(const QString& jobId)
{
    detached(act(JobActions::Action::Cancel, jobId), this, "cancelling a job over REST");
}

void JobActionsController::relabelCancelled(const QString& jobId)
{
    detached(act(JobActions::Action::RelabelCancelled, jobId), this, "relabelling a job as cancelled");
}

QCoro::Task<> JobActionsController::act(JobActions::Action action, QString jobId)
{
    QPointer<JobActionsController> self(this);
    const QPointer<MonitorSession> origin(m_monitor->session());
    if (!origin)
        co_return;
    emit statusMessage(runningText(action, jobId), 0);
    try {
        co_await JobActions::apply(origin, action, jobId);
    } catch (...) {
        if (self)
            m_monitor->showError(titleOf(action), ErrorText::describe(std::current_exception()), origin);
        co_return;
    }
    if (self && m_monitor->isOnScreen(origin))
        emit statusMessage(doneText(action, jobId), 8000);
}

QString JobActionsController::titleOf(JobActions::Action action)
{
    switch (action) {
    case JobActions::Action::Retry:
        return tr("Retry Job");
    case JobActions::Action::Cancel:
    case JobActions::Action::RelabelCancelled:
        return tr("Cancel Job");
    }
    return {};
}

QString JobActionsController::runningText(JobActions::Action action, const QString& jobId)
{
    switch (action) {
    case JobActions::Action::Retry:
        //: Status bar while the retry request is on its way. %1 is the job id (job_…).
        return tr("Retrying %1…").arg(jobId);
    case JobActions::Action::Cancel:
        //: Status bar while the cancel request is on its way. %1 is the job id (job_…).
        return tr("Cancelling %1…").arg(jobId);
    case JobActions::Action::RelabelCancelled:
        //: Status bar while the relabel request is on its way. %1 is the job id (job_…).
        return tr("Relabelling %1 as cancelled…").arg(jobId);
    }
    return {};
}

QString JobActionsController::doneText(JobActions::Action action, const QString& jobId)
{
    switch (action) {
    case JobActions::Action::Retry:
        //: Status bar after a retry. %1 is the job id (job_…).
        return tr("%1 is pending again and will run once a worker takes it.").arg(jobId);
    case JobActions::Action::Cancel:
        //: Status bar after REST's guarded cancel. %1 is the job id (job_…).
        return tr("%1 is cancelled and will not run.").arg(jobId);
    case JobActions::Action::RelabelCancelled:
        //: Status bar after DWP's cancel: the server only relabels the job. %1 is the job id (job_…).
        return tr("%1 is now labelled cancelled.").arg(jobId);
    }
    return {};
}

} // namespace dispatch
