// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CertificateProblem.h"

#include <QDialog>
#include <memory>

class QPushButton;

namespace Ui {
class CertificateTrustDialog;
}

namespace dispatch {

// Shows why a server's certificate was refused — Qt's errors, subject, issuer, expiry and the SHA-256
// fingerprint — and offers to trust exactly that certificate for one profile. "Trust and Connect" stays
// disabled until the operator confirms having compared the fingerprint; Cancel is the default.
class CertificateTrustDialog : public QDialog
{
    Q_OBJECT

public:
    // `profileName` empty: an ad-hoc connection, trusted for this connection only.
    CertificateTrustDialog(const CertificateProblem& problem, const QString& profileName,
                           QWidget* parent = nullptr);
    ~CertificateTrustDialog() override;

    const CertificateProblem& problem() const { return m_problem; }
    QPushButton* trustButton() const { return m_trust; }

private:
    std::unique_ptr<Ui::CertificateTrustDialog> m_ui;
    CertificateProblem m_problem;
    QPushButton* m_trust;
};

} // namespace dispatch
