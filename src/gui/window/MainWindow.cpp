// SPDX-License-Identifier: MIT
#include "gui/window/MainWindow.h"

#include "coro/Detached.h"
#include "gui/controllers/MonitorController.h"
#include "gui/dialogs/ConnectDialog.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/StatsPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/ConnectionBar.h"
#include "gui/window/EventRateMeter.h"
#include "protocol/DispatchErrors.h"
#include "session/MonitorSession.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMetaMethod>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>
#include <functional>

namespace dispatch {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent), m_connectionBar(new ConnectionBar(this)), m_pages(new QTabWidget(this)),
      m_rateMeter(new EventRateMeter(this)), m_rateLabel(new QLabel(this)), m_gapLabel(new QLabel(this))
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
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);
    statusBar()->addPermanentWidget(m_gapLabel);
    statusBar()->addPermanentWidget(m_rateLabel);
    m_rateLabel->setText(tr("0 events/s"));
    connect(m_rateMeter, &EventRateMeter::rateChanged, this, [this](double rate) {
        // In the window's locale, as the Overview's cards show it ("9,5" in German).
        m_rateLabel->setText(
            tr("%1 events/s")
                .arg(rate < 10 ? locale().toString(rate, 'f', 1) : locale().toString(qRound64(rate))));
    });
    connect(m_connectionBar, &ConnectionBar::connectRequested, this, &MainWindow::showConnectDialog);
    createMenus();
    resize(1280, 800);
}

