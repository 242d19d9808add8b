// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ClientState.h"

#include <QDateTime>
#include <QTimer>
#include <QUrl>
#include <QWidget>
#include <chrono>

class QAction;
class QLabel;
class QToolButton;

namespace dispatch {

class EnvironmentBadge;
class ProfileComboBox;

// The strip at the top of the window: which server, the connection's state in words ("Connected",
// "Reconnecting in 4 s", "Token rejected"), the session id and the last ping round trip.
class ConnectionBar : public QWidget
{
    Q_OBJECT

public:
    // What the bar shows of a reason the connection ended, in characters: our longest reason, an untrusted
    // certificate with its SHA-256 fingerprint, is about 220 in English and more in German.
    static constexpr qsizetype kMaxReasonChars = 500;

    explicit ConnectionBar(QWidget* parent = nullptr);

    QString stateText() const; // what the bar says now, for tests and the window title
    ClientState state() const { return m_state; }
    // The server profile switch and the environment badge beside it (ProfileController fills them).
    ProfileComboBox* profileCombo() const { return m_profileCombo; }
    EnvironmentBadge* environmentBadge() const { return m_environmentBadge; }
    // The window's Reconnect now and Disconnect actions, as buttons beside Connect…, each shown while its
    // action is enabled.
    void addConnectionActions(QAction* reconnectNow, QAction* disconnect);

public slots:
    void setServer(const QUrl& url);
    void setState(dispatch::ClientState state);
    void setReconnectScheduled(std::chrono::milliseconds delay, int attempt);
    void setSessionId(const QString& sessionId);
    void setPingRoundTrip(std::chrono::milliseconds roundTrip);
    void setFatalError(const QString& message, int code);
    // The operator disconnected on purpose: the bar says so until the next attempt.
    void setDisconnectedByUser();

signals:
    void connectRequested();        // "Connect…": choose a server
    void manageProfilesRequested(); // "Profiles…": add, edit, remove server profiles

private:
    void refresh();
    QString stateWords() const;

    QLabel* m_stateDot;
    QLabel* m_server;
    QLabel* m_stateLabel;
    QLabel* m_session;
    QLabel* m_ping;
    QToolButton* m_connectButton;
    EnvironmentBadge* m_environmentBadge;
    ProfileComboBox* m_profileCombo;
    QToolButton* m_profilesButton;
    ClientState m_state = ClientState::Disconnected;
    QDateTime m_reconnectAt;
    int m_attempt = 0;
    QString m_fatalMessage;
    int m_fatalCode = 0;
    bool m_disconnectedByUser = false;
    QTimer m_countdown;
};

} // namespace dispatch
