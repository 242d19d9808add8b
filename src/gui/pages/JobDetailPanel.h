// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JobState.h"
#include "settings/ServerEnvironment.h"

#include <QPersistentModelIndex>
#include <QPointer>
#include <QWidget>

class QFormLayout;
class QLabel;
class QMessageBox;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace dispatch {

class ServerAccess;

class EventFilterProxy;
class EventLogModel;
class JobsModel;
class JsonViewer;

// Everything known about one job: every field, the last error, the payload (known once the job has been
// fetched by id, which the panel asks for), and the job's own events from the log. Its actions are Retry for
// a failed job (over REST, where the server has it; confirmed on Production only), Cancel (REST's guarded
// cancel for a job not started; for a running job, or without REST, DWP's relabel offered as what it is;
// JobActionQuestion), Enqueue again and Copy id.
class JobDetailPanel : public QWidget
{
    Q_OBJECT

public:
    JobDetailPanel(JobsModel* jobs, EventLogModel* log, QWidget* parent = nullptr);

    QString jobId() const { return m_jobId; }
    void setJob(const QString& jobId); // empty: nothing selected
    // The list's filters hide the job: the panel keeps showing it and says so (issue 20 item 2).
    void setHiddenFromList(bool hidden);
    // The environment of the server on screen. On Production, cancelling or relabelling waits for a ticked
    // checkbox (issue 20 item 3); the change reaches confirmations opened from now on.
    void setServerEnvironment(std::optional<ServerEnvironment> environment);
    // Another session's models; the job shown stays (by id). An open cancel confirmation is closed: it
    // was about the other session's job.
    void setModels(JobsModel* jobs, EventLogModel* log);
    // Retry and the guarded cancel need the server's REST admin API (§8); `whyNot` says in words why it is
    // missing. Without it, Cancel offers DWP's relabel.
    void setRestAvailable(bool available, const QString& whyNot);
    // What the session may send now: offline, or a scope a 403 said the token lacks, the buttons that would
    // change the server are off and say why (issue 20 items 6 and 18). Null: no limit known.
    void setServerAccess(ServerAccess* access);

signals:
    void detailsWanted(const QString& jobId);             // the payload and priority need a job.get
    void cancelConfirmed(const QString& jobId);           // REST's guarded cancel (§8)
    void relabelCancelledConfirmed(const QString& jobId); // DWP's job.cancel, a label only (§3)
    void retryConfirmed(const QString& jobId);
    void enqueueAgainRequested(const QString& jobId);

private:
    void refresh();
    void refreshActions(bool known, std::optional<dwp::JobState> knownState);
    void confirmCancel();
    void confirmRetry();
    void watchModel();
    QLabel* addField(QFormLayout* form, const QString& label, const char* objectName);

    JobsModel* m_jobs;
    QString m_jobId;
    QPersistentModelIndex m_row;
    EventFilterProxy* m_history;
    QLabel* m_title;
    QLabel* m_hiddenNotice;
    QLabel* m_id;
    QLabel* m_name;
    QLabel* m_queue;
    QLabel* m_state;
    QLabel* m_priority;
    QLabel* m_attempt;
    QLabel* m_enqueued;
    QLabel* m_started;
    QLabel* m_finished;
    QLabel* m_elapsed;
    QLabel* m_note;
    QPlainTextEdit* m_lastError;
    JsonViewer* m_payload;
    QTableView* m_historyTable;
    QPushButton* m_retryButton;
    QPushButton* m_cancelButton;
    QPushButton* m_enqueueAgainButton;
    QPushButton* m_copyIdButton;
    QPointer<QMessageBox> m_cancelConfirmation;
    QPointer<QMessageBox> m_retryConfirmation;
    bool m_restAvailable = false;
    QString m_restUnavailableReason;
    QPointer<ServerAccess> m_access;
    bool m_hiddenFromList = false;
    std::optional<ServerEnvironment> m_environment;
};

} // namespace dispatch
