// SPDX-License-Identifier: MIT
#include "protocol/EnqueueResult.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {

Parsed<EnqueueResult> EnqueueResult::parse(QByteArrayView json)
{
    EnqueueResult result;
    QString error;
    if (!PayloadReader::readStringObject(
            json, QLatin1StringView("EnqueueResult"),
            {{"job_id", &result.jobId}, {"queue", &result.queue}, {"state", &result.state}}, error))
        return Parsed<EnqueueResult>::failure(error);
    return result;
}

QByteArray EnqueueResult::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("job_id", jobId).field("queue", queue).field("state", state).end();
    return out;
}

} // namespace dwp
