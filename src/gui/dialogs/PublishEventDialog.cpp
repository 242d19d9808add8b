// SPDX-License-Identifier: MIT
#include "gui/dialogs/PublishEventDialog.h"

#include "coro/Detached.h"
#include "gui/views/ErrorText.h"
#include "protocol/Methods.h"
#include "ui_PublishEventDialog.h"

#include <QPointer>

namespace dispatch {

PublishEventDialog::PublishEventDialog(PublishFunction publishFunction, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PublishEventDialog>()), m_publish(std::move(publishFunction))
{
    m_ui->setupUi(this);
    m_ui->payloadEditor->setAcceptsEmpty(true);
    m_ui->payloadEditor->setPlaceholderText(tr("optional JSON, e.g. {\"amount\": 42}"));
    m_ui->payloadError->setForegroundRole(QPalette::PlaceholderText);
    m_ui->waitingRunsLabel->setVisible(false);
    m_ui->busyBar->setVisible(false);
    m_ui->statusLabel->setVisible(false);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PublishEventDialog::updatePublishButton);
    connect(m_ui->payloadEditor, &JsonEditor::diagnosticChanged, this,
            &PublishEventDialog::updatePublishButton);
    connect(m_ui->publishButton, &QPushButton::clicked, this,
            [this] { detached(publish(), this, "publishing an event"); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    updatePublishButton();
}

PublishEventDialog::~PublishEventDialog() = default;

void PublishEventDialog::setEventName(const QString& name)
{
    m_ui->nameEdit->setText(name);
}

void PublishEventDialog::setPayload(const QByteArray& json)
{
    m_ui->payloadEditor->setJson(json);
}

void PublishEventDialog::setContext(const QString& text)
{
    m_ui->waitingRunsLabel->setText(text);
    m_ui->waitingRunsLabel->setVisible(!text.isEmpty());
}

QString PublishEventDialog::eventName() const
{
    return m_ui->nameEdit->text().trimmed();
}

QByteArray PublishEventDialog::payloadJson() const
{
    return m_ui->payloadEditor->compactJson();
}

void PublishEventDialog::updatePublishButton()
{
    const bool payloadValid = m_ui->payloadEditor->isValid();
    m_ui->publishButton->setEnabled(!m_publishing && !eventName().isEmpty() && payloadValid);
    m_ui->payloadError->setText(m_ui->payloadEditor->errorText());
    m_ui->payloadError->setVisible(!payloadValid);
}

void PublishEventDialog::setPublishing(bool publishing)
{
    m_publishing = publishing;
    m_ui->nameEdit->setEnabled(!publishing);
    m_ui->payloadEditor->setEnabled(!publishing);
    m_ui->busyBar->setVisible(publishing);
    updatePublishButton();
}

QCoro::Task<> PublishEventDialog::publish()
{
    if (m_publishing || !m_ui->publishButton->isEnabled())
        co_return;
    QPointer<PublishEventDialog> self(this);
    const PublishFunction publishEvent = m_publish; // a copy: the dialog may be gone when the answer comes
    const QString name = eventName();
    const QByteArray payload = payloadJson();
    setPublishing(true);
    m_ui->statusLabel->setVisible(true);
    //: Status line of the Publish Event dialog while sending. %1 is the event name.
    m_ui->statusLabel->setText(tr("Publishing “%1”…").arg(name));
    QString eventId;
    std::exception_ptr failure;
    try {
        eventId = co_await publishEvent(name, payload);
    } catch (...) {
        failure = std::current_exception();
    }
    if (!self)
        co_return;
    setPublishing(false);
    if (failure) {
        m_ui->statusLabel->setText(ErrorText::describe(failure, dwp::methods::WorkflowEvent).toHtml());
        co_return;
    }
    m_eventId = eventId;
    //: Status line of the Publish Event dialog. %1 is the published event's id (evt_…).
    m_ui->statusLabel->setText(tr("Published %1.").arg(eventId));
    emit eventPublished(eventId);
    if (self)
        accept();
}

} // namespace dispatch
