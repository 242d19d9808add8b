// SPDX-License-Identifier: MIT
#include "protocol/PayloadWriter.h"

#include "protocol/JsonReader.h"

namespace dwp {

PayloadWriter::PayloadWriter(QByteArray& out) : m_json(out) {}

PayloadWriter& PayloadWriter::begin()
{
    m_json.beginObject();
    return *this;
}

PayloadWriter& PayloadWriter::begin(const char* key)
{
    m_json.key(key).beginObject();
    return *this;
}

PayloadWriter& PayloadWriter::end()
{
    m_json.endObject();
    return *this;
}

PayloadWriter& PayloadWriter::field(const char* key, const QString& value)
{
    m_json.key(key).value(value);
    return *this;
}

PayloadWriter& PayloadWriter::field(const char* key, qint64 value)
{
    m_json.key(key).value(value);
    return *this;
}

PayloadWriter& PayloadWriter::flag(const char* key, bool value)
{
    m_json.key(key).value(value);
    return *this;
}

PayloadWriter& PayloadWriter::field(const char* key, const Timestamp& value)
{
    m_json.key(key).valueUtf8(value.toRfc3339());
    return *this;
}

PayloadWriter& PayloadWriter::bytes(const char* key, const std::optional<QByteArray>& value)
{
    m_json.key(key);
    if (value)
        m_json.valueUtf8(value->toBase64());
    else
        m_json.null();
    return *this;
}

PayloadWriter& PayloadWriter::raw(const char* key, QByteArrayView json)
{
    m_json.key(key).raw(json);
    return *this;
}

PayloadWriter& PayloadWriter::rawJson(const char* key, const std::optional<QByteArray>& json)
{
    if (!json)
        return raw(key, "null");
    return raw(key, JsonReader::compact(std::string_view(json->constData(), size_t(json->size()))));
}

PayloadWriter& PayloadWriter::omitEmpty(const char* key, const QString& value)
{
    return value.isEmpty() ? *this : field(key, value);
}

PayloadWriter& PayloadWriter::omitEmpty(const char* key, qint64 value)
{
    return value == 0 ? *this : field(key, value);
}

PayloadWriter& PayloadWriter::omitEmpty(const char* key, const std::optional<Timestamp>& value)
{
    return value ? field(key, *value) : *this;
}

PayloadWriter& PayloadWriter::omitEmptyBytes(const char* key, const QByteArray& value)
{
    return value.isEmpty() ? *this : bytes(key, value);
}

PayloadWriter& PayloadWriter::omitEmptyRawJson(const char* key, const std::optional<QByteArray>& json)
{
    return json ? rawJson(key, json) : *this;
}

} // namespace dwp
