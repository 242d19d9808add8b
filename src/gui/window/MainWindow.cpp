// SPDX-License-Identifier: MIT
#include "gui/window/MainWindow.h"
#include "gui/views/PanelScrollArea.h"
#include "gui/window/ServerAccessGate.h"
#include "protocol/Methods.h"
#include "session/ServerAccess.h"

#include "coro/Detached.h"
#include "gui/controllers/DeadLettersController.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/ConnectDialog.h"
#include "gui/dialogs/PlainTextTokenPrompt.h"
#include "gui/pages/CronsPage.h"
#include "gui/pages/DeadLettersPage.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/StatsPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/views/ItemListActions.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/EventRateMeter.h"
#include "gui/window/HelpMenu.h"
#include "gui/window/HistoryBanner.h"
#include "gui/window/SavedRunWindow.h"
#include "gui/window/StatusLinkLabel.h"
#include "gui/window/StatusMessages.h"
#include "models/CronsModel.h"
#include "models/EventLogModel.h"
#include "models/JobsModel.h"
#include "models/OverviewCounts.h"
#include "models/StatsHistory.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/MonitorSession.h"
#include "session/PlainTextTokenQuestion.h"
#include "session/SessionHost.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QScreen>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>
#include <QVBoxLayout>
#include <functional>

