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

} // namespace dispatch
