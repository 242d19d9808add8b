// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ConnectionSettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectDialog;
}

namespace dispatch {

// Asks where to connect: the server's DWP URL, the token and the wire format. Connect stays disabled until
// the URL is a ws:// or wss:// address, and says why.
class ConnectDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ConnectDialog(QWidget* parent = nullptr);
    ~ConnectDialog() override;

    // The settings given to setSettings() with the URL, token and format of the form; what the form does not
    // show (timeouts, heartbeat, message bound, trusted certificates) passes through unchanged.
    ConnectionSettings settings() const;
    void setSettings(const ConnectionSettings& settings);
    bool isInputAcceptable() const;

    // Checks a server address; returns an empty string when it is usable, else what is wrong.
    static QString problemWithUrl(const QString& text);

private:
    void updateState();

    std::unique_ptr<Ui::ConnectDialog> m_ui;
    ConnectionSettings m_given;
};

} // namespace dispatch
