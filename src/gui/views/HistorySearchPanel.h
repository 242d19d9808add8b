// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QLabel;
class QTableView;

namespace dispatch {

class JournalSearchModel;
struct JournalSearchQuery;

// The results of a search of the profile's journal (issue 19 item 4, README "Journal"): a line that says what
// the search found or why it could not, over a table of results — time, type, job or run, name, queue, error
// — read a page at a time as the table is scrolled to its end (JournalSearchModel::fetchMore). Double-click
// or Enter on a result asks to open its job or run. The journal is a local file, so this works offline too.
class HistorySearchPanel : public QWidget
{
    Q_OBJECT

public:
    explicit HistorySearchPanel(QWidget* parent = nullptr);

    // The profile's journal file; empty when this session keeps none on disk.
    void setFilePath(const QString& filePath);
    void search(const JournalSearchQuery& query);
    void clear();

    QTableView* table() const { return m_table; }
    JournalSearchModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void openRequested(const QString& id); // a job id or run id

private:
    void updateStatus();

    JournalSearchModel* m_model;
    QLabel* m_status;
    QTableView* m_table;
    QString m_filePath;
};

} // namespace dispatch
