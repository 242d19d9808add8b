// SPDX-License-Identifier: MIT
#include "gui/dialogs/OpenByIdDialog.h"

#include "protocol/TypeId.h"

#include "ui_OpenByIdDialog.h"

#include <QPushButton>

namespace dispatch {

OpenByIdDialog::OpenByIdDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::OpenByIdDialog>())
{
    m_ui->setupUi(this);
    m_ui->hintLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->idEdit, &QLineEdit::textChanged, this, &OpenByIdDialog::updateState);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (kind() != Kind::Invalid)
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

OpenByIdDialog::~OpenByIdDialog() = default;

QString OpenByIdDialog::cleanUp(const QString& text)
{
    QString id = text.trimmed();
    // Ids are often copied out of JSON or logs with their quotes, or as a topic ("job:<id>").
    while (!id.isEmpty() && (id.front() == u'"' || id.front() == u'\''))
        id.remove(0, 1);
    while (!id.isEmpty() && (id.back() == u'"' || id.back() == u'\'' || id.back() == u','))
        id.chop(1);
    for (const QLatin1String topic : {QLatin1String("job:"), QLatin1String("workflow:")}) {
        if (id.startsWith(topic))
            id = id.mid(topic.size());
    }
    return id.trimmed();
}

OpenByIdDialog::Kind OpenByIdDialog::kindOf(const QString& id)
{
    const auto typeId = dwp::TypeId::parse(id);
    return typeId ? kindOf(typeId->kind()) : Kind::Invalid;
}

OpenByIdDialog::Kind OpenByIdDialog::kindOf(dwp::TypeId::Kind kind)
{
    using K = dwp::TypeId::Kind;
    switch (kind) {
    case K::Job:
        return Kind::Job;
    case K::WorkflowRun:
        return Kind::Run;
    case K::Cron:
        return Kind::Cron;
    case K::Workflow:
    case K::Checkpoint:
    case K::DeadLetter:
    case K::Event:
    case K::Worker:
    case K::Other:
        break;
    }
    return Kind::Invalid; // DWP looks up jobs and runs only (dwp-protocol.md §3), REST crons too (§8)
}

QString OpenByIdDialog::id() const
{
    return cleanUp(m_ui->idEdit->text());
}

bool OpenByIdDialog::isOtherServerId(const QString& text)
{
    const qsizetype underscore = text.lastIndexOf(u'_');
    if (underscore <= 0)
        return false;
    const dwp::TypeId::Kind kind = dwp::TypeId::kindOf(QStringView(text).left(underscore));
    return kind != dwp::TypeId::Kind::Other && kindOf(kind) == Kind::Invalid;
}

void OpenByIdDialog::updateState()
{
    const QString text = id();
    const Kind found = kindOf(text);
    QString hint;
    if (text.isEmpty())
        hint = tr("Paste an id from a log, an event or another tool.");
    else if (found == Kind::Job)
        hint = tr("A job: opens it on the Jobs page.");
    else if (found == Kind::Run)
        hint = tr("A workflow run: opens it on the Workflows page.");
    else if (found == Kind::Cron)
        hint = tr("A cron entry: opens it on the Crons page, over the server's admin API.");
    else if (isOtherServerId(text))
        hint = tr("Only jobs and workflow runs can be looked up over DWP.");
    else
        hint = tr("Not a job or run id: they look like job_ or wfrun_ followed by 26 letters and digits.");
    m_ui->hintLabel->setText(hint);
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(found != Kind::Invalid);
}

} // namespace dispatch
