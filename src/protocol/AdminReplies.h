// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Parsed.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QStringList>

namespace dwp::admin {

// The REST admin API's small replies and its body quirk (dwp-protocol.md §8).

// Single-object replies carry their JSON twice (`<json>\n<json>\n`, forge caveat 2), so a reader takes the
// first complete JSON value and ignores what follows. Fails on an empty body or one that does not start
// with a complete JSON object, array or null (an HTML page, plain text, a truncated body).
Parsed<QByteArray> firstJsonValue(QByteArrayView body);

// An object with one integer member: `{count}` (DLQ count), `{purged}` (DLQ purge).
Parsed<qint64> parseCount(QByteArrayView json, const char* key);
QByteArray countJson(const char* key, qint64 value);

// `{"names":[…]}` from `GET /v1/workflows`: the workflow names registered on that instance, unordered.
Parsed<QStringList> parseWorkflowNames(QByteArrayView json);
QByteArray workflowNamesJson(const QStringList& names);

// `{replayed, errors}` from `POST /v1/dlq/replay-all`.
struct ReplayAllResult
{
    qint64 replayed = 0;
    qint64 errors = 0;

    static Parsed<ReplayAllResult> parse(QByteArrayView json);
    QByteArray toJson() const;
};

} // namespace dwp::admin
