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
    const QString fingerprint = sha256Fingerprint.isEmpty()
                                    ? tr("no certificate")
                                    : tr(
                                          //: Part of the certificate sentence, in its parentheses. %1 is the
                                          //: certificate's SHA-256 fingerprint in hex pairs (ab:cd:…).
                                          "SHA-256 %1")
                                          .arg(fingerprintText());
    const QString who =
        host.isEmpty()
            ? tr("The server's certificate")
            : tr(
                  //: Subject of the certificate sentence "%1 %2 (%3)." %1 is the server's host name.
                  "The server's certificate for host %1")
                  .arg(host);
    // The most telling reason first: a self-signed certificate is usually also "untrusted" and often a name
    // mismatch, but "self-signed" is what the operator has to decide about.
    QString what;
    if (errorKinds.contains(Kind::SelfSigned))
        what = tr("is self-signed");
    else if (errorKinds.contains(Kind::Expired))
        //: Predicate of the certificate sentence, after "The server's certificate (for host …)". %1 is the
        //: expiry date (ISO 8601, 2026-01-31T12:00:00Z).
        what = tr("expired on %1").arg(expires.toString(Qt::ISODate));
    else if (errorKinds.contains(Kind::NotYetValid))
        what = tr("is not valid yet");
    else if (errorKinds.contains(Kind::HostNameMismatch))
        //: Predicate of the certificate sentence, after "The server's certificate (for host …)". %1 is the
        //: certificate's subject (the name it was issued for).
        what = tr("was issued for a different name (%1)").arg(subject);
    else if (errorKinds.contains(Kind::Revoked))
        what = tr("has been revoked");
    else if (errorKinds.contains(Kind::UntrustedIssuer))
        //: Predicate of the certificate sentence, after "The server's certificate (for host …)". %1 is the
        //: issuer's name.
        what = tr("is signed by an authority this computer does not trust (%1)").arg(issuer);
    else
        //: Predicate of the certificate sentence, after "The server's certificate (for host …)". %1 is Qt's
        //: TLS error texts, separated by semicolons.
        what = tr("was not accepted: %1").arg(errors.join(QStringLiteral("; ")));
    //: The certificate sentence shown in the trust dialog and status bar. %1 is "The server's certificate
    //: (for host …)", %2 what is wrong (e.g. "is self-signed"), %3 the fingerprint ("SHA-256 ab:cd:…" or "no
    //: certificate").
    return tr("%1 %2 (%3).").arg(who, what, fingerprint);
}

} // namespace dispatch
