// SPDX-License-Identifier: MIT
#include "protocol/RequestDataDecoder.h"

#include "protocol/PayloadReader.h"

namespace dwp {

RequestDataDecoder::RequestDataDecoder(QByteArrayView data, QLatin1StringView goStructName)
    : m_text(data.data(), size_t(data.size())), m_reader(m_text), m_structName(goStructName)
{
}

bool RequestDataDecoder::fail(QString message)
{
    if (m_error.isEmpty())
        m_error = std::move(message);
    return false;
}

bool RequestDataDecoder::typeMismatch(const QString& goValue, const char* goType)
{
    return fail(QStringLiteral("json: cannot unmarshal %1 into Go struct field %2.%3 of type %4")
                    .arg(goValue, m_structName, QLatin1String(m_field), QLatin1String(goType)));
}

bool RequestDataDecoder::begin()
{
    // Go checks that the whole input is one valid JSON value before it decodes anything.
    {
        JsonReader validator(m_text);
        if (validator.peek() == JsonReader::Kind::End)
            return fail(QStringLiteral("unexpected end of JSON input"));
        std::string_view whole;
        if (!validator.readRawValue(whole))
            return fail(validator.error());
        if (!validator.atEnd()) {
            const char extra = m_text[size_t(validator.offset(m_text))];
            return fail(
                QStringLiteral("invalid character '%1' after top-level value").arg(QLatin1Char(extra)));
        }
    }
    const JsonReader::Kind kind = m_reader.peek();
    if (kind == JsonReader::Kind::Null)
        return false; // a zero-valued request, not an error
    if (kind != JsonReader::Kind::Object) {
        return fail(QStringLiteral("json: cannot unmarshal %1 into Go value of type dwp.%2")
                        .arg(QLatin1String(PayloadReader::kindName(kind)), m_structName));
    }
    return m_reader.beginObject();
}

int RequestDataDecoder::nextField(std::initializer_list<const char*> fields)
{
    QByteArray key;
    while (!failed() && m_reader.nextKey(key)) {
        // Go prefers an exact match and falls back to a case-insensitive one; with distinct field names
        // both pick the same field.
        int index = 0;
        for (const char* name : fields) {
            if (key.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0) {
                m_field = name;
                return index;
            }
            ++index;
        }
        if (!m_reader.skipValue())
            fail(m_reader.error());
    }
    if (m_reader.failed())
        fail(m_reader.error());
    return -1;
}

bool RequestDataDecoder::read(QString& out)
{
    const JsonReader::Kind kind = m_reader.peek();
    if (kind == JsonReader::Kind::Null)
        return m_reader.readNull();
    if (kind != JsonReader::Kind::String)
        return typeMismatch(QLatin1String(PayloadReader::kindName(kind)), "string");
    return m_reader.readString(out) || fail(m_reader.error());
}

bool RequestDataDecoder::read(qint64& out)
{
    const JsonReader::Kind kind = m_reader.peek();
    if (kind == JsonReader::Kind::Null)
        return m_reader.readNull();
    if (kind != JsonReader::Kind::Number)
        return typeMismatch(QLatin1String(PayloadReader::kindName(kind)), "int");
    std::string_view number;
    if (!m_reader.readRawValue(number))
        return fail(m_reader.error());
    JsonReader integer(number);
    if (!integer.readInt64(out)) {
        // Go reports the literal for numbers an int cannot hold: "number 1.5", "number 1e3".
        return typeMismatch(
            QStringLiteral("number %1").arg(QString::fromUtf8(number.data(), qsizetype(number.size()))),
            "int");
    }
    return true;
}

bool RequestDataDecoder::readRaw(std::optional<QByteArray>& out)
{
    std::string_view raw;
    if (!m_reader.readRawValue(raw))
        return fail(m_reader.error());
    out = JsonReader::compact(raw);
    return true;
}

} // namespace dwp
