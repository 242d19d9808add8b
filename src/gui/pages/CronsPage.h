// SPDX-License-Identifier: MIT
#pragma once

#include "session/CronActions.h"
#include "settings/ServerEnvironment.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dispatch {

class CronDetailPanel;
class CronEntriesModel;
class CronsModel;
class ErrorText;
class MonitorSession;

// The Crons page (issue 18 item 5): the crons seen firing since connecting (the session's CronsModel, fed
// by cron.fired, §5), a cron entry opened by its id or from a seen row whose id is known, with Enable,
// Disable and Delete (CronDetailPanel, over the session layer's CronActions), and the server's own list of
// crons, paged, only where the server can list (REST `GET /v1/crons`, which the real server answers with
// 404, §8). Where it cannot, or has no admin API at all, the page says so in the session's words
// (AdminApiSession::limitations()); the crons seen firing come over DWP and are there either way.
class CronsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    // `idle` is shown while there is no session.
    explicit CronsPage(CronsModel* idle, QWidget* parent = nullptr);

    // Follows another session (null: none): its crons seen, its REST side. What was open is closed.
    void setSession(MonitorSession* session);
    void setServerEnvironment(std::optional<ServerEnvironment> environment);
    // Looks the entry up and shows it.
    void openCron(const QString& cronId);

    QTableView* seenTable() const { return m_seenTable; }
    QTableView* serverTable() const { return m_serverTable; }
    QGroupBox* serverGroup() const { return m_serverGroup; }
    QLineEdit* idField() const { return m_idField; }
    QLabel* restNote() const { return m_restNote; }
    CronDetailPanel* detailPanel() const { return m_detail; }
    CronActions* actions() const { return m_actions; }

signals:
    // The job a cron enqueued was clicked: show it on the Jobs page.
    void openJobRequested(const QString& jobId);

private:
    QWidget* buildSeenSide();
    QWidget* buildOpenSide();
    void updateRestState();
    // The first page of the server's list as the journal last kept it, while the server has not been asked;
    // false when there is none to show.
    bool showRestoredList();
    void updateIdHint();
    void openTypedId();
    void onSeenClicked(const QModelIndex& index);
    void listPage(int offset);
    void onPageListed(const QList<dwp::CronEntry>& entries, int offset);
    void onActionFailed(CronActions::Action action, const QString& cronId, const std::exception_ptr& error);
    static ErrorText failureText(CronActions::Action action, const QString& cronId,
                                 const std::exception_ptr& error);

    CronsModel* m_idle;
    QPointer<MonitorSession> m_session;
    CronActions* m_actions;
    CronEntriesModel* m_serverList;
    bool m_listAsked = false; // the first page was asked for in this session
    QLabel* m_restNote;
    QTableView* m_seenTable;
    QGroupBox* m_serverGroup;
    QTableView* m_serverTable;
    QLabel* m_listStatus;
    QPushButton* m_previousButton;
    QPushButton* m_nextButton;
    QPushButton* m_refreshButton;
    QLineEdit* m_idField;
    QPushButton* m_openButton;
    QLabel* m_idHint;
    CronDetailPanel* m_detail;
};

} // namespace dispatch
