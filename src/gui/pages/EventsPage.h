// SPDX-License-Identifier: MIT
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace dispatch {

class EmptyListNotice;
class EventExporter;
class HistorySearchPanel;
class Journal;
class JournaledRowDelegate;
class SessionHistory;
class JournalEventExport;
class ListFollower;
class EventLogModel;
class PausableEventProxy;

// The live event log: every event received since connecting, newest at the top, with filters by type,
// topic and text, a pause that holds new rows back while reading, "follow" that keeps the newest row in
// view while the list is at the top with no row selected (ListFollower; otherwise the rows on screen stay
// put), and export of the filtered rows as NDJSON or CSV. Double-clicking an event opens its job or run.
// An empty list says whether nothing came yet or the filters leave nothing (EmptyListNotice).
// The scope beside the search field switches between this live view and all of the profile's history: there
// the typed words and the type search the journal (HistorySearchPanel, issue 19 item 4) instead, and its
// Export… writes every event the search matches to an NDJSON file (JournalEventExport, issue 19 item 8).
class EventsPage : public QWidget
{
    Q_OBJECT

public:
    explicit EventsPage(EventLogModel* log, QWidget* parent = nullptr);

    // Shows another session's log; filters, pause and follow stay.
    void setModels(EventLogModel* log);
    // The session's journal, which "All history" searches; null or in memory: nothing to search.
    void setJournal(const Journal* journal);
    // The session's history: the log's rows that came from the journal are set apart and the line above the
    // table says how many and as of when (README, "Journal"); null: none.
    void setHistory(SessionHistory* history);
    JournaledRowDelegate* journaledRows() const { return m_journaledRows; }
    QLabel* sinceLabel() const { return m_sinceLabel; }

    // Live view or All history (HistorySearchPanel::Scope).
    QComboBox* scopeBox() const;
    HistorySearchPanel* historySearch() const { return m_history; }

    PausableEventProxy* proxy() const { return m_proxy; }
    QTableView* table() const { return m_table; }
    // The page's free-text search (View → Search This Page, Ctrl+F).
    QLineEdit* searchField() const { return m_textFilter; }
    bool isFollowing() const;
    bool isPaused() const;

    // Exports the rows that pass the filters; shows progress with Cancel. Returns false if the file could
    // not be opened (the reason is shown).
    bool exportTo(const QString& path);
    EventExporter* exporter() const { return m_exporter; }
    // Exports every event the history search shown matches, on a worker thread, with progress and Cancel.
    // Returns false (the reason is shown) when no search is shown or an export is running.
    bool exportHistoryTo(const QString& path);
    JournalEventExport* historyExporter() const { return m_historyExporter; }
    QToolButton* historyExportButton() const { return m_historyExportButton; }

signals:
    void openRequested(const QString& id); // a job id or run id

private:
    void chooseExportFile();
    void chooseHistoryExportFile();
    void historyExportFinished(bool ok);
    void applyTypeFilter();
    void applyScope(bool history);
    void updateSummary();
    void scrollToNewest();
    void syncFollowButton();
    QString emptyListText() const;
    void showExportProblem(const QString& problem);

    EventLogModel* m_log;
    PausableEventProxy* m_proxy;
    QComboBox* m_typeFilter;
    QLineEdit* m_topicFilter;
    QLineEdit* m_textFilter;
    QToolButton* m_pauseButton;
    QToolButton* m_followButton;
    QToolButton* m_exportButton;
    QLabel* m_sinceLabel;
    QLabel* m_countLabel;
    QTableView* m_table;
    EventExporter* m_exporter;
    ListFollower* m_follower = nullptr;
    EmptyListNotice* m_emptyNotice = nullptr;
    HistorySearchPanel* m_history;
    JournaledRowDelegate* m_journaledRows;
    QPointer<SessionHistory> m_sessionHistory;
    void showRestoredRows();
    QToolButton* m_historyExportButton;
    JournalEventExport* m_historyExporter;
};

} // namespace dispatch