MainWindow::~MainWindow()
{
    dropSession();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&Connect…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), this,
                    &MainWindow::showConnectDialog);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    const QStringList names = {tr("&Overview"), tr("&Jobs"), tr("&Workflows"), tr("&Events"), tr("&Stats")};
    for (int page = 0; page < names.size(); ++page) {
        QAction* action = view->addAction(names[page], this, [this, page] { setCurrentPage(page); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }

    // Actions go through the controller of the current session, which is replaced on reconnecting.
    QMenu* actions = menuBar()->addMenu(tr("&Actions"));
    const auto withController = [this](void (MonitorController::*slot)()) {
        return [this, slot] {
            if (m_controller)
                // std::invoke, not (m_controller->*slot)(): GCC 12's -fsanitize=vptr (the asan preset)
                // corrupts a direct member-pointer call in a lambda that a Qt connection runs, so the call
                // reads a wrong `this` and ASan stops on a stack-buffer-underflow.
                std::invoke(slot, m_controller);
        };
    };
    QAction* openById =
        actions->addAction(tr("&Open by ID…"), this, withController(&MonitorController::showOpenByIdDialog));
    openById->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    openById->setObjectName(QStringLiteral("openByIdAction"));
    actions->addSeparator();
    QAction* enqueue =
        actions->addAction(tr("&Enqueue Job…"), this, withController(&MonitorController::showEnqueueDialog));
    enqueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    QAction* start = actions->addAction(tr("&Start Workflow…"), this,
                                        withController(&MonitorController::showStartWorkflowDialog));
    start->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction* publish = actions->addAction(tr("&Publish Event…"), this, [this] {
        if (m_controller)
            m_controller->showPublishEventDialog();
    });
    publish->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

void MainWindow::setCurrentPage(int page)
{
    if (page >= 0 && page < m_pages->count())
        m_pages->setCurrentIndex(page);
}

void MainWindow::showStatus(const QString& message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::dropSession()
{
    // The controller first (its watch subscriptions go through the session's client), then the pages that
    // show the session's models, then the session.
    if (m_pages->count() > 0)
        emit pagesAboutToBeDropped();
    delete m_controller;
    m_controller = nullptr;
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeTab(0);
        delete page;
    }
    m_jobsPage = nullptr;
    m_workflowsPage = nullptr;
    m_eventsPage = nullptr;
    m_overviewPage = nullptr;
    m_statsPage = nullptr;
    if (m_session)
        m_session->stop();
    m_session.reset();
}

void MainWindow::buildPages()
{
    MonitorSession* session = m_session.get();
    m_overviewPage = new OverviewPage(&session->overview(), &session->statsHistory(), m_pages);
    m_jobsPage = new JobsPage(&session->jobs(), &session->eventLog(), m_pages);
    m_workflowsPage = new WorkflowsPage(&session->runs(), &session->timeline(), m_pages);
    m_eventsPage = new EventsPage(&session->eventLog(), m_pages);
    m_statsPage = new StatsPage(&session->statsHistory(), m_pages);
    // In MonitorController::Page order. The object names key their layout in the settings.
    m_overviewPage->setObjectName(QStringLiteral("overviewPage"));
    m_jobsPage->setObjectName(QStringLiteral("jobsPage"));
    m_workflowsPage->setObjectName(QStringLiteral("workflowsPage"));
    m_eventsPage->setObjectName(QStringLiteral("eventsPage"));
    m_statsPage->setObjectName(QStringLiteral("statsPage"));
    m_pages->addTab(m_overviewPage, tr("Overview"));
    m_pages->addTab(m_jobsPage, tr("Jobs"));
    m_pages->addTab(m_workflowsPage, tr("Workflows"));
    m_pages->addTab(m_eventsPage, tr("Events"));
    m_pages->addTab(m_statsPage, tr("Stats"));
    m_pages->setTabToolTip(MonitorController::OverviewPageIndex,
                           tr("Counts, health and recent failures since connecting (Ctrl+1)"));
    m_pages->setTabToolTip(MonitorController::JobsPageIndex, tr("Jobs seen since connecting (Ctrl+2)"));
    m_pages->setTabToolTip(MonitorController::WorkflowsPageIndex,
                           tr("Workflow runs seen since connecting (Ctrl+3)"));
    m_pages->setTabToolTip(MonitorController::EventsPageIndex, tr("The live event stream (Ctrl+4)"));
    m_pages->setTabToolTip(MonitorController::StatsPageIndex,
                           tr("Charts of event rates, job outcomes and server stats (Ctrl+5)"));
    connect(m_rateMeter, &EventRateMeter::rateChanged, m_overviewPage, &OverviewPage::setEventRate);
    m_controller = new MonitorController(session, m_jobsPage, m_workflowsPage, m_eventsPage, this, this);
    connect(m_controller, &MonitorController::pageWanted, this, &MainWindow::setCurrentPage);
    connect(m_controller, &MonitorController::statusMessage, this, &MainWindow::showStatus);
    connect(m_overviewPage, &OverviewPage::openRequested, m_controller, &MonitorController::open);
    emit pagesBuilt();
}

void MainWindow::connectTo(const ClientOptions& requested)
{
    ClientOptions options = requested;
    if (m_messageSizeLimit > 0)
        options.maxIncomingMessageBytes = m_messageSizeLimit;
    dropSession();
    m_options = options;
    m_session = std::make_unique<MonitorSession>(options);
    MonitorSession* session = m_session.get();
    DispatchClient* client = &session->client();
    m_connectionBar->setServer(options.url);
    m_connectionBar->setSessionId({});
    m_gapLabel->setVisible(false);
    setWindowTitle(tr("%1 — Dispatch Monitor").arg(options.url.host()));
    connect(session, &MonitorSession::stateChanged, m_connectionBar, &ConnectionBar::setState);
    connect(client, &DispatchClient::reconnectScheduled, m_connectionBar,
            &ConnectionBar::setReconnectScheduled);
    connect(client, &DispatchClient::sessionStarted, m_connectionBar, &ConnectionBar::setSessionId);
    connect(client, &DispatchClient::pingRoundTrip, m_connectionBar, &ConnectionBar::setPingRoundTrip);
    connect(client, &DispatchClient::fatalError, m_connectionBar, &ConnectionBar::setFatalError);
    connect(client, &DispatchClient::eventReceived, m_rateMeter, &EventRateMeter::count);
    connect(session, &MonitorSession::warning, this,
            [this](const QString& message) { showStatus(message, 15000); });
    connect(session, &MonitorSession::connectionGap, this,
            [this](const QDateTime& from, const QDateTime& to) {
                // Events are not replayed after a reconnect (dwp-protocol.md §5): say which span may be
                // missing.
                m_gapLabel->setText(tr("Offline %1–%2: events of that span are missing")
                                        .arg(from.toLocalTime().toString(QStringLiteral("HH:mm:ss")),
                                             to.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
                m_gapLabel->setVisible(true);
            });
    connect(session, &MonitorSession::resynced, this, [this](int jobs, int runs) {
        showStatus(tr("Reconnected; refreshed %1 and %2 on screen.")
                       .arg(tr("%n job(s)", nullptr, jobs), tr("%n run(s)", nullptr, runs)),
                   8000);
    });
    m_connectionBar->setState(client->state());
    buildPages();
    emit sessionReplaced();
    detached(startSession(), this, "starting the session");
}

QCoro::Task<> MainWindow::startSession()
{
    QPointer<MainWindow> self(this);
    MonitorSession* session = m_session.get();
    QPointer<MonitorSession> guard(session);
    try {
        co_await session->start();
    } catch (...) {
        // With reconnect on, the client keeps trying; the bar shows that. Say why the first attempt failed.
        if (self && guard) {
            const DispatchError error = DispatchError::fromExceptionPtr(std::current_exception());
            showStatus(error.code() == 401 ? tr("The server rejected the token: %1").arg(error.message())
                                           : tr("Could not connect: %1").arg(error.message()),
                       0);
        }
    }
}

void MainWindow::showConnectDialog()
{
    auto* dialog = new ConnectDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    ConnectionSettings current;
    current.url = m_options.url;
    current.token = m_options.token;
    current.format = m_options.format;
    dialog->setSettings(current);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const ConnectionSettings chosen = dialog->settings();
        ClientOptions options = m_options;
        options.url = chosen.url;
        options.token = chosen.token;
        options.format = chosen.format;
        if (isSignalConnected(QMetaMethod::fromSignal(&MainWindow::connectionChosen)))
            emit connectionChosen(options);
        else
            connectTo(options);
    });
    dialog->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    dropSession();
    event->accept();
}

} // namespace dispatch