namespace dispatch {

// Empty models for the pages before the first session and after the host closed it.
struct MainWindow::IdleModels
{
    JobsModel jobs;
    WorkflowRunsModel runs;
    OverviewCounts overview{&jobs, &runs};
    EventLogModel eventLog;
    TimelineModel timeline;
    StatsHistory statsHistory;
    CronsModel crons;
};

MainWindow::MainWindow(QWidget* parent) : MainWindow(nullptr, parent) {}

MainWindow::MainWindow(SessionHost* host, QWidget* parent)
    : QMainWindow(parent), m_host(host ? host : new SessionHost(this)),
      m_idle(std::make_unique<IdleModels>()), m_connectionBar(new ConnectionBar(this)),
      m_pages(new QTabWidget(this)), m_rateMeter(new EventRateMeter(this)), m_rateLabel(new QLabel(this)),
      m_gapLabel(new QLabel(this)), m_statusLink(new StatusLinkLabel(this)),
      m_messages(new StatusMessages(statusBar(), this))
{
    setWindowTitle(tr("Dispatch Monitor"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setDocumentMode(true);
    m_rateLabel->setObjectName(QStringLiteral("eventRate"));
    m_gapLabel->setObjectName(QStringLiteral("connectionGap"));
    m_gapLabel->setVisible(false);
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_connectionBar);
    m_accessGate = new ServerAccessGate(central, this);
    layout->addWidget(m_accessGate->banner());
    layout->addWidget(new HistoryBanner(central)); // found by type in showSession
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addWidget(m_statusLink, 1);
    statusBar()->addPermanentWidget(m_gapLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    m_rateLabel->setText(tr("0 events/s"));
    connect(m_rateMeter, &EventRateMeter::rateChanged, this, [this](double rate) {
        // In the window's locale, as the Overview's cards show it ("9,5" in German).
        m_rateLabel->setText(
            //: Event rate in the status bar. %1 is the number of events per second (e.g. 9.5).
            tr("%1 events/s")
                .arg(rate < 10 ? locale().toString(rate, 'f', 1) : locale().toString(qRound64(rate))));
    });
    connect(m_connectionBar, &ConnectionBar::connectRequested, this, &MainWindow::showConnectDialog);
    buildPages();
    createMenus();
    connect(m_host, &SessionHost::sessionReplaced, this, &MainWindow::onSessionReplaced);
    connect(m_host, &SessionHost::plainTextTokenQuestion, this, &MainWindow::answer);
    connect(m_host, &SessionHost::connectFailed, this,
            [this](const QString& key, const QString& message, int code) {
                if (key != kSessionKey)
                    return;
                //: Status bar when the server refused the token. %1 is the server's message (English).
                const QString rejected = tr("The server rejected the token: %1").arg(message);
                //: Status bar when connecting failed. %1 is the reason.
                const QString failed = tr("Could not connect: %1").arg(message);
                // Stays until the session connects, tries anew or is replaced (issue 20 item 7).
                m_messages->show(code == 401 ? rejected : failed, 0,
                                 StatusMessages::Scope::ConnectionAttempt);
            });
    connect(m_host, &SessionHost::verifyingReplacement, this, &MainWindow::showReplacementTried);
    connect(m_host, &SessionHost::replacementFailed, this, &MainWindow::showReplacementFailed);
    if (MonitorSession* current = m_host->session(kSessionKey))
        showSession(current);
    fitToScreen();
}

// The first window (WindowStateKeeper puts back a saved geometry over this) takes up to 1280×800 of the
// screen it opens on, and never more than 90 % of its available area: a fixed 1280×800 put the window's
// bottom and right off-screen at scale 2 on 1920×1080, where 960×540 are available (issue 20 item 17).
void MainWindow::fitToScreen()
{
    const QScreen* shownOn = screen();
    if (!shownOn) {
        resize(1280, 800);
        return;
    }
    const QRect available = shownOn->availableGeometry();
    resize(QSize(1280, 800).boundedTo(available.size() * 0.9).expandedTo(minimumSizeHint()));
    move(available.center() - rect().center());
}

MainWindow::~MainWindow()
{
    // The pages let go of the session's models, which the host may delete at any time from now on, and go
    // while the idle models they then show still exist.
    m_host->disconnect(this);
    disconnectStatus(session());
    showSession(nullptr);
    // The controller goes before the host, a child deleted after this body: a session's client fails the
    // calls still waiting when it goes, which resumed the controller's coroutines (openJob → showError →
    // statusMessage) into this window half destroyed (gui_tst_dashboard_window crashed 3 runs in 4). The
    // coroutines hold the controller by QPointer and stop once it is gone.
    delete m_controller;
    m_controller = nullptr;
    delete takeCentralWidget();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Connect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::showConnectDialog);
    m_reconnectAction = file->addAction(tr("&Reconnect Now"), QKeySequence(Qt::CTRL | Qt::Key_R), this,
                                        &MainWindow::reconnectNow);
    m_reconnectAction->setObjectName(QStringLiteral("reconnectNowAction"));
    m_reconnectAction->setToolTip(tr("Try to connect at once instead of waiting for the next attempt"));
    m_disconnectAction = file->addAction(tr("&Disconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D),
                                         this, &MainWindow::disconnectFromServer);
    m_disconnectAction->setObjectName(QStringLiteral("disconnectAction"));
    m_disconnectAction->setToolTip(tr("Close the connection and stay disconnected until Reconnect Now"));
    m_connectionBar->addConnectionActions(m_reconnectAction, m_disconnectAction);
    updateConnectionActions();
    file->addSeparator();
    // A run saved with the run panel's Save Run…, shown offline in a window of its own (issue 19 item 8).
    QAction* openSaved =
        file->addAction(tr("Open &Saved Run…"), this, [this] { SavedRunWindow::chooseAndOpen(this); });
    openSaved->setObjectName(QStringLiteral("openSavedRunAction"));
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    m_viewMenu = view;
    const QStringList names = {tr("&Overview"), tr("&Jobs"),         tr("&Workflows"), tr("&Events"),
                               tr("&Stats"),    tr("&Dead Letters"), tr("&Crons")};
    for (int page = 0; page < names.size(); ++page) {
        QAction* action = view->addAction(names[page], this, [this, page] { setCurrentPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }
    view->addSeparator();
    //: View menu: puts the cursor in the search field of the page on screen (Ctrl+F).
    QAction* search = view->addAction(tr("Search &This Page"), this, &MainWindow::focusPageSearch);
    search->setObjectName(QStringLiteral("searchPageAction"));
    search->setShortcut(QKeySequence::Find);
    // Overview and Stats have nothing to search: the action is off there rather than doing nothing.
    const auto followPage = [this, search] { search->setEnabled(searchFieldOnScreen() != nullptr); };
    connect(m_pages, &QTabWidget::currentChanged, search, followPage);
    followPage();

    // Actions go through the controller, which sends them to the session on screen.
    QMenu* actions = menuBar()->addMenu(tr("&Actions"));
    QAction* openById =
        actions->addAction(tr("&Open by ID…"), m_controller, &MonitorController::showOpenByIdDialog);
    openById->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    openById->setObjectName(QStringLiteral("openByIdAction"));
    actions->addSeparator();
    QAction* enqueue =
        actions->addAction(tr("&Enqueue Job…"), m_controller, &MonitorController::showEnqueueDialog);
    enqueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* start =
        actions->addAction(tr("&Start Workflow…"), m_controller, &MonitorController::showStartWorkflowDialog);
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* publish = actions->addAction(tr("&Publish Event…"), m_controller,
                                          [this] { m_controller->showPublishEventDialog(); });
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    // Offline or short of a scope they are greyed out, and the tooltip says why.
    actions->setToolTipsVisible(true);
    m_accessGate->addAction(enqueue, dwp::methods::JobEnqueue);
    m_accessGate->addAction(start, dwp::methods::WorkflowStart);
    m_accessGate->addAction(publish, dwp::methods::WorkflowEvent);
    m_accessGate->addButton(m_jobsPage->enqueueButton(), dwp::methods::JobEnqueue);
    m_accessGate->addButton(m_workflowsPage->startButton(), dwp::methods::WorkflowStart);
    enqueue->setObjectName(QStringLiteral("enqueueJobAction"));
    start->setObjectName(QStringLiteral("startWorkflowAction"));
    publish->setObjectName(QStringLiteral("publishEventAction"));
    actions->addSeparator();
    //: Actions menu (F5): asks the server again for the job or run selected on the page, or for the
    //: Overview's totals.
    QAction* refresh = actions->addAction(tr("&Refresh"), this, [this] {
        // The Dead letters page asks the admin API itself, as its own Refresh button does.
        if (currentPage() == MonitorController::DeadLettersPageIndex)
            emit m_deadLettersPage->refreshRequested();
        else
            m_controller->refresh(currentPage());
    });
    refresh->setObjectName(QStringLiteral("refreshAction"));
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setToolTip(tr("Ask the server again for the selected job or run, or for the server's totals"));

    m_helpMenu = new HelpMenu(this);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QLineEdit* MainWindow::searchFieldOnScreen() const
{
    switch (currentPage()) {
    case MonitorController::JobsPageIndex:
        return m_jobsPage->searchField();
    case MonitorController::WorkflowsPageIndex:
        return m_workflowsPage->searchField();
    case MonitorController::EventsPageIndex:
        return m_eventsPage->searchField();
    default:
        return nullptr;
    }
}

void MainWindow::focusPageSearch()
{
    if (QLineEdit* field = searchFieldOnScreen()) {
        // Selected, so that typing replaces the last search, as in a browser's find bar.
        field->setFocus(Qt::ShortcutFocusReason);
        field->selectAll();
    }
}

void MainWindow::setCurrentPage(int page)
{
    if (page >= 0 && page < m_pages->count())
        m_pages->setCurrentIndex(page);
}

void MainWindow::showStatus(const QString& message, int timeoutMs)
{
    m_statusLink->clearMessage();
    m_messages->show(message, timeoutMs, StatusMessages::Scope::Session);
}

void MainWindow::showStatusWithLink(const QString& message, const QString& id, int timeoutMs)
{
    // A temporary message hides the status bar's normal widgets, this label among them.
    statusBar()->clearMessage();
    m_statusLink->showMessage(message, id, timeoutMs);
}

void MainWindow::reconnectNow()
{
    if (MonitorSession* current = session()) {
        m_messages->attemptSuperseded();
        current->reconnectNow();
    }
}

void MainWindow::disconnectFromServer()
{
    if (MonitorSession* current = session())
        current->disconnectFromServer();
}

void MainWindow::updateConnectionActions()
{
    // Reconnect now while there is nothing to wait for or only a wait; Disconnect while connected or trying.
    const MonitorSession* current = session();
    const ClientState state = current ? current->state() : ClientState::Disconnected;
    const bool trying = state == ClientState::Connecting || state == ClientState::Authenticating;
    m_reconnectAction->setEnabled(current && state != ClientState::Ready && !trying);
    m_disconnectAction->setEnabled(current && state != ClientState::Closed &&
                                   !(state == ClientState::Disconnected && current->isDisconnectedByUser()));
}

void MainWindow::buildPages()
{
    IdleModels& idle = *m_idle;
    m_overviewPage = new OverviewPage(&idle.overview, &idle.statsHistory, m_pages);
    m_jobsPage = new JobsPage(&idle.jobs, &idle.eventLog, m_pages);
    m_workflowsPage = new WorkflowsPage(&idle.runs, &idle.timeline, m_pages);
    m_eventsPage = new EventsPage(&idle.eventLog, m_pages);
    m_statsPage = new StatsPage(&idle.statsHistory, m_pages);
    m_deadLettersPage = new DeadLettersPage(nullptr, m_pages); // DeadLettersController gives it its model
    m_cronsPage = new CronsPage(&idle.crons, m_pages);
    // In MonitorController::Page order. The object names key their layout in the settings.
    m_overviewPage->setObjectName(QStringLiteral("overviewPage"));
    m_jobsPage->setObjectName(QStringLiteral("jobsPage"));
    m_workflowsPage->setObjectName(QStringLiteral("workflowsPage"));
    m_eventsPage->setObjectName(QStringLiteral("eventsPage"));
    m_statsPage->setObjectName(QStringLiteral("statsPage"));
    m_deadLettersPage->setObjectName(QStringLiteral("deadLettersPage"));
    m_cronsPage->setObjectName(QStringLiteral("cronsPage"));
    // Each page scrolls when the window is smaller than it needs, so that no page sets the window's minimum
    // (PanelScrollArea).
    m_pages->addTab(new PanelScrollArea(m_overviewPage, m_pages), tr("Overview"));
    m_pages->addTab(new PanelScrollArea(m_jobsPage, m_pages), tr("Jobs"));
    m_pages->addTab(new PanelScrollArea(m_workflowsPage, m_pages), tr("Workflows"));
    m_pages->addTab(new PanelScrollArea(m_eventsPage, m_pages), tr("Events"));
    m_pages->addTab(new PanelScrollArea(m_statsPage, m_pages), tr("Stats"));
    m_pages->addTab(new PanelScrollArea(m_deadLettersPage, m_pages), tr("Dead Letters"));
    m_pages->addTab(new PanelScrollArea(m_cronsPage, m_pages), tr("Crons"));
    m_pages->setTabToolTip(MonitorController::OverviewPageIndex,
                           tr("Counts, health and recent failures since connecting (Ctrl+1)"));
    m_pages->setTabToolTip(MonitorController::JobsPageIndex, tr("Jobs seen since connecting (Ctrl+2)"));
    m_pages->setTabToolTip(MonitorController::WorkflowsPageIndex,
                           tr("Workflow runs seen since connecting (Ctrl+3)"));
    m_pages->setTabToolTip(MonitorController::EventsPageIndex, tr("The live event stream (Ctrl+4)"));
    m_pages->setTabToolTip(MonitorController::StatsPageIndex,
                           tr("Charts of event rates, job outcomes and server stats (Ctrl+5)"));
    m_pages->setTabToolTip(MonitorController::DeadLettersPageIndex,
                           tr("The server's dead letters: count, replay, purge, and jobs dead-lettered since "
                              "connecting (Ctrl+6)"));
    m_pages->setTabToolTip(MonitorController::CronsPageIndex,
                           tr("Crons seen firing, and cron entries opened by id (Ctrl+7)"));
    connect(m_rateMeter, &EventRateMeter::rateChanged, m_overviewPage, &OverviewPage::setEventRate);
    m_controller = new MonitorController(m_jobsPage, m_workflowsPage, m_eventsPage, this, this);
    new DeadLettersController(m_controller, m_deadLettersPage); // owned by the controller
    connect(m_controller, &MonitorController::pageWanted, this, &MainWindow::setCurrentPage);
    connect(m_controller, &MonitorController::statusMessage, this, &MainWindow::showStatus);
    for (ItemListActions* list : {m_jobsPage->listActions(), m_workflowsPage->listActions()})
        connect(list, &ItemListActions::statusMessage, this, &MainWindow::showStatus);
    connect(m_controller, &MonitorController::statusMessageWithLink, this, &MainWindow::showStatusWithLink);
    connect(m_statusLink, &StatusLinkLabel::idActivated, m_controller, &MonitorController::open);
    connect(m_overviewPage, &OverviewPage::openRequested, m_controller, &MonitorController::open);
    connect(m_cronsPage, &CronsPage::openJobRequested, m_controller, &MonitorController::open);
    connect(m_controller, &MonitorController::cronWanted, m_cronsPage, &CronsPage::openCron);
    connect(m_controller, &MonitorController::serverEnvironmentChanged, m_cronsPage,
            [this] { m_cronsPage->setServerEnvironment(m_controller->serverEnvironment()); });
}

MonitorSession* MainWindow::session() const
{
    return m_host->session(kSessionKey);
}

ClientOptions MainWindow::options() const
{
    return m_host->options(kSessionKey);
}

void MainWindow::setMessageSizeLimit(quint64 bytes)
{
    m_host->setMessageSizeLimit(bytes);
}

void MainWindow::connectTo(const ClientOptions& options)
{
    ConnectRequest request;
    request.options = options;
    m_host->connectInBackground(kSessionKey, request);
}

// The session on screen stays while a new connection is tried (SessionHost, issue 20 item 5): these say so,
// and belong to the session on screen, so a successful replacement takes them away.
void MainWindow::showReplacementTried(const QString& key, const QUrl& url)
{
    if (key != kSessionKey)
        return;
    //: Status bar while a new connection is tried. %1 is the new server's address.
    const QString message =
        tr("Connecting to %1. The window shows the current server until the new one accepts "
           "the connection.")
            .arg(url.toDisplayString());
    m_messages->show(message, 0, StatusMessages::Scope::Session);
}

void MainWindow::showReplacementFailed(const QString& key, const QUrl& url, const QString& message, int code)
{
    if (key != kSessionKey)
        return;
    const QString address = url.toDisplayString();
    QString shown;
    if (code == 401) {
        //: Status bar. %1 is the new server's address, %2 the server's message (English).
        shown = tr("%1 rejected the token: %2. The window still shows the server it showed before.")
                    .arg(address, message);
    } else {
        //: Status bar. %1 is the new server's address, %2 the reason (English).
        shown = tr("Could not connect to %1: %2. The window still shows the server it showed before.")
                    .arg(address, message);
    }
    m_messages->show(shown, 0, StatusMessages::Scope::Session);
}

void MainWindow::onSessionReplaced(const QString& key, MonitorSession* previous, MonitorSession* current)
{
    if (key != kSessionKey)
        return;
    disconnectStatus(previous);
    m_messages->sessionSuperseded();
    showSession(current);
    emit sessionReplaced();
}

void MainWindow::showSession(MonitorSession* session)
{
    // The pages keep their filters, columns and selection; only the models under them change.
    IdleModels& idle = *m_idle;
    m_overviewPage->setModels(session ? &session->overview() : &idle.overview,
                              session ? &session->statsHistory() : &idle.statsHistory);
    m_overviewPage->setAdminApi(session ? &session->adminApi() : nullptr);
    m_overviewPage->setHistory(session ? session->history() : nullptr);
    m_jobsPage->setModels(session ? &session->jobs() : &idle.jobs,
                          session ? &session->eventLog() : &idle.eventLog);
    m_workflowsPage->setModels(session ? &session->runs() : &idle.runs,
                               session ? &session->timeline() : &idle.timeline);
    m_eventsPage->setModels(session ? &session->eventLog() : &idle.eventLog);
    m_eventsPage->setJournal(session ? session->journal() : nullptr);
    m_eventsPage->setHistory(session ? session->history() : nullptr);
    m_jobsPage->setJournal(session ? session->journal() : nullptr);
    m_workflowsPage->setJournal(session ? session->journal() : nullptr);
    m_statsPage->setHistory(session ? &session->statsHistory() : &idle.statsHistory);
    m_statsPage->setJournal(session ? session->history() : nullptr);
    m_cronsPage->setSession(session);
    ServerAccess* access = session ? &session->access() : nullptr;
    m_accessGate->setAccess(access);
    findChild<HistoryBanner*>()->setHistory(session ? session->history() : nullptr);
    m_jobsPage->setServerAccess(access);
    m_workflowsPage->setServerAccess(access);
    m_statsPage->setServerAccess(access);
    m_controller->setSession(session);
    m_gapLabel->setVisible(false);
    m_connectionBar->setSessionId({});
    if (!session) {
        setWindowTitle(tr("Dispatch Monitor"));
        updateConnectionActions();
        return;
    }
    const QUrl url = session->options().connection.url;
    m_connectionBar->setServer(url);
    //: Window title of an ad-hoc connection. %1 is the server's host name.
    setWindowTitle(tr("%1 — Dispatch Monitor").arg(url.host()));
    connectStatus(session);
    m_connectionBar->setState(session->state());
    updateConnectionActions();
}

void MainWindow::connectStatus(MonitorSession* session)
{
    connect(session, &MonitorSession::stateChanged, m_connectionBar, &ConnectionBar::setState);
    connect(session, &MonitorSession::reconnectScheduled, m_connectionBar,
            &ConnectionBar::setReconnectScheduled);
    connect(session, &MonitorSession::serverSessionStarted, m_connectionBar, &ConnectionBar::setSessionId);
    connect(session, &MonitorSession::pingRoundTrip, m_connectionBar, &ConnectionBar::setPingRoundTrip);
    connect(session, &MonitorSession::fatalError, m_connectionBar, &ConnectionBar::setFatalError);
    connect(session, &MonitorSession::disconnectedByUser, m_connectionBar,
            &ConnectionBar::setDisconnectedByUser);
    connect(session, &MonitorSession::stateChanged, this, &MainWindow::updateConnectionActions);
    connect(session, &MonitorSession::stateChanged, this, [this](ClientState state) {
        if (state == ClientState::Ready)
            m_messages->attemptSuperseded(); // why an earlier attempt failed is no news any more
    });
    connect(session, &MonitorSession::disconnectedByUser, this, &MainWindow::updateConnectionActions);
    connect(session, &MonitorSession::eventReceived, m_rateMeter, &EventRateMeter::count);
    connect(session, &MonitorSession::warning, this,
            [this](const QString& message) { showStatus(message, 15000); });
    connect(session, &MonitorSession::connectionGap, this,
            [this](const QDateTime& from, const QDateTime& to) {
                // Events are not replayed after a reconnect (dwp-protocol.md §5): say which span may be
                // missing.
                //: Banner after a reconnect. %1 and %2 are the times (HH:mm:ss) the connection was lost and
                //: back.
                m_gapLabel->setText(tr("Offline %1–%2: events of that span are missing")
                                        .arg(from.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                             to.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
                m_gapLabel->setVisible(true);
            });
    connect(session, &MonitorSession::resynced, this, [this](int jobs, int runs) {
        // Two whole sentences, so a language with other plural rules can word each count on its own.
        //: Status bar after a reconnect, first sentence; %n is the number of jobs on screen fetched again.
        const QString jobsRefreshed = tr("Reconnected; %n job(s) on screen refreshed.", nullptr, jobs);
        //: Status bar after a reconnect, second sentence; %n is the number of workflow runs fetched again.
        const QString runsRefreshed = tr("%n run(s) on screen refreshed.", nullptr, runs);
        showStatus(jobsRefreshed + QLatin1Char(' ') + runsRefreshed, 8000);
    });
}

void MainWindow::disconnectStatus(MonitorSession* session)
{
    if (!session)
        return;
    session->disconnect(this);
    session->disconnect(m_connectionBar);
    session->disconnect(m_rateMeter);
}

void MainWindow::answer(PlainTextTokenQuestion* question)
{
    // The window answers for the host: a window-modal box, so events keep flowing while it is read.
    detached(
        [](QPointer<MainWindow> self, QPointer<PlainTextTokenQuestion> asked) -> QCoro::Task<> {
            if (!self || !asked)
                co_return;
            const QString profile = asked->profile();
            const QUrl url = asked->url();
            const PlainTextTokenPrompt::Answer reply = co_await PlainTextTokenPrompt::ask(self, profile, url);
            if (asked)
                asked->answer(reply.send, reply.remember);
        }(this, question),
        this, "asking before a token goes unencrypted");
}

void MainWindow::showConnectDialog()
{
    auto* dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSettings(options().connection);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        ClientOptions options = this->options();
        options.connection = dialog->settings();
        options.connection.trustedCertificateSha256.clear(); // trust given to a profile stays with it
        connectTo(options);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    event->accept();
}

} // namespace dispatch
