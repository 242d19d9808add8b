// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Methods.h"
#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The data of job.get and job.cancel (dwp-protocol.md §3): {job_id}. The server then checks the id's
// "job_" prefix itself (400 "invalid job ID: …"); this struct does not.
struct JobIdRequest
{
    QString jobId;

    // As the server's json.Unmarshal into JobGetRequest or JobCancelRequest; `method` picks which name
    // Go's error messages carry.
    static Parsed<JobIdRequest> parse(QByteArrayView data, const QString& method = methods::JobGet);
    QByteArray toJson() const;

    friend bool operator==(const JobIdRequest&, const JobIdRequest&) = default;
};

} // namespace dwp
