// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JsonReader.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>
#include <initializer_list>
#include <optional>

namespace dwp {

// Decodes a request's `data` the way the server does: Go's json.Unmarshal into its request struct
// (dwp-protocol.md §3). So it is lenient where Go is lenient — missing fields and `null` values leave zero
// values, `data: null` is a zero request, unknown keys are ignored, keys match case-insensitively, the last
// of duplicate keys wins — and fails where Go fails, with Go's own message: empty data ("unexpected end of
// JSON input"), data that is not an object or null ("json: cannot unmarshal string into Go value of type
// dwp.JobEnqueueRequest"), a field of the wrong type ("json: cannot unmarshal number into Go struct field
// JobEnqueueRequest.name of type string"). The devserver prefixes these with "invalid request: " as the
// server does.
class RequestDataDecoder
{
public:
    // `goStructName` is the server's request type ("JobEnqueueRequest"), used only in error messages.
    RequestDataDecoder(QByteArrayView data, QLatin1StringView goStructName);

    // Steps into the object; false when there is nothing to decode (null data) or on error.
    bool begin();
    // The index in `fields` of the next member whose key names one of them, skipping the others;
    // -1 at the end of the object or on error.
    int nextField(std::initializer_list<const char*> fields);

    bool read(QString& out); // Go string; null leaves `out` as it was
    bool read(qint64& out);  // Go int (64-bit); null leaves `out` as it was
    // Go json.RawMessage: any JSON value kept as compact text. A `null` value is kept as the text "null"
    // (RawMessage's UnmarshalJSON is called for it), unlike an absent key, which leaves `out` empty.
    bool readRaw(std::optional<QByteArray>& out);

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    bool fail(QString message);
    bool typeMismatch(const QString& goValue, const char* goType);

    std::string_view m_text;
    JsonReader m_reader;
    QLatin1StringView m_structName;
    const char* m_field = nullptr;
    QString m_error;
};

} // namespace dwp
