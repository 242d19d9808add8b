// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ClientOptions.h"

#include <QMainWindow>
#include <memory>
#include <qcoro/qcorotask.h>

class QLabel;
class QTabWidget;

namespace dispatch {

class ConnectionBar;
class EventRateMeter;
class EventsPage;
class JobsPage;
class MonitorController;
class MonitorSession;
class OverviewPage;
class StatsPage;
class WorkflowsPage;

// The monitor's window: the connection bar on top, the Overview, Jobs, Workflows, Events and Stats pages
// (Ctrl+1..5), a status bar with the event rate, and the menus and shortcuts (Ctrl+K opens any job or run by
// id). One window shows one server; connecting elsewhere replaces the session and its pages.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    // Connects to a server (replacing any current one) and starts following it.
    void connectTo(const ClientOptions& options);
    // The largest server message any connection made from now on reads (dispatch-monitor --max-message-mb),
    // whatever its profile says; 0 keeps each connection's own.
    void setMessageSizeLimit(quint64 bytes) { m_messageSizeLimit = bytes; }
    // Asks where to connect; returns at once, connecting when the dialog is accepted.
    void showConnectDialog();

    // The options of the session on screen (defaults before the first).
    const ClientOptions& options() const { return m_options; }
    MonitorSession* session() const { return m_session.get(); }
    MonitorController* controller() const { return m_controller; }
    ConnectionBar* connectionBar() const { return m_connectionBar; }
    JobsPage* jobsPage() const { return m_jobsPage; }
    WorkflowsPage* workflowsPage() const { return m_workflowsPage; }
    EventsPage* eventsPage() const { return m_eventsPage; }
    OverviewPage* overviewPage() const { return m_overviewPage; }
    StatsPage* statsPage() const { return m_statsPage; }
    int currentPage() const;
    void setCurrentPage(int page);

signals:
    // connectTo() replaced the session; session() is the new one.
    void sessionReplaced();
    // The Connect dialog was accepted. With a receiver (ProfileController, which asks before a token goes
    // out unencrypted), the receiver connects; without one, the window does.
    void connectionChosen(const dispatch::ClientOptions& options);
    // The pages are about to be deleted (replaced session, closing window), and were just built: the
    // moments to save and restore their layout.
    void pagesAboutToBeDropped();
    void pagesBuilt();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void buildPages();
    void dropSession();
    QCoro::Task<> startSession();
    void showStatus(const QString& message, int timeoutMs);

    std::unique_ptr<MonitorSession> m_session;
    MonitorController* m_controller = nullptr;
    ConnectionBar* m_connectionBar;
    QTabWidget* m_pages;
    JobsPage* m_jobsPage = nullptr;
    WorkflowsPage* m_workflowsPage = nullptr;
    EventsPage* m_eventsPage = nullptr;
    OverviewPage* m_overviewPage = nullptr;
    StatsPage* m_statsPage = nullptr;
    EventRateMeter* m_rateMeter;
    QLabel* m_rateLabel;
    QLabel* m_gapLabel;
    ClientOptions m_options;
    quint64 m_messageSizeLimit = 0;
};

} // namespace dispatch
