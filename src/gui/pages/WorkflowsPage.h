// SPDX-License-Identifier: MIT
#pragma once

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace dispatch {

struct JournalSearchQuery;
class EmptyListNotice;
class HistorySearchPanel;
class Journal;
class ServerAccess;
class ItemListActions;
class ListFollower;
class RunDetailPanel;
class SelectionById;
class TimelineModel;
class WorkflowRunFilterProxy;
class WorkflowRunsModel;

// The workflow runs seen since connecting, filtered by state and text, with the selected run's detail
// (live Gantt, steps, input) beside them. The scope beside the search field switches between these live rows
// and all of the profile's history: there the typed words, the state buttons and a time range search the
// journal's run events (HistorySearchPanel, issue 19 item 4), and a result opens in the same detail — from
// the journal's record when the server has forgotten the run.
class WorkflowsPage : public QWidget
{
    Q_OBJECT

public:
    WorkflowsPage(WorkflowRunsModel* runs, TimelineModel* timeline, QWidget* parent = nullptr);

    // Shows another session's models. Filters, column layout and the selected run (by id) stay.
    void setModels(WorkflowRunsModel* runs, TimelineModel* timeline);
    // The session's journal, which "All history" searches; null or in memory: nothing to search.
    void setJournal(const Journal* journal);
    HistorySearchPanel* historySearch() const { return m_history; }
    // Offline or short of workflow:write, the detail panel's Publish is off and says why. Null: no limit
    // known.
    void setServerAccess(ServerAccess* access);
    QToolButton* startButton() const { return m_startButton; }
    // Selects the run by id as a restored or kept selection: unlike selectRun(), filters stay as they are;
    // a run not seen yet is selected when its row arrives, and its id shows in the detail pane meanwhile.
    void keepSelection(const QString& runId);

    WorkflowRunFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // Copy, Copy ID, Copy as JSON and Export… of the list (its context menu, Ctrl+C).
    ItemListActions* listActions() const { return m_listActions; }
    // Keeps the newest runs in view unless the list was scrolled or a row selected.
    ListFollower* follower() const { return m_follower; }
    // The page's free-text search (View → Search This Page, Ctrl+F).
    QLineEdit* searchField() const { return m_textFilter; }
    RunDetailPanel* detailPanel() const { return m_detail; }
    // The run the detail pane shows, listed or not: a run the filters hide stays selected (SelectionById).
    QString selectedRunId() const;
    bool selectRun(const QString& runId); // clears filters that would hide it; false if not tracked
    QStringList knownWorkflowNames() const;

signals:
    void runOpened(const QString& runId); // the selection changed to this run
    void startRequested();

private:
    QToolButton* makeWaitingButton();
    void applyStateFilter();
    void applyScope(bool history);
    JournalSearchQuery historyQuery(QString* why) const;
    void clearFilters();
    void filtersChanged();
    QString emptyListText() const;
    void showRun(const QString& runId);
    void updateSinceLabel();
    void watchModel();

    QToolButton* m_startButton = nullptr;
    WorkflowRunsModel* m_runs;
    WorkflowRunFilterProxy* m_proxy;
    ItemListActions* m_listActions = nullptr;
    ListFollower* m_follower = nullptr;
    EmptyListNotice* m_emptyNotice = nullptr;
    QList<QToolButton*> m_stateButtons;
    QLineEdit* m_textFilter;
    QLabel* m_sinceLabel;
    QTableView* m_table;
    RunDetailPanel* m_detail;
    HistorySearchPanel* m_history;
    SelectionById* m_selection;
    bool m_keepingSelection = false; // a kept selection is not opened again: the controller asks for it
    QSet<QString> m_names;
};

} // namespace dispatch
