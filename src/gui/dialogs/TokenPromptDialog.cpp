// SPDX-License-Identifier: MIT
#include "gui/dialogs/TokenPromptDialog.h"

#include "protocol/ServerText.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch {

TokenPromptDialog::TokenPromptDialog(const Context& context, QWidget* parent)
    : QDialog(parent), m_token(new QLineEdit(this)), m_keep(new QCheckBox(this)), m_connect(nullptr)
{
    //: Title of the dialog that asks for a saved profile's token. %1 is the profile's name.
    setWindowTitle(tr("Token for “%1”").arg(context.profile));
    auto* layout = new QVBoxLayout(this);

    const QString server = context.url.port() > 0
                               ? QStringLiteral("%1:%2").arg(context.url.host()).arg(context.url.port())
                               : context.url.host();
    auto* why = new QLabel(
        //: %1 is the server (host:port), %2 the profile's name.
        tr("The server at %1 asks for a token, and none is kept for the profile “%2”.")
            .arg(server, context.profile),
        this);
    why->setObjectName(QStringLiteral("tokenPromptReason"));
    why->setWordWrap(true);
    layout->addWidget(why);
    if (!context.keyringProblem.isEmpty()) {
        auto* keyring = new QLabel(context.keyringProblem, this);
        keyring->setObjectName(QStringLiteral("tokenPromptKeyring"));
        keyring->setWordWrap(true);
        layout->addWidget(keyring);
    }
    if (!context.serverMessage.isEmpty()) {
        auto* said = new QLabel(
            //: %1 is what the server answered when it refused to connect (English, from the server).
            tr("The server said: %1").arg(dwp::ServerText::printable(context.serverMessage)), this);
        said->setObjectName(QStringLiteral("tokenPromptServerMessage"));
        said->setWordWrap(true);
        said->setTextFormat(Qt::PlainText);
        layout->addWidget(said);
    }

    m_token->setObjectName(QStringLiteral("tokenField"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Token"));
    layout->addWidget(m_token);

    m_keep->setObjectName(QStringLiteral("keepInKeyring"));
    m_keep->setText(tr("Keep it in the system keyring"));
    m_keep->setChecked(context.keyringAvailable);
    m_keep->setEnabled(context.keyringAvailable);
    if (!context.keyringAvailable)
        m_keep->setToolTip(
            tr("The system keyring is not available, so the token is kept for this session only."));
    layout->addWidget(m_keep);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    //: The button that connects with the token just typed.
    m_connect = buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("tokenPromptConnect"));
    m_connect->setEnabled(false);
    m_connect->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_token, &QLineEdit::textChanged, this,
            [this](const QString& text) { m_connect->setEnabled(!text.trimmed().isEmpty()); });
    m_token->setFocus();
}

QString TokenPromptDialog::token() const
{
    // A token pasted with a line break or spaces around it is the token without them.
    return m_token->text().trimmed();
}

bool TokenPromptDialog::keepInKeyring() const
{
    return m_keep->isEnabled() && m_keep->isChecked();
}

} // namespace dispatch
