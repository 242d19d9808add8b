// SPDX-License-Identifier: MIT
#include "gui/dialogs/StartWorkflowDialog.h"

#include "coro/Detached.h"
#include "gui/dialogs/SendShortcut.h"
#include "gui/views/ErrorText.h"
#include "protocol/Methods.h"
#include "ui_StartWorkflowDialog.h"

#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>

namespace dispatch {

StartWorkflowDialog::StartWorkflowDialog(StartFunction startFunction, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::StartWorkflowDialog>()), m_namesNote(new QLabel(this)),
      m_start(std::move(startFunction))
{
    m_ui->setupUi(this);
    m_namesNote->setObjectName(QStringLiteral("workflowNamesNote"));
    m_namesNote->setWordWrap(true);
    m_namesNote->setForegroundRole(QPalette::PlaceholderText);
    m_namesNote->setText(tr("Names seen since connecting; asking the server for its registered names…"));
    m_ui->formLayout->insertRow(1, QString(), m_namesNote);
    m_ui->nameCombo->lineEdit()->setPlaceholderText(tr("workflow name, e.g. order-pipeline"));
    m_ui->nameCombo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_ui->nameCombo->completer()->setFilterMode(Qt::MatchContains);
    m_ui->inputError->setForegroundRole(QPalette::PlaceholderText);
    m_ui->busyBar->setVisible(false);
    m_ui->statusLabel->setVisible(false);
    connect(m_ui->nameCombo, &QComboBox::currentTextChanged, this, &StartWorkflowDialog::updateStartButton);
    connect(m_ui->inputEditor, &JsonEditor::diagnosticChanged, this, &StartWorkflowDialog::updateStartButton);
    SendShortcut::install(this, m_ui->startButton);
    connect(m_ui->startButton, &QPushButton::clicked, this,
            [this] { detached(start(), this, "starting a workflow"); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    updateStartButton();
}

StartWorkflowDialog::~StartWorkflowDialog() = default;

void StartWorkflowDialog::setKnownWorkflowNames(const QStringList& names)
{
    m_seenNames = names;
    offerNames();
}

void StartWorkflowDialog::setRegisteredWorkflowNames(const QStringList& names)
{
    m_registeredNames = names;
    if (names.isEmpty()) {
        m_namesNote->setText(tr("The server has no workflows registered; a start by name fails."));
    } else {
        //: Under the workflow name field of the Start Workflow dialog; %n is how many names the server has
        //: registered (GET /v1/workflows).
        m_namesNote->setText(
            tr("%n workflow(s) registered on the server, offered with those seen since connecting.", nullptr,
               int(names.size())));
    }
    offerNames();
}

void StartWorkflowDialog::setRegisteredNamesUnavailable(const QString& why)
{
    //: Under the workflow name field of the Start Workflow dialog when the server's registered names are
    //: unknown; %1 says why (for example "This server has no admin API at …").
    m_namesNote->setText(tr("%1 The names offered are those seen since connecting.").arg(why));
}

void StartWorkflowDialog::offerNames()
{
    const QString current = m_ui->nameCombo->currentText();
    QStringList names = m_registeredNames + m_seenNames;
    names.removeAll(QString());
    names.sort(Qt::CaseInsensitive);
    names.removeDuplicates();
    m_ui->nameCombo->clear();
    m_ui->nameCombo->addItems(names);
    m_ui->nameCombo->setCurrentText(current);
}

void StartWorkflowDialog::setWorkflowName(const QString& name)
{
    m_ui->nameCombo->setCurrentText(name);
}

void StartWorkflowDialog::setInput(const QByteArray& json)
{
    m_ui->inputEditor->setJson(json);
}

QString StartWorkflowDialog::workflowName() const
{
    return m_ui->nameCombo->currentText().trimmed();
}

QByteArray StartWorkflowDialog::inputJson() const
{
    return m_ui->inputEditor->compactJson();
}

void StartWorkflowDialog::updateStartButton()
{
    const bool inputValid = m_ui->inputEditor->isValid();
    m_ui->startButton->setEnabled(!m_starting && !workflowName().isEmpty() && inputValid);
    m_ui->inputError->setText(m_ui->inputEditor->errorText());
    m_ui->inputError->setVisible(!inputValid);
}

void StartWorkflowDialog::setStarting(bool starting)
{
    m_starting = starting;
    m_ui->nameCombo->setEnabled(!starting);
    m_ui->inputEditor->setEnabled(!starting);
    m_ui->busyBar->setVisible(starting);
    m_ui->cancelButton->setText(starting ? tr("Stop &Waiting") : tr("Cancel"));
    m_ui->cancelButton->setToolTip(starting ? tr("Close this dialog. The run, once started, goes on.")
                                            : QString());
    updateStartButton();
}

QCoro::Task<> StartWorkflowDialog::start()
{
    if (m_starting || !m_ui->startButton->isEnabled())
        co_return;
    QPointer<StartWorkflowDialog> self(this);
    const StartFunction startRun = m_start; // a copy: the dialog may be gone when the answer comes
    const QString name = workflowName();
    const QByteArray input = inputJson();
    setStarting(true);
    m_ui->statusLabel->setVisible(true);
    //: Status line of the Start Workflow dialog while sending. %1 is the workflow name.
    m_ui->statusLabel->setText(tr("Starting “%1”…").arg(name));
    QString runId;
    std::exception_ptr failure;
    try {
        runId = co_await startRun(name, input);
    } catch (...) {
        failure = std::current_exception();
    }
    if (!self)
        co_return;
    setStarting(false);
    if (failure) {
        m_ui->statusLabel->setText(ErrorText::describe(failure).toHtml());
        co_return;
    }
    m_runId = runId;
    //: Status line of the Start Workflow dialog. %1 is the new workflow run's id (run_…).
    m_ui->statusLabel->setText(tr("Started %1.").arg(runId));
    emit runStarted(runId);
    if (self)
        accept();
}

} // namespace dispatch
