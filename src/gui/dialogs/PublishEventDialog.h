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

// Publishes a workflow event (workflow.event): a name and an optional JSON payload. It is what wakes a run
// waiting in a `wait:<event>` step, so the Workflows page opens it pre-filled with that event's name.
class PublishEventDialog : public QDialog
{
    Q_OBJECT

public:
    // Publishes and resolves with the event id, or throws a DispatchError. An empty payload means none.
    // Like EnqueueJobDialog::EnqueueFunction, it must not capture anything that dies with the dialog.
    using PublishFunction = std::function<QCoro::Task<QString>(QString name, QByteArray payloadJson)>;

    explicit PublishEventDialog(PublishFunction publishFunction, QWidget* parent = nullptr);
    ~PublishEventDialog() override;

    void setEventName(const QString& name);
    void setPayload(const QByteArray& json);
    // Tells who is waiting for the event, e.g. "Run wfrun_… is waiting for this event."
    void setContext(const QString& text);
    // On a server profile marked Production, Publish stays disabled until a checkbox is ticked (issue 20
    // item 3). Return never publishes, on any server.
    void setOnProduction(bool onProduction);
    QString eventName() const;
    QByteArray payloadJson() const;

    bool isPublishing() const { return m_publishing; }
    QString eventId() const { return m_eventId; }

signals:
    void eventPublished(const QString& eventId);

protected:
    void showEvent(QShowEvent* event) override;

private:
    QCoro::Task<> publish();
    void updatePublishButton();
    void setPublishing(bool publishing);

    std::unique_ptr<Ui::PublishEventDialog> m_ui;
    PublishFunction m_publish;
    QString m_eventId;
    bool m_publishing = false;
    bool m_onProduction = false;
    QCheckBox* m_productionCheck = nullptr;
};

} // namespace dispatch
