// SPDX-License-Identifier: MIT
#include "gui/controllers/JobActionsController.h"

#include "coro/Detached.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/JobActionQuestion.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/views/ErrorText.h"
#include "session/MonitorSession.h"

#include <QMessageBox>
#include <QPushButton>

namespace dispatch {

JobActionsController::JobActionsController(MonitorController* monitor, JobsPage* jobs)
    : QObject(monitor), m_monitor(monitor), m_jobs(jobs)
{
    JobDetailPanel* panel = jobs->detailPanel();
    connect(panel, &JobDetailPanel::retryConfirmed, this, &JobActionsController::retry);
    connect(panel, &JobDetailPanel::cancelConfirmed, this, &JobActionsController::cancel);
    connect(panel, &JobDetailPanel::relabelCancelledConfirmed, this, &JobActionsController::relabelCancelled);
    connect(jobs, &JobsPage::retrySeveralRequested, this, &JobActionsController::retrySeveral);
    connect(jobs, &JobsPage::cancelSeveralRequested, this, &JobActionsController::cancelSeveral);
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
        m_jobs->setRestAvailable(false, tr("Not connected."));
        return;
    }
    const AdminApiSession& admin = session->adminApi();
    const QString whyNot = admin.isDetected() ? admin.limitations().join(QLatin1Char(' '))
                                              : tr("Looking for the server's admin API…");
    m_jobs->setRestAvailable(admin.isAvailable(), whyNot);
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

bool JobActionsController::isRestAvailable() const
{
    return m_monitor->session() && m_monitor->session()->adminApi().isAvailable();
}

void JobActionsController::retrySeveral(const QStringList& jobIds)
{
    if (isRestAvailable())
        askAboutSeveral(JobActions::Action::Retry, jobIds);
}

void JobActionsController::cancelSeveral(const QStringList& jobIds)
{
    // Without REST, DWP's relabel is what there is, asked about as such.
    askAboutSeveral(isRestAvailable() ? JobActions::Action::Cancel : JobActions::Action::RelabelCancelled,
                    jobIds);
}

void JobActionsController::askAboutSeveral(JobActions::Action action, const QStringList& jobIds)
{
    MonitorSession* session = m_monitor->session();
    if (!session || jobIds.isEmpty() || !m_jobs)
        return;
    const QString whyNoRest = session->adminApi().limitations().join(QLatin1Char(' '));
    JobActionQuestion asked = JobActionQuestion::several(
        action, int(jobIds.size()), whyNoRest, m_environment == ServerEnvironment::Production, m_jobs);
    connect(asked.action, &QPushButton::clicked, this, [this, action, jobIds] {
        detached(actOnSeveral(action, jobIds), this, "acting on several jobs");
    });
    asked.box->open();
}

QCoro::Task<> JobActionsController::actOnSeveral(JobActions::Action action, QStringList jobIds)
{
    QPointer<JobActionsController> self(this);
    const QPointer<MonitorSession> origin(m_monitor->session());
    //: Status bar while an action on several jobs is under way; %n is how many.
    emit statusMessage(tr("Working on %n job(s)…", nullptr, int(jobIds.size())), 0);
    const JobActionSummary summary = co_await JobActions::applyToEach(origin, action, jobIds);
    if (self && m_monitor->isOnScreen(origin))
        showSummary(action, summary);
}

void JobActionsController::showSummary(JobActions::Action action, const JobActionSummary& summary)
{
    const qsizetype total = summary.succeeded.size() + summary.failed.size();
    const QString text = summaryText(action, summary.succeeded.size(), total);
    emit statusMessage(text, 10000);
    QStringList failures;
    constexpr qsizetype kShown = 20; // the rest are counted: a box taller than the screen helps nobody
    for (const JobActionSummary::Failure& failure :
         summary.failed.first(std::min(kShown, summary.failed.size()))) {
        const ErrorText why = ErrorText::describe(failure.error);
        //: One line of the summary after an action on several jobs: %1 is the job id (job_…), %2 why the
        //: action failed for it, %3 the server's own words.
        failures << tr("%1: %2 %3").arg(failure.jobId, why.headline, why.detail);
    }
    if (summary.failed.size() > kShown)
        //: After the first 20 failures of an action on several jobs; %n is how many more failed.
        failures << tr("… and %n more.", nullptr, int(summary.failed.size() - kShown));
    auto* box = new QMessageBox(summary.failed.isEmpty() ? QMessageBox::Information : QMessageBox::Warning,
                                titleOf(action), text, QMessageBox::Ok, m_jobs);
    box->setObjectName(QStringLiteral("jobActionSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(failures.join(QLatin1Char('\n')));
    box->open(); // window-modal, without a nested event loop
}

QString JobActionsController::summaryText(JobActions::Action action, qsizetype done, qsizetype total)
{
    switch (action) {
    case JobActions::Action::Retry:
        //: Summary after retrying several jobs: %1 how many were retried, %n how many were selected.
        return tr("Retried %1 of %n job(s).", nullptr, int(total)).arg(done);
    case JobActions::Action::Cancel:
        //: Summary after cancelling several jobs: %1 how many were cancelled, %n how many were selected.
        return tr("Cancelled %1 of %n job(s).", nullptr, int(total)).arg(done);
    case JobActions::Action::RelabelCancelled:
        //: Summary after relabelling several jobs: %1 how many were relabelled, %n how many were selected.
        return tr("Relabelled %1 of %n job(s) as cancelled.", nullptr, int(total)).arg(done);
    }
    return {};
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
