// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QString>
#include <QUrl>

namespace dispatch {

// SessionHost asks this before a token goes in plain text over ws:// to another machine. Whoever shows the
// window answers it once (answer()); a question deleted unanswered counts as "do not send". The host owns
// it and deletes it once answered.
class PlainTextTokenQuestion : public QObject
{
    Q_OBJECT

public:
    PlainTextTokenQuestion(QString profile, QUrl url, QObject* parent = nullptr);
    ~PlainTextTokenQuestion() override;

    QString profile() const { return m_profile; } // empty: ad hoc, nothing to remember the answer in
    QUrl url() const { return m_url; }
    bool isAnswered() const { return m_answered; }

    // `remember` is only kept for a profile. Later answers are ignored.
    void answer(bool send, bool remember);

signals:
    void answered(bool send, bool remember);

private:
    QString m_profile;
    QUrl m_url;
    bool m_answered = false;
};

} // namespace dispatch
