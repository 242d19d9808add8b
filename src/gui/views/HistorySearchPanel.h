// SPDX-License-Identifier: MIT
#pragma once

#include "session/JournalSearchQuery.h"

#include <QWidget>
#include <functional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QTableView;

namespace dispatch {

class JournalSearchModel;

// A page's search of the profile's journal (issue 19 item 4, README "Journal"), shared by the Events, Jobs
// and Workflows pages: the "Search in" box (Live view / All history) the page puts beside its search field,
// and, while All history is chosen, in place of the page's live list: a time range (any time, the last hour,
// day or week, or between two times), a line that says what the search found or why it could not, and a
// table of results — time, type, job or run, name, queue, error — read a page at a time as the table is
// scrolled to its end (JournalSearchModel::fetchMore). The page says what its own filters ask for (words,
// types: setQuerySource) and which ids it lists (setSubjectPrefix); the panel adds the time range.
// Double-click or Enter on a result asks to open its job or run. The journal is a local file, so this works
// offline too.
class HistorySearchPanel : public QWidget
{
    Q_OBJECT

public:
    enum Scope
    {
        LiveScope,
        HistoryScope,
    };
    enum Range
    {
        AnyTime,
        LastHour,
        LastDay,
        LastWeek,
        BetweenTimes,
    };

    explicit HistorySearchPanel(QWidget* parent = nullptr);

    // What the page's filters ask for: words, event types. A page whose filters can find nothing in the
    // history (a state no event says) sets `why` to a sentence saying so, and nothing is searched.
    using QuerySource = std::function<JournalSearchQuery(QString* why)>;
    void setQuerySource(QuerySource source);
    // Only jobs ("job_") or only runs ("wfrun_"); empty: any (the Events page).
    void setSubjectPrefix(const QString& prefix);
    // The page's live list, which the results replace while All history is chosen.
    void setLiveView(QWidget* live);
    // The profile's journal file; empty when this session keeps none on disk.
    void setFilePath(const QString& filePath);
    // The page's filters changed: searches again while All history is chosen.
    void filtersChanged();

    bool isHistoryScope() const;
    // The query of the results shown, time range included (what an export of them reads); valid while a
    // search is shown.
    const JournalSearchQuery& shownQuery() const;
    bool isSearchShown() const { return m_searchShown; }
    const QString& filePath() const { return m_filePath; }

    QComboBox* scopeBox() const { return m_scope; }
    QComboBox* rangeBox() const { return m_range; }
    QDateTimeEdit* fromEdit() const { return m_from; }
    QDateTimeEdit* toEdit() const { return m_to; }
    QTableView* table() const { return m_table; }
    JournalSearchModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    // A row the page may fill with buttons of its own beside the time range (the Events page's Export…).
    void addToolWidget(QWidget* widget);

signals:
    void scopeChanged(bool history);
    void openRequested(const QString& id); // a job id or run id

private:
    void applyScope();
    void applyRange();
    void search();
    void showNothing(const QString& why);
    void updateStatus();

    QComboBox* m_scope;
    QComboBox* m_range;
    QDateTimeEdit* m_from;
    QDateTimeEdit* m_to;
    QWidget* m_tools;
    JournalSearchModel* m_model;
    QLabel* m_status;
    QTableView* m_table;
    QWidget* m_live = nullptr;
    QuerySource m_querySource;
    QString m_subjectPrefix;
    QString m_filePath;
    QString m_nothingBecause; // the page's filters can find nothing in the history
    bool m_searchShown = false;
};

} // namespace dispatch
