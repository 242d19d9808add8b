// SPDX-License-Identifier: MIT
#pragma once

#include "session/JobDraft.h"

#include <QDialog>
#include <QStringList>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

namespace Ui {
class EnqueueJobDialog;
}

namespace dispatch {

// Composes a job and enqueues it, optionally many times in a row with a progress bar. Send stays disabled
// while the name is empty or the payload is not valid JSON, and a line beside it says which (the payload's
// error says line and column). The prefilled `{}` payload is selected when the editor gets the focus, so
// typing replaces it (issue 20 item 21). While sending, Cancel stops the series after the request in flight;
// DWP has no way to take back a request already sent.
class EnqueueJobDialog : public QDialog
{
    Q_OBJECT

public:
    // Enqueues one job and resolves with its id, or throws a DispatchError. It must not capture anything that
    // dies with the dialog: the request may outlive it (pass a plain function or a lambda that calls a
    // coroutine with its arguments by value).
    using EnqueueFunction = std::function<QCoro::Task<QString>(JobDraft draft)>;

    explicit EnqueueJobDialog(EnqueueFunction enqueue, QWidget* parent = nullptr);
    ~EnqueueJobDialog() override;

    void setKnownJobNames(const QStringList& names); // offered by the name's completer
    void setKnownQueues(const QStringList& queues);
    void setDraft(const JobDraft& draft); // "Enqueue again": every field pre-filled
    JobDraft draft() const;

    bool isSending() const { return m_sending; }
    QStringList enqueuedJobIds() const { return m_enqueuedJobIds; }

signals:
    void jobEnqueued(const QString& jobId);

public slots:
    void reject() override; // while sending: stop the series instead of closing

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool payloadIsThePrefill() const;
    QString sendBlockedReason() const;
    QCoro::Task<> sendSeries();
    void updateSendButton();
    void setSending(bool sending);

    std::unique_ptr<Ui::EnqueueJobDialog> m_ui;
    EnqueueFunction m_enqueue;
    QStringList m_knownNames;
    QStringList m_enqueuedJobIds;
    bool m_sending = false;
    bool m_stopRequested = false;
    bool m_selectPrefillOnRelease = false; // focused by a click: select after the click placed the cursor
};

} // namespace dispatch
