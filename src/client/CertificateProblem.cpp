// SPDX-License-Identifier: MIT
#include "client/CertificateProblem.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QSslCertificate>

namespace dispatch {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dispatch::CertificateProblem", text);
}

QString describe(const QSslCertificate& certificate, QSslCertificate::SubjectInfo first,
                 QSslCertificate::SubjectInfo second, bool issuer)
{
    const QStringList a = issuer ? certificate.issuerInfo(first) : certificate.subjectInfo(first);
    const QStringList b = issuer ? certificate.issuerInfo(second) : certificate.subjectInfo(second);
    QStringList parts;
    if (!a.isEmpty())
        parts << QStringLiteral("CN=%1").arg(a.join(QLatin1Char(',')));
    if (!b.isEmpty())
        parts << QStringLiteral("O=%1").arg(b.join(QLatin1Char(',')));
    return parts.join(QStringLiteral(", "));
}

} // namespace

QString CertificateProblem::fingerprintText(const QByteArray& sha256)
{
    return QString::fromLatin1(sha256.toHex(':'));
}

QString CertificateProblem::fingerprintText() const
{
    return fingerprintText(sha256Fingerprint);
}

CertificateProblem CertificateProblem::fromSslErrors(const QList<QSslError>& errors, const QString& host)
{
    CertificateProblem problem;
    problem.host = host;
    QSslCertificate certificate;
    for (const QSslError& error : errors) {
        problem.errors << error.errorString();
        problem.errorKinds << error.error();
        if (certificate.isNull() && !error.certificate().isNull())
            certificate = error.certificate();
    }
    if (!certificate.isNull()) {
        problem.subject =
            describe(certificate, QSslCertificate::CommonName, QSslCertificate::Organization, false);
        problem.issuer =
            describe(certificate, QSslCertificate::CommonName, QSslCertificate::Organization, true);
        problem.sha256Fingerprint = certificate.digest(QCryptographicHash::Sha256);
        problem.expires = certificate.expiryDate();
    }
    return problem;
}

QString CertificateProblem::summary() const
{
    const QString fingerprint =
        sha256Fingerprint.isEmpty() ? tr("no certificate") : tr("SHA-256 %1").arg(fingerprintText());
    const QString who = host.isEmpty() ? tr("The server's certificate")
                                       : tr("The server's certificate for host %1").arg(host);
    // The most telling reason first: a self-signed certificate is usually also "untrusted" and often a name
    // mismatch, but "self-signed" is what the operator has to decide about.
    QString what;
    if (errorKinds.contains(QSslError::SelfSignedCertificate) ||
        errorKinds.contains(QSslError::SelfSignedCertificateInChain))
        what = tr("is self-signed");
    else if (errorKinds.contains(QSslError::CertificateExpired))
        what = tr("expired on %1").arg(expires.toString(Qt::ISODate));
    else if (errorKinds.contains(QSslError::CertificateNotYetValid))
        what = tr("is not valid yet");
    else if (errorKinds.contains(QSslError::HostNameMismatch))
        what = tr("was issued for a different name (%1)").arg(subject);
    else if (errorKinds.contains(QSslError::CertificateRevoked))
        what = tr("has been revoked");
    else if (errorKinds.contains(QSslError::UnableToGetLocalIssuerCertificate) ||
             errorKinds.contains(QSslError::UnableToGetIssuerCertificate) ||
             errorKinds.contains(QSslError::CertificateUntrusted))
        what = tr("is signed by an authority this computer does not trust (%1)").arg(issuer);
    else
        what = tr("was not accepted: %1").arg(errors.join(QStringLiteral("; ")));
    return tr("%1 %2 (%3).").arg(who, what, fingerprint);
}

} // namespace dispatch
