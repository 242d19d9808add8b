// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace dispatch {

// Why a server's TLS certificate was not accepted, in terms an operator can check against what the server's
// administrator says (the fingerprint) and decide on (trust it via
// ConnectionSettings::trustedCertificateSha256). A plain value with Qt Core types only, so the error that
// carries it (CertificateError, DispatchErrors.h) can live in the protocol layer; the client reads it from
// Qt's QSslErrors (client/SslCertificateProblem.h).
struct CertificateProblem
{
    // The verification failures an operator decides on differently; Qt's finer QSslError codes map onto
    // these (certificateProblemFromSslErrors), the rest are Other and described by `errors`.
    enum class Kind
    {
        SelfSigned,
        Expired,
        NotYetValid,
        HostNameMismatch,
        Revoked,
        UntrustedIssuer,
        Other
    };

    QStringList errors;           // Qt's description of each verification error
    QString subject;              // the peer certificate's subject (CN, O)
    QString issuer;               // its issuer; equal to subject for a self-signed certificate
    QByteArray sha256Fingerprint; // raw SHA-256 digest of the certificate's DER encoding
    QDateTime expires;
    QString host; // the host we connected to
    QList<Kind> errorKinds;

    // One sentence, e.g. "The server's certificate for host example.org is self-signed (SHA-256 ab:cd:…)."
    QString summary() const;
    // The fingerprint as colon-separated lowercase hex pairs, the way operators compare it.
    QString fingerprintText() const;

    static QString fingerprintText(const QByteArray& sha256);

private:
    // The failure the operator has to decide about when there are several (see summary()).
    Kind mostTellingKind() const;
    // The first sentence of summary(), one whole sentence per kind so translators never see fragments.
    QString problemSentence(Kind kind) const;
    QString problemSentenceForHost(Kind kind) const;
};

} // namespace dispatch

Q_DECLARE_METATYPE(dispatch::CertificateProblem)
