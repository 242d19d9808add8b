// SPDX-License-Identifier: MIT
#include "gui/dialogs/CertificateTrustDialog.h"

#include "gui/views/StateStyle.h"
#include "ui_CertificateTrustDialog.h"

#include <QFontDatabase>
#include <QLocale>
#include <QPushButton>

namespace dispatch {

CertificateTrustDialog::CertificateTrustDialog(const CertificateProblem& problem, const QString& profileName,
                                               QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::CertificateTrustDialog>()), m_problem(problem)
{
    m_ui->setupUi(this);
    QFont bold = m_ui->headline->font();
    bold.setWeight(QFont::DemiBold);
    m_ui->headline->setFont(bold);
    //: Headline of the certificate trust dialog. %1 is the server's host name.
    m_ui->headline->setText(tr("The certificate of %1 could not be verified, so the monitor did not connect.")
                                .arg(problem.host.isEmpty() ? tr("the server") : problem.host));
    QStringList errors;
    for (const QString& error : problem.errors)
        errors.append(QStringLiteral("• ") + error);
    m_ui->errorsLabel->setText(errors.join(QLatin1Char('\n')));
    m_ui->subjectLabel->setText(problem.subject);
    //: Issuer row of the certificate trust dialog. %1 is the issuer's name (the same as the subject).
    m_ui->issuerLabel->setText(problem.issuer == problem.subject ? tr("%1 (self-signed)").arg(problem.issuer)
                                                                 : problem.issuer);
    const bool expired = problem.expires.isValid() && problem.expires < QDateTime::currentDateTimeUtc();
    const QString expiry = QLocale().toString(problem.expires.toLocalTime(), QLocale::LongFormat);
    m_ui->expiresLabel->setText(!problem.expires.isValid() ? tr("unknown")
                                : expired                  ? tr(
                                                                 //: Expiry row of the certificate trust dialog. %1 is the
                                                //: expiry date and time in long local format.
                                                "%1 — expired")
                                                .arg(expiry)
                                          : expiry);
    if (expired) {
        QPalette warning = m_ui->expiresLabel->palette();
        warning.setColor(QPalette::WindowText,
                         StateStyle::colours(StateStyle::Tone::Failure, palette()).text);
        m_ui->expiresLabel->setPalette(warning);
    }
    m_ui->fingerprintLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->fingerprintLabel->setText(QString::fromLatin1(problem.sha256Fingerprint.toHex(':')));
    m_ui->adviceLabel->setText(
        profileName.isEmpty()
            ? tr("Trust it only if the server's administrator confirms this fingerprint. The trust holds for "
                 "this connection only; save the server as a profile to keep it.")
            : tr(
                  //: Advice in the certificate trust dialog. %1 is the server profile's name.
                  "Trust it only if the server's administrator confirms this fingerprint. The monitor then "
                  "trusts exactly this certificate for the profile “%1”; any other certificate is refused "
                  "again.")
                  .arg(profileName));
    m_trust = m_ui->buttonBox->addButton(tr("Trust and Connect"), QDialogButtonBox::AcceptRole);
    m_trust->setObjectName(QStringLiteral("trustButton"));
    m_trust->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(m_ui->confirmBox, &QCheckBox::toggled, m_trust, &QPushButton::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (m_ui->confirmBox->isChecked())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CertificateTrustDialog::~CertificateTrustDialog() = default;

} // namespace dispatch
