// SPDX-License-Identifier: MIT
#include "gui/dialogs/OpenByIdDialog.h"

#include "ui_OpenByIdDialog.h"

#include <QPushButton>
#include <QRegularExpression>

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
    // TypeIDs: a prefix, '_' and 26 lowercase Crockford base32 characters (dwp-protocol.md §4).
    static const QRegularExpression typeId(QStringLiteral("^(job|wfrun)_[0-9a-hjkmnp-tv-z]{26}$"));
    const QRegularExpressionMatch match = typeId.match(id);
    if (!match.hasMatch())
        return Kind::Invalid;
    return match.captured(1) == u"job" ? Kind::Job : Kind::Run;
}

QString OpenByIdDialog::id() const
{
    return cleanUp(m_ui->idEdit->text());
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
    else if (text.startsWith(QLatin1String("wf_")) || text.startsWith(QLatin1String("evt_")) ||
             text.startsWith(QLatin1String("dlq_")) || text.startsWith(QLatin1String("cron_")))
        hint = tr("Only jobs and workflow runs can be looked up over DWP.");
    else
        hint = tr("Not a job or run id: they look like job_ or wfrun_ followed by 26 letters and digits.");
    m_ui->hintLabel->setText(hint);
    m_ui->buttonBox->button(QDialogButtonBox::Open)->setEnabled(found != Kind::Invalid);
}

} // namespace dispatch
