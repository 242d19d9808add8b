// SPDX-License-Identifier: MIT
#include "protocol/JobIdRequest.h"

#include "protocol/PayloadWriter.h"
#include "protocol/RequestDataDecoder.h"

namespace dwp {

Parsed<JobIdRequest> JobIdRequest::parse(QByteArrayView data, const QString& method)
{
    RequestDataDecoder decoder(data, method == methods::JobCancel ? QLatin1StringView("JobCancelRequest")
                                                                  : QLatin1StringView("JobGetRequest"));
    JobIdRequest request;
    if (decoder.begin()) {
        while (decoder.nextField({"job_id"}) >= 0)
            decoder.read(request.jobId);
    }
    if (decoder.failed())
        return Parsed<JobIdRequest>::failure(decoder.error());
    return request;
}

QByteArray JobIdRequest::toJson() const
{
    QByteArray out;
    PayloadWriter(out).begin().field("job_id", jobId).end();
    return out;
}

} // namespace dwp
