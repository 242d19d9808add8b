// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// Appends compact JSON to a byte buffer. Used by the codecs and by request builders, which must emit
// data byte-for-byte as the server would (dwp-protocol.md §6: msgpack `data` is a bin of compact JSON).
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray& out) : m_out(out) {}

    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(QByteArrayView name); // name is plain ASCII, written as is
    JsonWriter& value(const QString& text);
    JsonWriter& valueUtf8(QByteArrayView utf8);
    JsonWriter& value(qint64 number);
    JsonWriter& value(bool flag);
    JsonWriter& null();
    JsonWriter& raw(QByteArrayView json); // an already-valid JSON value

    static void appendString(QByteArray& out, QByteArrayView utf8);

private:
    void separate();
    QByteArray& m_out;
    bool m_needComma = false;
};

} // namespace dwp
