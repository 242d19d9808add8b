// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The reply of job.cancel, dwp-protocol.md §3: {"status":"cancelled"}. The cancel only relabels the job: no
// event, and a running handler is not stopped.
struct CancelResult
{
    QString status;

    static CancelResult cancelled() { return {QStringLiteral("cancelled")}; }

    static Parsed<CancelResult> parse(QByteArrayView json);
    QByteArray toJson() const;

    friend bool operator==(const CancelResult&, const CancelResult&) = default;
};

} // namespace dwp
