// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QSet>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace dispatch {

struct JournalSearchQuery;
class EmptyListNotice;
class HistorySearchPanel;
class Journal;
class ServerAccess;
class EventLogModel;
class ItemListActions;
class ListFollower;
class JobDetailPanel;
class JobFilterProxy;
class JobsModel;
class SelectionById;

// The jobs seen since connecting (the server cannot list jobs: dwp-protocol.md §11.1), filtered by state,
// queue and text, updating live while keeping the selection and the scroll position; the selected job's
// details on the right. Several rows can be selected (Ctrl, Shift) to retry or cancel them at once.
// The scope beside the search field switches between these live rows and all of the profile's history: there
// the typed words, the state buttons and a time range search the journal's job events (HistorySearchPanel,
// issue 19 item 4), and a result opens in the same details.
class JobsPage : public QWidget
{
    Q_OBJECT

public:
    JobsPage(JobsModel* jobs, EventLogModel* log, QWidget* parent = nullptr);

    // Shows another session's models. Filters, column layout and the selected job (by id) stay: if the new
    // models do not have the job yet, the detail pane shows it as not seen yet and it is selected when its
    // row arrives.
    void setModels(JobsModel* jobs, EventLogModel* log);
    // The session's journal, which "All history" searches; null or in memory: nothing to search.
    void setJournal(const Journal* journal);
    HistorySearchPanel* historySearch() const { return m_history; }
    // Selects the job by id as a restored or kept selection: unlike selectJob(), filters stay as they are;
    // a job not seen yet is selected when its row arrives, and its id shows in the detail pane meanwhile.
    void keepSelection(const QString& jobId);

    JobFilterProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // Copy, Copy ID, Copy as JSON and Export… of the list (its context menu, Ctrl+C).
    ItemListActions* listActions() const { return m_listActions; }
    // Keeps the newest jobs in view unless the list was scrolled or a row selected.
    ListFollower* follower() const { return m_follower; }
    // The page's free-text search (View → Search This Page, Ctrl+F).
    QLineEdit* searchField() const { return m_textFilter; }
    JobDetailPanel* detailPanel() const { return m_detail; }
    // The job the detail pane shows, listed or not: a job the filters hide stays selected (SelectionById).
    QString selectedJobId() const;
    // Selects the job and scrolls to it; clears filters that would hide it. False if it is not tracked.
    bool selectJob(const QString& jobId);
    // The jobs of every selected row (Ctrl or Shift add rows), in the list's order.
    QStringList selectedJobIds() const;
    // Whether the server has its REST admin API (retry and the guarded cancel, §8), for the detail panel and
    // the actions on several jobs; `whyNot` says in words why not.
    void setRestAvailable(bool available, const QString& whyNot);
    // Offline (the rows are as of when the connection went) or short of a scope: the actions that change the
    // server, here and in the detail panel, are off and say why. Null: no limit known.
    void setServerAccess(ServerAccess* access);
    QToolButton* enqueueButton() const { return m_enqueueButton; }
    QStringList knownQueues() const;
    QStringList knownNames() const;

signals:
    void detailsWanted(const QString& jobId);
    void enqueueAgainRequested(const QString& jobId);
    void enqueueRequested();
    // The operator asked to retry or cancel the selected jobs (asked about by whoever carries it out).
    void retrySeveralRequested(const QStringList& jobIds);
    void cancelSeveralRequested(const QStringList& jobIds);

private:
    void applyStateFilter();
    void applyScope(bool history);
    JournalSearchQuery historyQuery(QString* why) const;
    void clearFilters();
    void filtersChanged();
    QString emptyListText() const;
    void noteNewRows(int first, int last);
    void updateSinceLabel();
    QWidget* makeSeveralJobsBar();
    void showSeveralJobsBar();
    void watchModel();

    JobsModel* m_jobs;
    JobFilterProxy* m_proxy;
    ItemListActions* m_listActions = nullptr;
    ListFollower* m_follower = nullptr;
    EmptyListNotice* m_emptyNotice = nullptr;
    QList<QToolButton*> m_stateButtons;
    QToolButton* m_enqueueButton = nullptr;
    QComboBox* m_queueFilter;
    QLineEdit* m_textFilter;
    QLabel* m_sinceLabel;
    QWidget* m_severalBar = nullptr; // shown while several rows are selected
    QLabel* m_severalCount = nullptr;
    QPushButton* m_retrySeveral = nullptr;
    QPushButton* m_cancelSeveral = nullptr;
    bool m_restAvailable = false;
    QString m_restUnavailableReason;
    QPointer<ServerAccess> m_access;
    QTableView* m_table;
    JobDetailPanel* m_detail;
    HistorySearchPanel* m_history;
    SelectionById* m_selection;
    QSet<QString> m_queues;
    QSet<QString> m_names;
};

} // namespace dispatch
