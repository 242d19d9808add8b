// SPDX-License-Identifier: MIT
#pragma once

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace dispatch {

class ButtonColumnDelegate;
class DeadLetterEntryPanel;
class DeadLetterListPanel;
class DeadLetteredJobsModel;

// The Dead letters page (issue 18 item 4; dwp-protocol.md §8): the server's dead-letter count from its REST
// admin API, saying what it counts (replayed entries too); Replay All and Purge; an entry opened by id with
// Replay; the jobs seen dead-lettered since connecting (job.dlq) with Retry on each; and the server's own
// list where it can list. Where REST is missing or cannot list, the session's sentence says so: nothing is
// hidden or made up. Results and errors of each action are said in words next to where the operator acted.
// The page only shows and asks; DeadLettersController carries the actions out.
class DeadLettersPage : public QWidget
{
    Q_OBJECT

public:
    explicit DeadLettersPage(DeadLetteredJobsModel* seen, QWidget* parent = nullptr);

    void setModel(DeadLetteredJobsModel* seen);
    DeadLetteredJobsModel* model() const { return m_seen; }

    // What the server's REST side offers: `available` enables the actions; `limitations` is the session's
    // sentence about what is missing (empty when nothing is); `whyNotAvailable` the tooltip of the disabled
    // actions.
    void setRestState(bool available, const QString& limitations, const QString& whyNotAvailable);
    void showCount(qint64 count, const QDateTime& at);
    void showCountUnavailable(const QString& text);
    // The count as this profile's journal last kept it, `at` when, until the server is asked.
    void showRestoredCount(qint64 count, const QDateTime& at);
    // The latest count request failed; the last count (if any) stays with its time.
    void showCountFailed(const QString& headline, const QString& detail);
    // The outcome of Replay All, Purge or a Retry, or why it failed, next to those buttons.
    void showMessage(const QString& text);

    DeadLetterEntryPanel* entryPanel() const { return m_entry; }
    DeadLetterListPanel* listPanel() const { return m_list; }
    QTableView* seenTable() const { return m_seenTable; }
    QLabel* countLabel() const { return m_count; }
    QLabel* limitationsLabel() const { return m_limitations; }
    QLabel* messageLabel() const { return m_message; }
    QLineEdit* idField() const { return m_idField; }
    QTabWidget* lists() const { return m_lists; }

signals:
    // The page came into view or Refresh was clicked: the count (and the server's list) are asked for.
    void refreshRequested();
    void replayAllRequested();
    void purgeRequested();
    void openEntryRequested(const QString& entryId);
    void retryRequested(const QString& jobId);
    void jobWanted(const QString& jobId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QWidget* buildHeader();
    QWidget* buildOpenById();
    void onSeenClicked(const QModelIndex& index);
    void openTypedId();

    QPointer<DeadLetteredJobsModel> m_seen;
    QLabel* m_count;
    QLabel* m_limitations;
    QLabel* m_message;
    QPushButton* m_refresh = nullptr;
    QPushButton* m_replayAll = nullptr;
    QPushButton* m_purge = nullptr;
    QLineEdit* m_idField = nullptr;
    QPushButton* m_open = nullptr;
    QTabWidget* m_lists;
    QTableView* m_seenTable;
    ButtonColumnDelegate* m_retryDelegate;
    DeadLetterListPanel* m_list;
    DeadLetterEntryPanel* m_entry;
    qint64 m_lastCount = -1;
    QDateTime m_lastCountAt;
};

} // namespace dispatch
