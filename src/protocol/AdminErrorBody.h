// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// An error reply of the REST admin API, in either of its two shapes (dwp-protocol.md §8, forge caveat 3):
//   forge.BadRequest / NotFound:   {"code":400,"error":"…"}               (code an integer)
//   any other error (HTTP 500):    {"code":"INTERNAL_SERVER_ERROR","message":"…"}  (code a string)
struct AdminErrorBody
{
    std::optional<qint64> code; // the integer shape's code
    QString codeName;           // the string shape's code, e.g. INTERNAL_SERVER_ERROR
    QString message;

    static Parsed<AdminErrorBody> parse(QByteArrayView json);
    // The two shapes as the server writes them.
    static QByteArray clientErrorJson(qint64 code, const QString& message);
    static QByteArray internalErrorJson(const QString& message);
};

} // namespace dwp
