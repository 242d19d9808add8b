// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>

namespace dwp {

class PayloadWriter;

// Jobs per state in the server's store, as REST `GET /v1/jobs/counts` and the `jobs` member of
// `GET /v1/stats` answer them (dwp-protocol.md §8): every state the engine knows, int64 each.
struct JobCounts
{
    qint64 pending = 0;
    qint64 running = 0;
    qint64 completed = 0;
    qint64 failed = 0;
    qint64 retrying = 0;
    qint64 cancelled = 0;

    qint64 total() const { return pending + running + completed + failed + retrying + cancelled; }

    static Parsed<JobCounts> parse(QByteArrayView json);
    QByteArray toJson() const;
    void writeTo(PayloadWriter& writer, const char* key = nullptr) const;

    friend bool operator==(const JobCounts&, const JobCounts&) = default;
};

} // namespace dwp
