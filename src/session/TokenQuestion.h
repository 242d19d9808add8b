// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace dispatch {

// SessionHost asks this when the server of a saved profile refused to authenticate (401) and the profile had
// no token to send: with no keyring, a token typed in an earlier run is gone, and the monitor used to say
// only "The server rejected the token" (issue 20 item 13). Whoever shows the window answers it once with a
// token, or with an empty one to decline; a question deleted unanswered declines. The host owns it and
// deletes it once answered. A token that was sent and refused is not asked about again: that is a wrong
// token, said as such.
class TokenQuestion : public QObject
{
    Q_OBJECT

public:
    TokenQuestion(QString profile, QUrl url, QString serverMessage, QObject* parent = nullptr);
    ~TokenQuestion() override;

    QString profile() const { return m_profile; }
    QUrl url() const { return m_url; }
    // What the server said when it refused (English, server-chosen text).
    QString serverMessage() const { return m_serverMessage; }
    bool isAnswered() const { return m_answered; }

    // Empty: declined. Later answers are ignored.
    void answer(const QString& token);

signals:
    void answered(const QString& token);

private:
    QString m_profile;
    QUrl m_url;
    QString m_serverMessage;
    bool m_answered = false;
};

} // namespace dispatch
