// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CertificateProblem.h"

#include <QList>
#include <QSslError>
#include <QString>

namespace dispatch {

// The problem for the errors of one failed handshake with `host`; the certificate described is the one the
// errors concern (the peer's, for the usual self-signed/expired/mismatch cases). Lives in the client because
// it reads Qt Network's types; CertificateProblem itself is Qt Core only.
CertificateProblem certificateProblemFromSslErrors(const QList<QSslError>& errors, const QString& host);

// Trust is per certificate, never blanket: true only when every error is about a certificate whose SHA-256
// digest the operator accepted. An error without a certificate, or about any other one, is not.
bool allSslErrorsTrusted(const QList<QSslError>& errors, const QList<QByteArray>& trustedSha256);

} // namespace dispatch
