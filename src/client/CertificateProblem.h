// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QSslError>
#include <QString>
#include <QStringList>

namespace dispatch {

// Why a server's TLS certificate was not accepted, in terms an operator can check against what the server's
// administrator says (the fingerprint) and decide on (trust it via ClientOptions::trustedCertificateSha256).
struct CertificateProblem
{
    QStringList errors;           // Qt's description of each verification error
    QString subject;              // the peer certificate's subject (CN, O)
    QString issuer;               // its issuer; equal to subject for a self-signed certificate
    QByteArray sha256Fingerprint; // raw SHA-256 digest of the certificate's DER encoding
    QDateTime expires;
    QString host; // the host we connected to
    QList<QSslError::SslError> errorKinds;

    // One sentence, e.g. "The server's certificate for host example.org is self-signed (SHA-256 ab:cd:…)."
    QString summary() const;
    // The fingerprint as colon-separated lowercase hex pairs, the way operators compare it.
    QString fingerprintText() const;

    static QString fingerprintText(const QByteArray& sha256);
    // The problem for the errors of one failed handshake with `host`; the certificate described is the one
    // the errors concern (the peer's, for the usual self-signed/expired/mismatch cases).
    static CertificateProblem fromSslErrors(const QList<QSslError>& errors, const QString& host);
};

} // namespace dispatch

Q_DECLARE_METATYPE(dispatch::CertificateProblem)
