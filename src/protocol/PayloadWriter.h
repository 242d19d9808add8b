// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JsonWriter.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <optional>

namespace dwp {

// Writes one payload object as Go's encoding/json writes the server's structs (dwp-protocol.md §4): keys in
// the order they are added, `omitEmpty` for `,omitempty` fields (empty string, 0, nil time, empty bytes),
// []byte as padded standard base64 (nil as null), times as RFC3339Nano, durations as integer nanoseconds.
class PayloadWriter
{
public:
    explicit PayloadWriter(QByteArray& out);

    PayloadWriter& begin();
    PayloadWriter& begin(const char* key); // a nested object as the value of `key`
    PayloadWriter& end();

    PayloadWriter& field(const char* key, const QString& value);
    PayloadWriter& field(const char* key, qint64 value);
    PayloadWriter& field(const char* key, const Timestamp& value);
    PayloadWriter& flag(const char* key, bool value); // not an overload of field(): 0 would be ambiguous
    PayloadWriter& bytes(const char* key, const std::optional<QByteArray>& value); // nullopt writes null
    PayloadWriter& raw(const char* key, QByteArrayView json); // already-valid compact JSON
    // A json.RawMessage held as valid JSON text, perhaps indented by a person: written compacted, so it
    // travels inline as the value it is; nullopt writes null.
    PayloadWriter& rawJson(const char* key, const std::optional<QByteArray>& json);

    PayloadWriter& omitEmpty(const char* key, const QString& value);
    PayloadWriter& omitEmpty(const char* key, qint64 value);
    PayloadWriter& omitEmpty(const char* key, const std::optional<Timestamp>& value);
    PayloadWriter& omitEmptyBytes(const char* key, const QByteArray& value);
    PayloadWriter& omitEmptyRawJson(const char* key, const std::optional<QByteArray>& json);

private:
    JsonWriter m_json;
};

} // namespace dwp
