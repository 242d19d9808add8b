// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ClientOptions.h"

#include <QMainWindow>
#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;

namespace dispatch {

class ConnectionBar;
class DeadLettersPage;
class CronsPage;
class HelpMenu;
class EventRateMeter;
class EventsPage;
class JobsPage;
class MonitorController;
class ServerAccessGate;
class MonitorSession;
class OverviewPage;
class PlainTextTokenQuestion;
class SessionHost;
class StatsPage;
class StatusLinkLabel;
class StatusMessages;
class WorkflowsPage;

// The monitor's window: the connection bar on top, the Overview, Jobs, Workflows, Events, Stats, Dead
// letters and Crons pages (Ctrl+1..7), a status bar with the event rate, and the menus and shortcuts (Ctrl+K
// opens any job or run by id). One window shows one server: the session under SessionHost's key kSessionKey.
// The pages, panels and the controller are built once and rebound to each new session (setModels /
// setSession), so selections, filters and column layouts stay when the window connects elsewhere. Before the
// first session they show empty models of their own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    static inline const QString kSessionKey = QString(); // the window's session in the host

    // A window over the application's host (which outlives it), or over a host of its own.
    explicit MainWindow(QWidget* parent = nullptr);
    explicit MainWindow(SessionHost* host, QWidget* parent = nullptr);
    ~MainWindow() override;

    SessionHost* host() const { return m_host; }
    // Connects to a server (replacing any current one) and starts following it. A token that would cross
    // the network unencrypted is asked about first (PlainTextTokenPrompt).
    void connectTo(const ClientOptions& options);
    // The largest server message any connection made from now on reads (dispatch-monitor --max-message-mb),
    // whatever its profile says; 0 keeps each connection's own.
    void setMessageSizeLimit(quint64 bytes);
    // Asks where to connect; returns at once, connecting when the dialog is accepted.
    void showConnectDialog();
    // File → Reconnect now and File → Disconnect (also in the connection bar), for the session on screen.
    void reconnectNow();
    void disconnectFromServer();

    // The options of the session on screen (defaults before the first).
    ClientOptions options() const;
    MonitorSession* session() const;
    MonitorController* controller() const { return m_controller; }
    ConnectionBar* connectionBar() const { return m_connectionBar; }
    HelpMenu* helpMenu() const { return m_helpMenu; }
    // The View menu, for entries owned elsewhere (View → Theme, ThemeSwitcher).
    QMenu* viewMenu() const { return m_viewMenu; }
    JobsPage* jobsPage() const { return m_jobsPage; }
    WorkflowsPage* workflowsPage() const { return m_workflowsPage; }
    EventsPage* eventsPage() const { return m_eventsPage; }
    OverviewPage* overviewPage() const { return m_overviewPage; }
    StatsPage* statsPage() const { return m_statsPage; }
    DeadLettersPage* deadLettersPage() const { return m_deadLettersPage; }
    CronsPage* cronsPage() const { return m_cronsPage; }
    int currentPage() const;
    void setCurrentPage(int page);

signals:
    // The session on screen was replaced; session() is the new one (null after the host closed it).
    void sessionReplaced();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct IdleModels;

    void createMenus();
    void fitToScreen();
    QLineEdit* searchFieldOnScreen() const;
    void focusPageSearch();
    void buildPages();
    void showReplacementTried(const QString& key, const QUrl& url);
    void showReplacementFailed(const QString& key, const QUrl& url, const QString& message, int code);
    void onSessionReplaced(const QString& key, MonitorSession* previous, MonitorSession* current);
    void showSession(MonitorSession* session);
    void connectStatus(MonitorSession* session);
    void disconnectStatus(MonitorSession* session);
    void answer(PlainTextTokenQuestion* question);
    void showStatus(const QString& message, int timeoutMs);
    void showStatusWithLink(const QString& message, const QString& id, int timeoutMs);
    void updateConnectionActions();

    SessionHost* m_host;
    std::unique_ptr<IdleModels> m_idle; // what the pages show without a session
    MonitorController* m_controller = nullptr;
    ServerAccessGate* m_accessGate = nullptr;
    ConnectionBar* m_connectionBar;
    HelpMenu* m_helpMenu = nullptr;
    QTabWidget* m_pages;
    JobsPage* m_jobsPage = nullptr;
    WorkflowsPage* m_workflowsPage = nullptr;
    EventsPage* m_eventsPage = nullptr;
    OverviewPage* m_overviewPage = nullptr;
    StatsPage* m_statsPage = nullptr;
    DeadLettersPage* m_deadLettersPage = nullptr;
    CronsPage* m_cronsPage = nullptr;
    EventRateMeter* m_rateMeter;
    QLabel* m_rateLabel;
    QLabel* m_gapLabel;
    StatusLinkLabel* m_statusLink;
    StatusMessages* m_messages; // what the status bar says about the session and its connection attempts
    QAction* m_reconnectAction = nullptr;
    QAction* m_disconnectAction = nullptr;
    QMenu* m_viewMenu = nullptr;
};

} // namespace dispatch
