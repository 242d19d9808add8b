// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QStatusBar;

namespace dispatch {

// The status bar's passing messages, each belonging to what it is about: the session on screen (its warnings,
// the results of actions on it) or a connection attempt (why it failed). A message goes when what it belongs
// to is superseded — a new session on screen, a connection that succeeds, a new attempt — so "The server
// rejected the token" never stands beside "Connected" (issue 20 item 7). Messages about the window itself
// (settings, keyring) go to the status bar directly and stay for their time.
class StatusMessages : public QObject
{
    Q_OBJECT

public:
    enum class Scope
    {
        Session,           // goes with the session on screen
        ConnectionAttempt, // goes when the session connects or tries anew, and with the session
    };

    explicit StatusMessages(QStatusBar* bar, QObject* parent = nullptr);

    void show(const QString& message, int timeoutMs, Scope scope);
    // Another session is on screen (or none): the previous one's messages go.
    void sessionSuperseded();
    // The session connected or a new attempt began: the failures of earlier attempts go.
    void attemptSuperseded();
    QString current() const;

    // What the status bar shows of one message, in characters: a line at 1920 px holds about 250, and our
    // longest messages (a certificate's fingerprint in German) must stay whole.
    static constexpr qsizetype kMaxChars = 500;

private:
    void clearIfShown(bool attemptOnly);

    QPointer<QStatusBar> m_bar;
    QString m_message; // the last message shown here, and what it belongs to
    Scope m_scope = Scope::Session;
};

} // namespace dispatch
