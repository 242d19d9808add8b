// SPDX-License-Identifier: MIT
#include "client/SslCertificateProblem.h"

#include <QCryptographicHash>
#include <QSslCertificate>
#include <algorithm>

#include <QCryptographicHash>
#include <QSslCertificate>

namespace dispatch {
namespace {

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

CertificateProblem::Kind kindOf(QSslError::SslError error)
{
    using Kind = CertificateProblem::Kind;
    switch (error) {
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
        return Kind::SelfSigned;
    case QSslError::CertificateExpired:
        return Kind::Expired;
    case QSslError::CertificateNotYetValid:
        return Kind::NotYetValid;
    case QSslError::HostNameMismatch:
        return Kind::HostNameMismatch;
    case QSslError::CertificateRevoked:
        return Kind::Revoked;
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::CertificateUntrusted:
        return Kind::UntrustedIssuer;
    default: // dozens of rarer codes; `errors` keeps Qt's words for each
        return Kind::Other;
    }
}

} // namespace

CertificateProblem certificateProblemFromSslErrors(const QList<QSslError>& errors, const QString& host)
{
    CertificateProblem problem;
    problem.host = host;
    QSslCertificate certificate;
    for (const QSslError& error : errors) {
        problem.errors << error.errorString();
        problem.errorKinds << kindOf(error.error());
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

bool allSslErrorsTrusted(const QList<QSslError>& errors, const QList<QByteArray>& trustedSha256)
{
    if (errors.isEmpty())
        return false;
    return std::all_of(errors.cbegin(), errors.cend(), [&trustedSha256](const QSslError& error) {
        const QSslCertificate certificate = error.certificate();
        return !certificate.isNull() &&
               trustedSha256.contains(certificate.digest(QCryptographicHash::Sha256));
    });
}

} // namespace dispatch
