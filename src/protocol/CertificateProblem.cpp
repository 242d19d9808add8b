// SPDX-License-Identifier: MIT
#include "protocol/CertificateProblem.h"

#include <QCoreApplication>

namespace dispatch {
namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("dispatch::CertificateProblem", text);
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

QString CertificateProblem::summary() const
{
    const QString fingerprint =
        sha256Fingerprint.isEmpty() ? tr("no certificate") : tr("SHA-256 %1").arg(fingerprintText());
    const QString who = host.isEmpty() ? tr("The server's certificate")
                                       : tr("The server's certificate for host %1").arg(host);
    // The most telling reason first: a self-signed certificate is usually also "untrusted" and often a name
    // mismatch, but "self-signed" is what the operator has to decide about.
    QString what;
    if (errorKinds.contains(Kind::SelfSigned))
        what = tr("is self-signed");
    else if (errorKinds.contains(Kind::Expired))
        what = tr("expired on %1").arg(expires.toString(Qt::ISODate));
    else if (errorKinds.contains(Kind::NotYetValid))
        what = tr("is not valid yet");
    else if (errorKinds.contains(Kind::HostNameMismatch))
        what = tr("was issued for a different name (%1)").arg(subject);
    else if (errorKinds.contains(Kind::Revoked))
        what = tr("has been revoked");
    else if (errorKinds.contains(Kind::UntrustedIssuer))
        what = tr("is signed by an authority this computer does not trust (%1)").arg(issuer);
    else
        what = tr("was not accepted: %1").arg(errors.join(QStringLiteral("; ")));
    return tr("%1 %2 (%3).").arg(who, what, fingerprint);
}

} // namespace dispatch
