// SPDX-License-Identifier: MIT
#include "gui/dialogs/EnqueueJobDialog.h"

#include "coro/Detached.h"
#include "gui/dialogs/SendShortcut.h"
#include "gui/views/ErrorText.h"
#include "protocol/Methods.h"
#include "ui_EnqueueJobDialog.h"

#include <QCompleter>
#include <QFocusEvent>
#include <QPointer>
#include <QStringListModel>
#include <QTimer>

namespace dispatch {

EnqueueJobDialog::EnqueueJobDialog(EnqueueFunction enqueue, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::EnqueueJobDialog>()), m_enqueue(std::move(enqueue))
{
    m_ui->setupUi(this);
    auto* completer = new QCompleter(new QStringListModel(this), this);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    m_ui->nameEdit->setCompleter(completer);
    m_ui->queueCombo->lineEdit()->setPlaceholderText(tr("default"));
    m_ui->payloadError->setForegroundRole(QPalette::PlaceholderText);
    m_ui->nameHint->setForegroundRole(QPalette::PlaceholderText);
    m_ui->nameHint->setVisible(false);
    m_ui->progressBar->setVisible(false);
    m_ui->statusLabel->setVisible(false);
    m_ui->sendBlockedReason->setForegroundRole(QPalette::PlaceholderText);
    m_ui->payloadEditor->installEventFilter(this);
    m_ui->payloadEditor->viewport()->installEventFilter(this);

    connect(m_ui->nameEdit, &QLineEdit::textChanged, this, &EnqueueJobDialog::updateSendButton);
    connect(m_ui->payloadEditor, &JsonEditor::validityChanged, this, &EnqueueJobDialog::updateSendButton);
    connect(m_ui->payloadEditor, &JsonEditor::diagnosticChanged, this, &EnqueueJobDialog::updateSendButton);
    SendShortcut::install(this, m_ui->sendButton);
    connect(m_ui->sendButton, &QPushButton::clicked, this,
            [this] { detached(sendSeries(), this, "enqueueing jobs"); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &EnqueueJobDialog::reject);
    updateSendButton();
}

EnqueueJobDialog::~EnqueueJobDialog() = default;

void EnqueueJobDialog::setKnownJobNames(const QStringList& names)
{
    m_knownNames = names;
    m_knownNames.sort(Qt::CaseInsensitive);
    static_cast<QStringListModel*>(m_ui->nameEdit->completer()->model())->setStringList(m_knownNames);
    updateSendButton();
}

void EnqueueJobDialog::setKnownQueues(const QStringList& queues)
{
    const QString current = m_ui->queueCombo->currentText();
    m_ui->queueCombo->clear();
    m_ui->queueCombo->addItems(queues);
    m_ui->queueCombo->setCurrentText(current);
}

void EnqueueJobDialog::setDraft(const JobDraft& draft)
{
    m_ui->nameEdit->setText(draft.name);
    m_ui->queueCombo->setCurrentText(draft.queue);
    m_ui->prioritySpin->setValue(
        int(qBound(qint64(0), draft.priority, qint64(m_ui->prioritySpin->maximum()))));
    m_ui->payloadEditor->setJson(draft.payloadJson.isEmpty() ? QByteArrayLiteral("{}") : draft.payloadJson);
}

JobDraft EnqueueJobDialog::draft() const
{
    JobDraft draft;
    draft.name = m_ui->nameEdit->text().trimmed();
    draft.queue = m_ui->queueCombo->currentText().trimmed();
    draft.priority = m_ui->prioritySpin->value();
    draft.payloadJson = m_ui->payloadEditor->compactJson();
    return draft;
}

void EnqueueJobDialog::updateSendButton()
{
    const QString name = m_ui->nameEdit->text().trimmed();
    const bool payloadValid = m_ui->payloadEditor->isValid();
    m_ui->sendButton->setEnabled(!m_sending && !name.isEmpty() && payloadValid);
    m_ui->payloadError->setText(payloadValid ? QString() : m_ui->payloadEditor->errorText());
    m_ui->payloadError->setVisible(!payloadValid);
    // The server accepts any name, and a job nobody handles loops between running and pending for ever
    // (dwp-protocol.md §3, §11.10): worth a word before sending, not a refusal.
    const bool unknownName = !name.isEmpty() && !m_knownNames.isEmpty() && !m_knownNames.contains(name);
    //: Hint under the job name field of the Enqueue dialog. %1 is the job name typed.
    m_ui->nameHint->setText(unknownName ? tr("No job called “%1” has been seen on this server. If no handler "
                                             "is registered for it, the server will retry it for ever.")
                                              .arg(name)
                                        : QString());
    m_ui->nameHint->setVisible(unknownName);
    // A disabled button says nothing by itself: say what is missing, beside it and in its tooltip.
    const QString blocked = sendBlockedReason();
    m_ui->sendButton->setToolTip(blocked);
    m_ui->sendBlockedReason->setText(blocked);
    m_ui->sendBlockedReason->setVisible(!blocked.isEmpty());
}

QString EnqueueJobDialog::sendBlockedReason() const
{
    if (m_sending)
        return {};
    if (m_ui->nameEdit->text().trimmed().isEmpty())
        return tr("Enter the job's name first.");
    if (!m_ui->payloadEditor->isValid())
        return tr("Fix the payload first: it is not valid JSON.");
    return {};
}

bool EnqueueJobDialog::payloadIsThePrefill() const
{
    return m_ui->payloadEditor->toPlainText().trimmed() == u"{}";
}

bool EnqueueJobDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The prefilled `{}` is only a valid default: selected, so typing a payload replaces it rather than
    // landing inside or after the braces. A click gives the focus before it places the cursor (and a press
    // inside a selection would clear it on the release), so after a click the selection is made once the
    // release has been handled, unless the click was a drag that selected something itself.
    if (watched == m_ui->payloadEditor && event->type() == QEvent::FocusIn && payloadIsThePrefill()) {
        m_selectPrefillOnRelease = static_cast<QFocusEvent*>(event)->reason() == Qt::MouseFocusReason;
        if (!m_selectPrefillOnRelease)
            m_ui->payloadEditor->selectAll();
    } else if (watched == m_ui->payloadEditor->viewport() && event->type() == QEvent::MouseButtonRelease &&
               m_selectPrefillOnRelease) {
        m_selectPrefillOnRelease = false;
        const bool dragged = m_ui->payloadEditor->textCursor().hasSelection();
        if (!dragged && payloadIsThePrefill())
            QTimer::singleShot(0, m_ui->payloadEditor, &QPlainTextEdit::selectAll);
    }
    return QDialog::eventFilter(watched, event);
}

void EnqueueJobDialog::setSending(bool sending)
{
    m_sending = sending;
    const std::initializer_list<QWidget*> fields = {m_ui->nameEdit, m_ui->queueCombo, m_ui->prioritySpin,
                                                    m_ui->payloadEditor, m_ui->repeatSpin};
    for (QWidget* field : fields) {
        field->setEnabled(!sending);
    }
    m_ui->cancelButton->setText(sending ? tr("&Stop") : tr("Close"));
    updateSendButton();
}

void EnqueueJobDialog::reject()
{
    if (m_sending) {
        m_stopRequested = true;
        m_ui->statusLabel->setText(tr("Stopping after the request in flight…"));
        m_ui->cancelButton->setEnabled(false);
        return;
    }
    QDialog::reject();
}

QCoro::Task<> EnqueueJobDialog::sendSeries()
{
    if (m_sending || !m_ui->sendButton->isEnabled())
        co_return;
    QPointer<EnqueueJobDialog> self(this);
    const JobDraft job = draft();
    const int total = m_ui->repeatSpin->value();
    const EnqueueFunction enqueue = m_enqueue; // a copy: the dialog may be gone when a request returns
    m_stopRequested = false;
    setSending(true);
    m_ui->progressBar->setRange(0, total);
    m_ui->progressBar->setValue(0);
    m_ui->progressBar->setVisible(total > 1);
    m_ui->statusLabel->setVisible(true);
    m_ui->statusLabel->setText(tr("Sending…"));

    int sent = 0;
    std::exception_ptr failure;
    while (sent < total && !failure) {
        QString jobId;
        try {
            jobId = co_await enqueue(job);
        } catch (...) {
            failure = std::current_exception();
        }
        if (!self)
            co_return;
        if (failure)
            break;
        ++sent;
        m_enqueuedJobIds.append(jobId);
        m_ui->progressBar->setValue(sent);
        emit jobEnqueued(jobId);
        if (!self)
            co_return;
        if (m_stopRequested)
            break;
    }

    setSending(false);
    m_ui->cancelButton->setEnabled(true);
    if (failure) {
        const ErrorText error = ErrorText::describe(failure);
        m_ui->statusLabel->setText(
            //: Status line of the Enqueue dialog when sending several copies failed part-way (rich text). %1
            //: is how many were enqueued, %2 how many were asked for, %3 the error (HTML).
            sent > 0 ? tr("%1 of %2 enqueued, then:<br>%3").arg(sent).arg(total).arg(error.toHtml())
                     : error.toHtml());
        co_return;
    }
    if (sent < total) {
        //: Status line of the Enqueue dialog. %1 is how many copies were enqueued, %2 how many were asked
        //: for.
        m_ui->statusLabel->setText(tr("Stopped: %1 of %2 enqueued.").arg(sent).arg(total));
        co_return;
    }
    //: Status line of the Enqueue dialog. %1 is the new job's id (job_…).
    m_ui->statusLabel->setText(total == 1 ? tr("Enqueued %1.").arg(m_enqueuedJobIds.constLast())
                                          : tr(
                                                //: Status line of the Enqueue dialog after sending several
                                                //: copies. %n is the number of jobs enqueued.
                                                "Enqueued %n job(s).", nullptr, total));
    accept();
}

} // namespace dispatch
