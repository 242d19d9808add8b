// SPDX-License-Identifier: MIT
#include "gui/dialogs/PublishEventDialog.h"

#include "coro/Detached.h"
#include "gui/dialogs/DestructiveButtons.h"
#include "gui/dialogs/SendShortcut.h"
#include "gui/views/ErrorText.h"
#include "protocol/Methods.h"
#include "ui_PublishEventDialog.h"

#include <QCheckBox>
#include <QPointer>
#include <QStyle>

namespace dispatch {

PublishEventDialog::PublishEventDialog(PublishFunction publishFunction, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::PublishEventDialog>()), m_publish(std::move(publishFunction))
{
    m_ui->setupUi(this);
    m_ui->payloadEditor->setAcceptsEmpty(true);
    m_ui->payloadEditor->setPlaceholderText(tr("optional JSON, e.g. {\"amount\": 42}"));
    m_ui->payloadError->setForegroundRole(QPalette::PlaceholderText);
    m_ui->contextLabel->setVisible(false);
    m_ui->waitingRunsLabel->setVisible(false);
    m_ui->waitingWarning->setVisible(false);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_ui->waitingWarningIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize, iconSize));
    m_ui->busyBar->setVisible(false);
    m_ui->statusLabel->setVisible(false);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PublishEventDialog::updatePublishButton);
    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &PublishEventDialog::refreshWaitingRuns);
    connect(m_ui->payloadEditor, &JsonEditor::diagnosticChanged, this,
            &PublishEventDialog::updatePublishButton);
    SendShortcut::install(this, m_ui->publishButton);
    connect(m_ui->publishButton, &QPushButton::clicked, this,
            [this] { detached(publish(), this, "publishing an event"); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    // A publish resumes a run and cannot be taken back (dwp-protocol.md §3): Return cancels, never publishes.
    DestructiveButtons::makeSafeTheDefault(m_ui->cancelButton, m_ui->publishButton);
    updatePublishButton();
}

void PublishEventDialog::setOnProduction(bool onProduction)
{
    if (onProduction && !m_productionCheck) {
        m_productionCheck = DestructiveButtons::productionCheckBox(
            tr("Yes, publish this event on this production server."), this);
        // Above the buttons, below what the dialog says about the runs waiting.
        m_ui->mainLayout->insertWidget(m_ui->mainLayout->indexOf(m_ui->statusLabel), m_productionCheck);
        connect(m_productionCheck, &QCheckBox::toggled, this, &PublishEventDialog::updatePublishButton);
    }
    if (m_productionCheck)
        m_productionCheck->setVisible(onProduction);
    m_onProduction = onProduction;
    updatePublishButton();
}

void PublishEventDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    // Opened from a run, the name is filled in and the dialog is a confirmation: the focus stays on Cancel.
    // Opened empty, the name is what the operator types first; Return there still presses Cancel.
    if (eventName().isEmpty())
        m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
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

void PublishEventDialog::setOpenedFromRun(const QString& runId, const QString& awaitedEvent)
{
    m_runId = runId;
    if (!awaitedEvent.isEmpty())
        setEventName(awaitedEvent);
    QString context;
    if (!runId.isEmpty() && !awaitedEvent.isEmpty())
        //: Header of the Publish Event dialog opened from a run. %1 is the run id (run_…), %2 the event
        //: name the run waits for.
        context = tr("Run %1 is waiting for “%2”.").arg(runId, awaitedEvent);
    else if (!runId.isEmpty())
        //: Header of the Publish Event dialog opened from a run. %1 is the run id (run_…).
        context = tr("Run %1 is running. Name the event its wait step expects.").arg(runId);
    m_ui->contextLabel->setText(context);
    m_ui->contextLabel->setVisible(!context.isEmpty());
    refreshWaitingRuns();
}

void PublishEventDialog::setWaitingRunsQuery(WaitingRunsQuery query)
{
    m_waitingRuns = std::move(query);
    refreshWaitingRuns();
}

void PublishEventDialog::refreshWaitingRuns()
{
    const QString name = eventName();
    const bool known = m_waitingRuns && !name.isEmpty();
    const QStringList runIds = known ? m_waitingRuns(name) : QStringList();
    m_ui->waitingRunsLabel->setText(known ? waitingRunsSentence(name, runIds) : QString());
    m_ui->waitingRunsLabel->setVisible(known);
    m_ui->waitingWarning->setVisible(runIds.size() > 1);
}

QString PublishEventDialog::waitingRunsSentence(const QString& name, const QStringList& runIds) const
{
    const int count = int(runIds.size());
    if (count == 0)
        //: Publish Event dialog, no run known to wait (dwp-protocol.md §3: the event stays until a run takes
        //: it). %1 is the event name.
        return tr("The monitor has seen no run waiting for “%1”. The server keeps the event until a run "
                  "waits "
                  "for that name, however much later.")
            .arg(name);
    if (count == 1 && runIds.first() == m_runId)
        //: Publish Event dialog opened from the one run known to wait. %1 is the run id (run_…), %2 the event
        //: name.
        return tr("Only run %1 is seen waiting for “%2”. A run the monitor has not seen may still take the "
                  "event first.")
            .arg(m_runId, name);
    if (m_runId.isEmpty() || count == 1)
        //: Publish Event dialog. %n is how many runs the monitor has seen waiting, %1 the event name.
        return tr("%n run(s) seen waiting for “%1”: one publish resumes one of them, whichever polls first.",
                  nullptr, count)
            .arg(name);
    //: Publish Event dialog opened from a run while others wait too. %n is how many runs the monitor has seen
    //: waiting, %1 the event name, %2 the run the dialog was opened from (run_…).
    return tr("%n run(s) seen waiting for “%1”: one publish resumes one of them, whichever polls first, not "
              "necessarily run %2.",
              nullptr, count)
        .arg(name, m_runId);
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
    const bool deliberate = !m_onProduction || (m_productionCheck && m_productionCheck->isChecked());
    m_ui->publishButton->setEnabled(!m_publishing && !eventName().isEmpty() && payloadValid && deliberate);
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
        m_ui->statusLabel->setText(ErrorText::describe(failure).toHtml());
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
