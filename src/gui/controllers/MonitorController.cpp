// SPDX-License-Identifier: MIT
#include "gui/controllers/MonitorController.h"

#include "coro/Detached.h"
#include "gui/controllers/JobActionsController.h"
#include "gui/dialogs/EnqueueJobDialog.h"
#include "gui/dialogs/OpenByIdDialog.h"
#include "gui/dialogs/PublishEventDialog.h"
#include "gui/dialogs/StartWorkflowDialog.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/views/SaveFileDialog.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "protocol/DispatchErrors.h"
#include "protocol/Methods.h"
#include "protocol/Topics.h"
#include "session/MonitorSession.h"
#include "session/RunHoles.h"
#include "session/RunWatches.h"
#include "session/SavedRun.h"
#include "session/SessionCommands.h"
#include "session/SessionHistory.h"
#include "session/WaitingStepGuess.h"

#include <QHeaderView>
#include <QMessageBox>
#include <QTableView>
#include <algorithm>

namespace dispatch {

namespace {

// A run as the session and its journal know it, for Save Run… (issue 19 item 8): the journal's record
// (read on a worker thread), then what this session fetched, which is newer; without a journal, the run's
// events still in the event log. With the holes in what was heard of it (RunHoles::ofSavedRun), so that the
// file never shows a span nobody heard as a quiet one.
QCoro::Task<SavedRun> runToSave(QPointer<MonitorSession> session, QString runId)
{
    SavedRun saved;
    saved.runId = runId;
    saved.savedAt = QDateTime::currentDateTimeUtc();
    if (session && session->history())
        saved.history = co_await session->history()->readRun(runId);
    if (!session)
        co_return saved;
    const bool eventsFromJournal = !saved.history.events.isEmpty();
    saved.server = session->client().options().connection.url.toDisplayString(QUrl::RemoveUserInfo);
    if (const auto run = session->cachedRun(runId))
        saved.history.run = *run;
    if (const auto timeline = session->cachedTimeline(runId))
        saved.history.timeline = *timeline;
    if (saved.history.events.isEmpty()) {
        session->batcher().flush();
        saved.history.events = session->eventLog().eventsWithTopic(dwp::topics::workflowTopic(runId));
    }
    saved.holes = co_await RunHoles::ofSavedRun(session, saved, eventsFromJournal);
    co_return saved;
}

// Save Run…: writes the run on a worker thread, then says where in the status bar, or why not in a box.
QCoro::Task<> saveRun(QPointer<MonitorController> controller, QPointer<QWidget> window,
                      QPointer<MonitorSession> session, QString runId, QString path)
{
    SavedRun saved = co_await runToSave(session, runId);
    if (!controller)
        co_return;
    if (saved.history.isEmpty()) {
        //: Status bar after Save Run… for a run nothing is known of. %1 is the run id.
        const QString nothing = MonitorController::tr("Nothing is known of run %1 yet: nothing was saved.");
        emit controller->statusMessage(nothing.arg(runId), 15000);
        co_return;
    }
    const qsizetype events = saved.history.events.size();
    const QString error = co_await SavedRun::save(std::move(saved), path);
    if (!controller)
        co_return;
    if (!error.isEmpty()) {
        auto* box = new QMessageBox(QMessageBox::Warning, MonitorController::tr("Save Run"), error,
                                    QMessageBox::Ok, window);
        box->setObjectName(QStringLiteral("saveRunProblem"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        co_return;
    }
    //: Status bar after Save Run…. %1 is the run id, %2 the file, %n the number of its events saved.
    const QString done = MonitorController::tr("Saved run %1 with %n event(s) to %2.", nullptr, int(events));
    emit controller->statusMessage(done.arg(runId, path), 15000);
}

// Ids of the rows a table shows right now: after a reconnect the session asks the server for these again.
QStringList visibleIds(QTableView* table, int idRole)
{
    QStringList ids;
    if (!table || !table->model())
        return ids;
    const int first = table->rowAt(0);
    if (first < 0)
        return ids;
    int last = table->rowAt(table->viewport()->height() - 1);
    if (last < 0)
        last = table->model()->rowCount() - 1;
    // A table that is not laid out (a page not shown yet) answers -1 for its bottom: without this bound the
    // whole list was read, 200 000 ids every few seconds, a 130–190 ms stall at 50 000 events/s
    // (bench_gui_stall, 2026-12-07). No more rows than the viewport can show.
    const int rowsThatFit =
        table->viewport()->height() / std::max(1, table->verticalHeader()->minimumSectionSize());
    last = std::min(last, first + rowsThatFit);
    for (int row = first; row <= last; ++row)
        ids.append(table->model()->index(row, 0).data(idRole).toString());
    return ids;
}

} // namespace

MonitorController::MonitorController(JobsPage* jobs, WorkflowsPage* workflows, EventsPage* events,
                                     QWidget* window, QObject* parent)
    : QObject(parent), m_jobs(jobs), m_workflows(workflows), m_events(events), m_window(window)
{
    connect(jobs, &JobsPage::detailsWanted, this, [this](const QString& jobId) {
        detached(openJob(jobId, false), this, "opening a job's details");
    });
    connect(jobs, &JobsPage::enqueueAgainRequested, this, &MonitorController::enqueueAgain);
    connect(jobs, &JobsPage::enqueueRequested, this, &MonitorController::showEnqueueDialog);
    connect(workflows, &WorkflowsPage::runOpened, this,
            [this](const QString& runId) { detached(openRun(runId, false), this, "opening a run"); });
    connect(workflows, &WorkflowsPage::startRequested, this, &MonitorController::showStartWorkflowDialog);
    connect(workflows->detailPanel(), &RunDetailPanel::publishEventRequested, this,
            &MonitorController::showPublishEventDialog);
    connect(workflows->detailPanel(), &RunDetailPanel::watchToggled, this, &MonitorController::setWatched);
    connect(workflows->detailPanel(), &RunDetailPanel::exportRequested, this, [this](const QString& runId) {
        SaveFileDialog::open(m_window, tr("Save Run"), runId + QStringLiteral(".json"),
                             tr("Saved runs (*.json)"), QStringLiteral("saveRunDialog"),
                             [self = QPointer<MonitorController>(this), runId](const QString& path) {
                                 if (self)
                                     detached(saveRun(self, self->m_window, self->m_session, runId, path),
                                              self, "saving a run");
                             });
    });
    connect(events, &EventsPage::openRequested, this, &MonitorController::open);
    m_visibleRowsTimer.setInterval(2000);
    connect(&m_visibleRowsTimer, &QTimer::timeout, this, &MonitorController::publishVisibleRows);
    m_visibleRowsTimer.start();
    m_jobActions = new JobActionsController(this, jobs);
    connect(m_jobActions, &JobActionsController::statusMessage, this, &MonitorController::statusMessage);
}

MonitorController::~MonitorController() = default;

void MonitorController::setSession(MonitorSession* session)
{
    if (session == m_session)
        return;
    if (m_session)
        m_session->disconnect(this);
    delete m_waitGuess;
    m_waitGuess = nullptr;
    m_session = session;
    m_jobActions->sessionChanged();
    emit sessionChanged();
    if (!session)
        return;
    m_waitGuess = new WaitingStepGuess(&session->timeline(), &session->runs(), this);
    m_waitGuess->setTimelineFetch([session = QPointer<MonitorSession>(session)](QString runId) {
        return SessionCommands::timeline(session, std::move(runId));
    });
    connect(session, &MonitorSession::runDetailsChanged, this, &MonitorController::showRunDetailsIfOpen);
    if (m_workflows)
        m_workflows->detailPanel()->setWatched(isWatched(m_workflows->detailPanel()->runId()));
}

void MonitorController::setServerEnvironment(std::optional<ServerEnvironment> environment)
{
    m_environment = environment;
    m_jobActions->setServerEnvironment(environment);
    if (m_jobs)
        m_jobs->detailPanel()->setServerEnvironment(environment);
    emit serverEnvironmentChanged();
}

MonitorSession* MonitorController::session() const
{
    return m_session;
}

bool MonitorController::isWatched(const QString& runId) const
{
    return m_session && m_session->watches().isWatched(runId);
}

bool MonitorController::isOnScreen(const QPointer<MonitorSession>& origin) const
{
    return origin && origin.data() == m_session;
}

void MonitorController::showError(const QString& title, const ErrorText& error,
                                  const QPointer<MonitorSession>& origin)
{
    if (!isOnScreen(origin))
        return;
    emit statusMessage(error.headline, 10000);
    auto* box = new QMessageBox(QMessageBox::Warning, title, error.headline, QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("errorMessage"));
    box->setInformativeText(error.detail);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open(); // window-modal, without blocking the event loop: events keep flowing behind it
}

void MonitorController::publishVisibleRows()
{
    if (!m_session || !m_jobs || !m_workflows)
        return;
    m_session->setVisibleJobs(visibleIds(m_jobs->table(), JobsModel::IdRole));
    QStringList runs = visibleIds(m_workflows->table(), WorkflowRunsModel::IdRole);
    for (const QString& runId : m_session->watches().runIds())
        runs.prepend(runId); // pinned runs first: the resync takes only the first few hundred
    m_session->setVisibleRuns(runs);
}

void MonitorController::showEnqueueDialog()
{
    openEnqueueDialog();
}

EnqueueJobDialog* MonitorController::openEnqueueDialog()
{
    auto* dialog = new EnqueueJobDialog(
        [session = m_session](JobDraft draft) { return SessionCommands::enqueue(session, std::move(draft)); },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_jobs) {
        dialog->setKnownJobNames(m_jobs->knownNames());
        dialog->setKnownQueues(m_jobs->knownQueues());
    }
    // Once the dialog closes, not per job: a series of a thousand would select (and fetch) each in turn.
    connect(dialog, &QDialog::finished, this, [this, dialog] { showEnqueued(dialog->enqueuedJobIds()); });
    dialog->open();
    return dialog;
}

void MonitorController::showEnqueued(const QStringList& jobIds)
{
    if (jobIds.isEmpty())
        return;
    // The new job is what the operator wants to see next (issue 20 item 21): selected on the Jobs page, shown
    // as "not seen yet" until its first event, and a link in the status bar to come back to it.
    const QString last = jobIds.constLast();
    open(last);
    emit statusMessageWithLink(jobIds.size() == 1
                                   //: Status bar after the Enqueue dialog. %1 is the new job's id (job_…),
                                   //: shown as a link that opens it.
                                   ? tr("Enqueued %1.").arg(last)
                                   : tr(
                                         //: Status bar after the Enqueue dialog sent several copies. %n is
                                         //: how many, %1 the last job's id (job_…), shown as a link.
                                         "Enqueued %n job(s); the last is %1.", nullptr, int(jobIds.size()))
                                         .arg(last),
                               last, 15000);
}

void MonitorController::enqueueAgain(const QString& jobId)
{
    detached(enqueueAgainAsync(jobId), this, "enqueueing a job again");
}

QCoro::Task<> MonitorController::enqueueAgainAsync(QString jobId)
{
    QPointer<MonitorController> self(this);
    const QPointer<MonitorSession> origin(m_session);
    std::optional<dwp::Job> job = m_session ? m_session->cachedJob(jobId) : std::nullopt;
    if (!job && m_session) {
        // The payload is only known from job.get.
        try {
            dwp::Job fetched = co_await m_session->fetchJob(jobId);
            job = std::move(fetched);
        } catch (...) {
            if (self)
                showError(tr("Enqueue Again"), ErrorText::describe(std::current_exception()), origin);
            co_return;
        }
    }
    if (!self || !job || !isOnScreen(origin))
        co_return;
    {
        EnqueueJobDialog* dialog = openEnqueueDialog();
        JobDraft draft;
        draft.name = job->name;
        draft.queue = job->queue;
        draft.priority = job->priority;
        draft.payloadJson = job->payload.value_or(QByteArray());
        dialog->setDraft(draft);
    }
}

void MonitorController::showStartWorkflowDialog()
{
    auto* dialog = new StartWorkflowDialog(
        [session = m_session](QString name, QByteArray input) {
            return SessionCommands::startWorkflow(session, std::move(name), std::move(input));
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_workflows)
        dialog->setKnownWorkflowNames(m_workflows->knownWorkflowNames());
    connect(dialog, &StartWorkflowDialog::runStarted, this, [this](const QString& runId) {
        //: Status bar after the Start Workflow dialog. %1 is the new workflow run's id (run_…).
        emit statusMessage(tr("Started %1").arg(runId), 5000);
        open(runId);
    });
    dialog->open();
    detached(offerRegisteredWorkflowNames(dialog), this, "reading the server's workflow names");
}

QCoro::Task<> MonitorController::offerRegisteredWorkflowNames(QPointer<StartWorkflowDialog> dialog)
{
    const QPointer<MonitorSession> session(m_session);
    if (!session) {
        dialog->setRegisteredNamesUnavailable(tr("Not connected."));
        co_return;
    }
    const AdminApiSession& admin = session->adminApi();
    if (!admin.isAvailable()) {
        dialog->setRegisteredNamesUnavailable(admin.isDetected()
                                                  ? admin.limitations().join(QLatin1Char(' '))
                                                  : tr("The server's admin API is not found yet."));
        co_return;
    }
    try {
        const QStringList names = co_await SessionCommands::workflowNames(session);
        if (dialog)
            dialog->setRegisteredWorkflowNames(names);
    } catch (...) {
        if (dialog)
            //: Under the workflow name field when GET /v1/workflows failed; %1 is the reason in words.
            dialog->setRegisteredNamesUnavailable(
                tr("The server's registered workflow names could not be read: %1")
                    .arg(ErrorText::describe(std::current_exception()).headline));
    }
}

void MonitorController::showPublishEventDialog(const QString& runId, const QString& eventName)
{
    auto* dialog = new PublishEventDialog(
        [session = m_session](QString name, QByteArray payload) {
            return SessionCommands::publishEvent(session, std::move(name), std::move(payload));
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setOnProduction(m_environment == ServerEnvironment::Production);
    dialog->setEventName(eventName);
    dialog->setOpenedFromRun(runId, eventName);
    if (m_waitGuess) {
        dialog->setWaitingRunsQuery([guess = QPointer<WaitingStepGuess>(m_waitGuess)](const QString& name) {
            return guess ? guess->runsWaitingFor(name) : QStringList();
        });
        connect(m_waitGuess, &WaitingStepGuess::waitingRunsChanged, dialog,
                &PublishEventDialog::refreshWaitingRuns);
    }
    connect(dialog, &PublishEventDialog::eventPublished, this, [this](const QString& eventId) {
        //: Status bar after the Publish Event dialog. %1 is the published event's id (evt_…).
        emit statusMessage(tr("Published %1").arg(eventId), 5000);
    });
    dialog->open();
}

void MonitorController::showOpenByIdDialog()
{
    auto* dialog = new OpenByIdDialog(m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { open(dialog->id()); });
    dialog->open();
}

void MonitorController::open(const QString& id)
{
    switch (OpenByIdDialog::kindOf(id)) {
    case OpenByIdDialog::Kind::Job:
        emit pageWanted(JobsPageIndex);
        detached(openJob(id, true), this, "opening a job by id");
        break;
    case OpenByIdDialog::Kind::Run:
        emit pageWanted(WorkflowsPageIndex);
        detached(openRun(id, true), this, "opening a run by id");
        break;
    case OpenByIdDialog::Kind::Cron:
        emit pageWanted(CronsPageIndex);
        emit cronWanted(id);
        break;
    case OpenByIdDialog::Kind::Invalid:
        //: Status bar after Open by Id. %1 is the text the operator typed.
        emit statusMessage(tr("“%1” is not a job or run id.").arg(id), 8000);
        break;
    }
}

void MonitorController::refresh(int page)
{
    if (!m_session)
        return;
    if (page == JobsPageIndex && m_jobs && !m_jobs->selectedJobId().isEmpty())
        detached(openJob(m_jobs->selectedJobId(), false), this, "refreshing a job");
    else if (page == WorkflowsPageIndex && m_workflows && !m_workflows->selectedRunId().isEmpty())
        detached(openRun(m_workflows->selectedRunId(), false), this, "refreshing a run");
    else if (page == OverviewPageIndex)
        m_session->adminApi().refreshNow();
}

QCoro::Task<> MonitorController::openJob(QString jobId, bool select)
{
    QPointer<MonitorController> self(this);
    if (select) {
        // Selecting shows the job (or "not seen yet") and asks for its details, which lands here again.
        if (m_jobs)
            m_jobs->selectJob(jobId);
        co_return;
    }
    if (!m_session)
        co_return;
    const QPointer<MonitorSession> origin(m_session);
    try {
        co_await m_session->openJob(jobId);
    } catch (const NotFoundError&) {
        // A row the server forgot is marked in the list and the panel says so (issue 20 item 6); a box
        // would be one per ghost row selected. An id nobody has seen is an error worth a box.
        if (self && origin && origin->jobs().rowOf(jobId) >= 0)
            //: Status bar. %1 is the job id (job_…).
            emit statusMessage(tr("The server no longer knows job %1; it is shown as last seen.").arg(jobId),
                               15000);
        else if (self)
            showError(tr("Open Job"), ErrorText::describe(std::current_exception()), origin);
    } catch (...) {
        if (self)
            showError(tr("Open Job"), ErrorText::describe(std::current_exception()), origin);
    }
}

QCoro::Task<> MonitorController::openRun(QString runId, bool select)
{
    QPointer<MonitorController> self(this);
    if (select) {
        // Selecting opens the run (WorkflowsPage::runOpened), which lands here again.
        if (m_workflows)
            m_workflows->selectRun(runId);
        co_return;
    }
    if (!m_session)
        co_return;
    if (m_workflows)
        m_workflows->detailPanel()->setWatched(isWatched(runId));
    const QPointer<MonitorSession> origin(m_session);
    try {
        co_await m_session->openRun(runId);
    } catch (const NotFoundError&) {
        if (self && origin && origin->runs().rowOf(runId) >= 0)
            //: Status bar. %1 is the workflow run id (wfrun_…).
            emit statusMessage(tr("The server no longer knows run %1; it is shown as last seen.").arg(runId),
                               15000);
        else if (self)
            showError(tr("Open Workflow Run"), ErrorText::describe(std::current_exception()), origin);
        co_return;
    } catch (...) {
        if (self)
            showError(tr("Open Workflow Run"), ErrorText::describe(std::current_exception()), origin);
        co_return;
    }
    if (self)
        showRunDetailsIfOpen(runId);
}

void MonitorController::showRunDetailsIfOpen(const QString& runId)
{
    if (!m_session || !m_workflows || m_workflows->detailPanel()->runId() != runId)
        return;
    if (const auto run = m_session->cachedRun(runId))
        m_workflows->detailPanel()->setRunDetails(*run);
}

void MonitorController::setWatched(const QString& runId, bool watched)
{
    if (!m_session)
        return;
    if (!watched) {
        m_session->watches().unwatch(runId);
        //: Status bar after Stop Watching. %1 is the workflow run id (run_…).
        emit statusMessage(tr("No longer watching %1").arg(runId), 4000);
        return;
    }
    if (!m_session->watches().isWatched(runId))
        detached(watchAsync(runId), this, "watching a run");
}

QCoro::Task<> MonitorController::watchAsync(QString runId)
{
    QPointer<MonitorController> self(this);
    if (!m_session)
        co_return;
    const QPointer<MonitorSession> origin(m_session);
    try {
        co_await m_session->watches().watch(runId); // pinned at once; the subscription follows
    } catch (...) {
        if (!self || !isOnScreen(origin))
            co_return;
        if (m_workflows && m_workflows->detailPanel()->runId() == runId)
            m_workflows->detailPanel()->setWatched(false);
        showError(tr("Watch Run"), ErrorText::describe(std::current_exception()), origin);
        co_return;
    }
    if (self && isOnScreen(origin))
        //: Status bar after Watch Run. %1 is the workflow run id (run_…).
        emit statusMessage(tr("Watching %1: it is followed across reconnects.").arg(runId), 5000);
}

} // namespace dispatch
