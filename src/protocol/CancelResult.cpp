// SPDX-License-Identifier: MIT
#include "protocol/CancelResult.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<CancelResult> CancelResult::parse(QByteArrayView json)
{
    CancelResult result;
    QString error;
    if (!PayloadReader::readStringObject(json, QLatin1StringView("CancelResult"),
                                         {{"status", &result.status}}, error))
        return Parsed<CancelResult>::failure(error);
    return result;
}

QByteArray CancelResult::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("status", status).end();
    return out;
}

} // namespace dwp
