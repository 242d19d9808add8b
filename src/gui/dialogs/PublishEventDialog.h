// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDialog>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

class QCheckBox;

namespace Ui {
class PublishEventDialog;
}

namespace dispatch {

// Publishes a workflow event (workflow.event): a name and an optional JSON payload. A run waiting in a
// `wait:<event>` step resumes when it takes such an event, so the Workflows page opens it pre-filled with
// that event's name. But one publish resumes one run waiting for that name, whichever polls first, and
// nothing routes it to the run on screen (dwp-protocol.md §3): the dialog says so, shows how many runs the
// monitor has seen waiting for the name, and warns when more than one waits (issue 20 item 1).
class PublishEventDialog : public QDialog
{
    Q_OBJECT

public:
    // Publishes and resolves with the event id, or throws a DispatchError. An empty payload means none.
    // Like EnqueueJobDialog::EnqueueFunction, it must not capture anything that dies with the dialog.
    using PublishFunction = std::function<QCoro::Task<QString>(QString name, QByteArray payloadJson)>;

    explicit PublishEventDialog(PublishFunction publishFunction, QWidget* parent = nullptr);
    ~PublishEventDialog() override;

    // The ids of the runs seen waiting for an event name (WaitingStepGuess::runsWaitingFor).
    using WaitingRunsQuery = std::function<QStringList(const QString& eventName)>;

    void setEventName(const QString& name);
    void setPayload(const QByteArray& json);
    // Opened from a run: says which run it is and, when known, which event it waits for (then the name).
    void setOpenedFromRun(const QString& runId, const QString& awaitedEvent);
    // Where the count of waiting runs comes from; without it the dialog shows only the rule.
    void setWaitingRunsQuery(WaitingRunsQuery query);
    // On a server profile marked Production, Publish stays disabled until a checkbox is ticked (issue 20
    // item 3). Return never publishes, on any server.
    void setOnProduction(bool onProduction);
    QString eventName() const;
    QByteArray payloadJson() const;

    bool isPublishing() const { return m_publishing; }
    QString eventId() const { return m_eventId; }

    // Asks the query again for the name in the field: call it when runs change while the dialog is open.
    void refreshWaitingRuns();

signals:
    void eventPublished(const QString& eventId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QCoro::Task<> publish();
    void updatePublishButton();
    void setPublishing(bool publishing);
    QString waitingRunsSentence(const QString& name, const QStringList& runIds) const;

    std::unique_ptr<Ui::PublishEventDialog> m_ui;
    PublishFunction m_publish;
    WaitingRunsQuery m_waitingRuns;
    QString m_runId; // the run the dialog was opened from, or empty
    QString m_eventId;
    bool m_publishing = false;
    bool m_onProduction = false;
    QCheckBox* m_productionCheck = nullptr;
};

} // namespace dispatch
