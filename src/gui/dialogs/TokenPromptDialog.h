// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QLineEdit;
class QPushButton;

namespace dispatch {

// Asks for a saved profile's token when its server wanted one and none was kept (TokenQuestion): says which
// server and profile, why no token was kept (the keyring's problem, when there is one) and what the server
// said; the token field shows dots, Connect stays disabled while it is empty, and "Keep it in the system
// keyring" is offered only when the keyring works. Window-modal (open()), so the window keeps painting.
class TokenPromptDialog : public QDialog
{
    Q_OBJECT

public:
    struct Context
    {
        QString profile;
        QUrl url;
        QString serverMessage;
        bool keyringAvailable = false;
        QString keyringProblem; // in words, empty when the keyring works
    };

    explicit TokenPromptDialog(const Context& context, QWidget* parent = nullptr);

    QString token() const;
    bool keepInKeyring() const;
    QPushButton* connectButton() const { return m_connect; }

private:
    QLineEdit* m_token;
    QCheckBox* m_keep;
    QPushButton* m_connect;
};

} // namespace dispatch
