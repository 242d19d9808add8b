// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JsonReader.h"
#include "protocol/Timestamp.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QVarLengthArray>
#include <initializer_list>
#include <optional>

namespace dwp {

// Reads one object the server sent (a Job, a Run, an event's data, …) field by field, strictly: a value of
// the wrong type is an error that names the payload and the field ("Job.priority: expected an integer, got
// string"), never a silent default. Unknown fields are skipped, so a newer server still parses. Encodings
// follow Go's encoding/json as dwp-protocol.md §4 describes them: []byte is padded standard base64 (nil is
// null), times are RFC 3339, durations are integer nanoseconds.
class PayloadReader
{
public:
    // `json` must outlive the reader; `typeName` prefixes every error message.
    PayloadReader(QByteArrayView json, QLatin1StringView typeName);

    bool beginObject();
    // Moves to the next member; false at the end of the object or after an error.
    bool nextField();
    // The current member's key; valid until the next nextField().
    QByteArrayView field() const { return m_field; }

    bool read(QString& out);
    bool read(qint64& out); // an integer that fits in int64 (Go rejects 1.0 and 1e3 for int fields)
    bool read(bool& out);
    bool read(Timestamp& out);
    bool read(std::optional<Timestamp>& out);       // an optional time: null reads as absent
    bool readBytes(std::optional<QByteArray>& out); // base64; null is Go's nil slice
    bool readBytes(QByteArray& out);                // base64 of an omit-when-empty field; null reads as empty
    bool readObject(QByteArray& compactJson);       // a nested object kept as its compact text
    bool skip();

    // After the last field: nothing may follow the object, and every field in `required` must have been
    // read (the server always writes them).
    bool finish(std::initializer_list<const char*> required);

    // Parses an object whose fields of interest are all required strings, as the short replies of
    // dwp-protocol.md §3 are ({job_id, queue, state}, {channel, status}, …).
    struct StringField
    {
        const char* key;
        QString* target;
    };
    static bool readStringObject(QByteArrayView json, QLatin1StringView typeName,
                                 std::initializer_list<StringField> fields, QString& error);

    // The elements of a JSON array (or null, read as empty) as their text, for parsing one by one.
    static bool splitArray(QByteArrayView json, QList<QByteArrayView>& elements, QString& error);

    // How messages name a JSON value's kind: "object", "array", "string", "number", "bool", "null" (the
    // words Go's encoding/json uses too), "end of input" or "invalid JSON".
    static const char* kindName(JsonReader::Kind kind);

    bool failed() const { return !m_error.isEmpty(); }
    const QString& error() const { return m_error; }

private:
    bool fail(const QString& why);
    bool failJson();                 // the text itself is not valid JSON
    bool expected(const char* what); // the value at hand has another type
    bool accept();                   // the current field was read
    bool readBase64(QByteArray& out);
    bool finishObject();            // nothing follows the object
    bool require(const char* name); // `name` was read

    std::string_view m_text;
    JsonReader m_reader;
    QLatin1StringView m_typeName;
    // Keys are views into the text, not copies: a key copied into a QByteArray and a list of them per object
    // were a third of the cost of reading a job event's data (perf, bench_client_e2e). A key with an escape
    // is unescaped into m_unescapedKeys, whose buffers stay put while the list grows.
    QByteArrayView m_field;
    QVarLengthArray<QByteArrayView, 16> m_readFields;
    QList<QByteArray> m_unescapedKeys;
    QString m_error;
};

} // namespace dwp
