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
    const Kind kind = mostTellingKind();
    const QString problem = host.isEmpty() ? problemSentence(kind) : problemSentenceForHost(kind);
    const QString fingerprint = sha256Fingerprint.isEmpty()
                                    ? tr("The server presented no certificate.")
                                    : tr(
                                          //: Second sentence of the certificate message. %1 is the
                                          //: certificate's SHA-256 fingerprint in hex pairs (ab:cd:…).
                                          "Its SHA-256 fingerprint is %1.")
                                          .arg(fingerprintText());
    return problem + QLatin1Char(' ') + fingerprint;
}

CertificateProblem::Kind CertificateProblem::mostTellingKind() const
{
    // A self-signed certificate is usually also "untrusted" and often a name mismatch, but "self-signed" is
    // what the operator has to decide about; the rest follow in the same spirit.
    for (const Kind kind : {Kind::SelfSigned, Kind::Expired, Kind::NotYetValid, Kind::HostNameMismatch,
                            Kind::Revoked, Kind::UntrustedIssuer}) {
        if (errorKinds.contains(kind))
            return kind;
    }
    return Kind::Other;
}

QString CertificateProblem::problemSentence(Kind kind) const
{
    switch (kind) {
    case Kind::SelfSigned:
        return tr("The server's certificate is self-signed.");
    case Kind::Expired:
        //: %1 is the expiry date (ISO 8601, 2026-01-31T12:00:00Z).
        return tr("The server's certificate expired on %1.").arg(expires.toString(Qt::ISODate));
    case Kind::NotYetValid:
        return tr("The server's certificate is not valid yet.");
    case Kind::HostNameMismatch:
        //: %1 is the certificate's subject (the name it was issued for).
        return tr("The server's certificate was issued for a different name (%1).").arg(subject);
    case Kind::Revoked:
        return tr("The server's certificate has been revoked.");
    case Kind::UntrustedIssuer:
        //: %1 is the issuer's name.
        return tr("The server's certificate is signed by an authority this computer does not trust (%1).")
            .arg(issuer);
    case Kind::Other:
        break;
    }
    //: %1 is Qt's TLS error texts, separated by semicolons.
    return tr("The server's certificate was not accepted: %1.").arg(errors.join(QStringLiteral("; ")));
}

QString CertificateProblem::problemSentenceForHost(Kind kind) const
{
    switch (kind) {
    case Kind::SelfSigned:
        //: %1 is the server's host name.
        return tr("The server's certificate for host %1 is self-signed.").arg(host);
    case Kind::Expired:
        //: %1 is the server's host name, %2 the expiry date (ISO 8601, 2026-01-31T12:00:00Z).
        return tr("The server's certificate for host %1 expired on %2.")
            .arg(host, expires.toString(Qt::ISODate));
    case Kind::NotYetValid:
        //: %1 is the server's host name.
        return tr("The server's certificate for host %1 is not valid yet.").arg(host);
    case Kind::HostNameMismatch:
        //: %1 is the server's host name, %2 the certificate's subject (the name it was issued for).
        return tr("The server's certificate for host %1 was issued for a different name (%2).")
            .arg(host, subject);
    case Kind::Revoked:
        //: %1 is the server's host name.
        return tr("The server's certificate for host %1 has been revoked.").arg(host);
    case Kind::UntrustedIssuer:
        //: %1 is the server's host name, %2 the issuer's name.
        return tr("The server's certificate for host %1 is signed by an authority this computer does not "
                  "trust "
                  "(%2).")
            .arg(host, issuer);
    case Kind::Other:
        break;
    }
    //: %1 is the server's host name, %2 Qt's TLS error texts, separated by semicolons.
    return tr("The server's certificate for host %1 was not accepted: %2.")
        .arg(host, errors.join(QStringLiteral("; ")));
}

} // namespace dispatch
