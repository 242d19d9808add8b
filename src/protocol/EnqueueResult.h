// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The reply of job.enqueue (and federation.enqueue), dwp-protocol.md §3: {job_id, queue, state}, in the
// order of the server's JobEnqueueResponse struct. `state` is "pending".
struct EnqueueResult
{
    QString jobId;
    QString queue; // the queue used: "default" when the request named none
    QString state;

    static Parsed<EnqueueResult> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const EnqueueResult&, const EnqueueResult&) = default;
};

} // namespace dwp
