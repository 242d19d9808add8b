// SPDX-License-Identifier: MIT
#include "protocol/AuthResult.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<AuthResult> AuthResult::parse(QByteArrayView json)
{
    AuthResult result;
    QString error;
    if (!PayloadReader::readStringObject(json, QLatin1StringView("AuthResult"),
                                         {{"format", &result.format}, {"session_id", &result.sessionId}},
                                         error))
        return Parsed<AuthResult>::failure(error);
    return result;
}

QByteArray AuthResult::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("format", format).field("session_id", sessionId).end();
    return out;
}

} // namespace dwp
