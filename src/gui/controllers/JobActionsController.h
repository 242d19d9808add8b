// SPDX-License-Identifier: MIT
#pragma once

#include "session/JobActions.h"
#include "settings/ServerEnvironment.h"

#include <QObject>
#include <QPointer>
#include <qcoro/qcorotask.h>

namespace dispatch {

class JobsPage;
class MonitorController;
class MonitorSession;

// Carries out the actions on jobs that the Jobs page confirmed (retry, REST's guarded cancel, DWP's relabel;
// session/JobActions says what each does) over the session on screen, keeps the page told whether the
// server has REST, and reports the outcome in the status bar or, for a failure, with the server's message in
// a box (MonitorController::showError).
class JobActionsController : public QObject
{
    Q_OBJECT

public:
    JobActionsController(MonitorController* monitor, JobsPage* jobs);

    // The session on screen changed (MonitorController::setSession): follow its REST detection.
    void sessionChanged();
    // On Production the question about several jobs asks for a tick (issue 20 item 3).
    void setServerEnvironment(std::optional<ServerEnvironment> environment) { m_environment = environment; }

public slots:
    void retry(const QString& jobId);
    void cancel(const QString& jobId);
    void relabelCancelled(const QString& jobId);
    // Several jobs at once: one question naming how many, then a summary of what succeeded and what failed.
    void retrySeveral(const QStringList& jobIds);
    void cancelSeveral(const QStringList& jobIds);

signals:
    void statusMessage(const QString& message, int timeoutMs);

private:
    void showRestAvailability();
    QCoro::Task<> act(JobActions::Action action, QString jobId);
    void askAboutSeveral(JobActions::Action action, const QStringList& jobIds);
    QCoro::Task<> actOnSeveral(JobActions::Action action, QStringList jobIds);
    void showSummary(JobActions::Action action, const JobActionSummary& summary);
    static QString summaryText(JobActions::Action action, qsizetype done, qsizetype total);
    bool isRestAvailable() const;
    static QString runningText(JobActions::Action action, const QString& jobId);
    static QString doneText(JobActions::Action action, const QString& jobId);
    static QString titleOf(JobActions::Action action);

    MonitorController* m_monitor;
    QPointer<JobsPage> m_jobs;
    QPointer<MonitorSession> m_watched; // whose REST detection is followed
    std::optional<ServerEnvironment> m_environment;
};

} // namespace dispatch
