// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// The data of job.enqueue (dwp-protocol.md §3, the server's JobEnqueueRequest): {name, payload, queue?,
// priority?}. The payload is a JSON value inlined as is — never a JSON-encoded string (§9 item 8) — and
// the server stores its bytes verbatim.
struct EnqueueRequest
{
    QString name; // not checked against registered handlers: an unknown name loops forever (§3)
    // Valid JSON text, written compacted. nullopt: no payload, written as `null` (the key is always there,
    // as in the server's struct) and stored as nil. Parsing keeps an explicit `null` as the text "null".
    std::optional<QByteArray> payload;
    QString queue;       // omitted when empty; the server then uses "default"
    qint64 priority = 0; // omitted when 0; the server applies it only when > 0

    // Parses as the server's json.Unmarshal does (see RequestDataDecoder); errors carry Go's message.
    static Parsed<EnqueueRequest> parse(QByteArrayView data);
    QByteArray toJson() const;

    friend bool operator==(const EnqueueRequest&, const EnqueueRequest&) = default;
};

} // namespace dwp
