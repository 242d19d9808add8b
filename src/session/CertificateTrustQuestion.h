// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CertificateProblem.h"

#include <QObject>
#include <QString>

namespace dispatch {

// SessionHost asks this when a server's certificate was refused: trust it and connect again? Whoever shows
// the window answers it once (answer()); a question deleted unanswered counts as "no". The host owns it and
// deletes it once answered.
class CertificateTrustQuestion : public QObject
{
    Q_OBJECT

public:
    CertificateTrustQuestion(QString profile, CertificateProblem problem, QObject* parent = nullptr);
    ~CertificateTrustQuestion() override;

    QString profile() const { return m_profile; } // empty: ad hoc
    const CertificateProblem& problem() const { return m_problem; }
    bool isAnswered() const { return m_answered; }

    void answer(bool trust); // later answers are ignored

signals:
    void answered(bool trust);

private:
    QString m_profile;
    CertificateProblem m_problem;
    bool m_answered = false;
};

} // namespace dispatch
