// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/ErrorText.h"
#include "settings/ServerEnvironment.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <qcoro/qcorotask.h>

class QWidget;

namespace dispatch {

class EnqueueJobDialog;
class EventsPage;
class JobActionsController;
class JobsPage;
class StartWorkflowDialog;
class MonitorSession;
class WaitingStepGuess;
class WorkflowsPage;

// What the window's pages and dialogs ask of the server, carried out over a MonitorSession: opening jobs
// and runs (also by id), enqueueing, starting workflows, publishing events, watching runs, and through its
// JobActionsController retrying, cancelling and relabelling jobs. It
// owns no widgets but the dialogs it opens; failures come back as words (ErrorText) in a message box or the
// status bar, never as a crash or a frozen window.
class MonitorController : public QObject
{
    Q_OBJECT

public:
    // The window's tabs, in order (Ctrl+1..7).
    enum Page
    {
        OverviewPageIndex,
        JobsPageIndex,
        WorkflowsPageIndex,
        EventsPageIndex,
        StatsPageIndex,
        DeadLettersPageIndex,
        CronsPageIndex
    };

    // Built once with the window's pages; setSession() points it at the session on screen.
    MonitorController(JobsPage* jobs, WorkflowsPage* workflows, EventsPage* events, QWidget* window,
                      QObject* parent = nullptr);
    ~MonitorController() override;

    // The session the commands go to (null: none, and commands do nothing). Its watched runs are its own.
    void setSession(MonitorSession* session);
    MonitorSession* session() const;
    bool isWatched(const QString& runId) const;
    WaitingStepGuess* waitingStepGuess() const { return m_waitGuess; }
    // The environment of the server profile on screen (none: an ad-hoc connection). On Production the
    // confirmations of destructive actions (cancel, publish) ask for a deliberate tick (issue 20 item 3).
    void setServerEnvironment(std::optional<ServerEnvironment> environment);
    std::optional<ServerEnvironment> serverEnvironment() const { return m_environment; }
    // Shown only while `origin`, the session the failed call went to, is still the one on screen: an error of
    // a session replaced meanwhile (its client closed at the switch) is about nothing the operator sees.
    void showError(const QString& title, const ErrorText& error, const QPointer<MonitorSession>& origin);
    bool isOnScreen(const QPointer<MonitorSession>& origin) const;

public slots:
    void showEnqueueDialog();
    void showStartWorkflowDialog();
    void showPublishEventDialog(const QString& runId = {}, const QString& eventName = {});
    void showOpenByIdDialog();
    void open(const QString& id); // a job, run or cron id
    // F5: the job or run selected on `page` asked for again, or on the Overview the server's totals.
    void refresh(int page);
    void enqueueAgain(const QString& jobId);
    void setWatched(const QString& runId, bool watched);

signals:
    // setSession() pointed the commands at another session (or none).
    void sessionChanged();
    void pageWanted(int page);
    void cronWanted(const QString& cronId); // opened by id (Ctrl+K): the Crons page looks it up
    void serverEnvironmentChanged();        // serverEnvironment(), for pages with confirmations of their own
    void statusMessage(const QString& message, int timeoutMs);
    // A status message naming a job or run the operator may want to open: `id` appears in `message` and is
    // shown as a link to it (open()).
    void statusMessageWithLink(const QString& message, const QString& id, int timeoutMs);

private:
    EnqueueJobDialog* openEnqueueDialog();
    void showEnqueued(const QStringList& jobIds);
    QCoro::Task<> openJob(QString jobId, bool select);
    QCoro::Task<> openRun(QString runId, bool select);
    QCoro::Task<> enqueueAgainAsync(QString jobId);
    QCoro::Task<> watchAsync(QString runId);
    // The Start Workflow dialog's names from GET /v1/workflows (§8), or why there are none.
    QCoro::Task<> offerRegisteredWorkflowNames(QPointer<StartWorkflowDialog> dialog);
    void showRunDetailsIfOpen(const QString& runId);
    void publishVisibleRows();

    QPointer<MonitorSession> m_session;
    QPointer<JobsPage> m_jobs;
    QPointer<WorkflowsPage> m_workflows;
    QPointer<EventsPage> m_events;
    QPointer<QWidget> m_window;
    WaitingStepGuess* m_waitGuess = nullptr;      // of the session's models, made again with each session
    JobActionsController* m_jobActions = nullptr; // retry, cancel, relabel
    QTimer m_visibleRowsTimer;
    std::optional<ServerEnvironment> m_environment;
};

} // namespace dispatch
