// SPDX-License-Identifier: MIT
#include "protocol/PayloadReader.h"

#include <algorithm>

namespace dwp {
namespace {

bool isBase64Letter(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/';
}

// Go's base64.StdEncoding as the server writes it: standard alphabet, padded to a multiple of four.
bool isPaddedStandardBase64(QByteArrayView text)
{
    if (text.size() % 4 != 0)
        return false;
    qsizetype letters = text.size();
    while (letters > 0 && text[letters - 1] == '=')
        --letters;
    if (text.size() - letters > 2)
        return false;
    for (qsizetype i = 0; i < letters; ++i) {
        if (!isBase64Letter(text[i]))
            return false;
    }
    return true;
}

} // namespace

PayloadReader::PayloadReader(QByteArrayView json, QLatin1StringView typeName)
    : m_text(json.data(), size_t(json.size())), m_reader(m_text), m_typeName(typeName)
{
}

bool PayloadReader::fail(const QString& why)
{
    if (m_error.isEmpty()) {
        m_error = m_field.isEmpty()
                      ? QStringLiteral("%1: %2").arg(m_typeName, why)
                      : QStringLiteral("%1.%2: %3").arg(m_typeName, QString::fromUtf8(m_field), why);
    }
    return false;
}

const char* PayloadReader::kindName(JsonReader::Kind kind)
{
    switch (kind) {
    case JsonReader::Kind::Object:
        return "object";
    case JsonReader::Kind::Array:
        return "array";
    case JsonReader::Kind::String:
        return "string";
    case JsonReader::Kind::Number:
        return "number";
    case JsonReader::Kind::Bool:
        return "bool";
    case JsonReader::Kind::Null:
        return "null";
    case JsonReader::Kind::End:
        return "end of input";
    case JsonReader::Kind::Invalid:
        break;
    }
    return "invalid JSON";
}

bool PayloadReader::failJson()
{
    return fail(QStringLiteral("invalid JSON: %1").arg(m_reader.error()));
}

bool PayloadReader::expected(const char* what)
{
    const JsonReader::Kind kind = m_reader.peek();
    if (kind == JsonReader::Kind::Invalid && m_reader.failed())
        return failJson();
    return fail(
        QStringLiteral("expected %1, got %2").arg(QLatin1String(what), QLatin1String(kindName(kind))));
}

bool PayloadReader::accept()
{
    if (!m_readFields.contains(m_field))
        m_readFields.append(m_field);
    return true;
}

bool PayloadReader::beginObject()
{
    if (m_reader.peek() != JsonReader::Kind::Object)
        return expected("an object");
    return m_reader.beginObject();
}

bool PayloadReader::nextField()
{
    if (failed())
        return false;
    m_field = QByteArrayView();
    std::string_view key;
    if (m_reader.nextKeyView(key)) {
        const bool inText = key.data() >= m_text.data() && key.data() <= m_text.data() + m_text.size();
        if (inText) {
            m_field = QByteArrayView(key.data(), qsizetype(key.size()));
        } else { // unescaped into the reader's scratch buffer, which the next string overwrites
            m_unescapedKeys.append(QByteArray(key.data(), qsizetype(key.size())));
            m_field = m_unescapedKeys.last();
        }
        return true;
    }
    if (m_reader.failed())
        failJson();
    m_field = QByteArrayView();
    return false;
}

bool PayloadReader::read(QString& out)
{
    if (m_reader.peek() != JsonReader::Kind::String)
        return expected("a string");
    if (!m_reader.readString(out))
        return failJson();
    return accept();
}

bool PayloadReader::read(qint64& out)
{
    if (m_reader.peek() != JsonReader::Kind::Number)
        return expected("an integer");
    std::string_view number;
    if (!m_reader.readRawValue(number))
        return failJson();
    JsonReader integer(number);
    if (!integer.readInt64(out)) {
        const QString text = QString::fromUtf8(number.data(), qsizetype(number.size()));
        if (number.find_first_of(".eE") == std::string_view::npos) // integer syntax, too many digits
            return fail(QStringLiteral("integer %1 does not fit in 64 bits").arg(text));
        return fail(QStringLiteral("expected an integer, got number %1").arg(text));
    }
    return accept();
}

bool PayloadReader::read(bool& out)
{
    if (m_reader.peek() != JsonReader::Kind::Bool)
        return expected("a bool");
    return m_reader.readBool(out) ? accept() : failJson();
}

bool PayloadReader::read(Timestamp& out)
{
    if (m_reader.peek() != JsonReader::Kind::String)
        return expected("an RFC 3339 time string");
    QByteArray text;
    if (!m_reader.readString(text))
        return failJson();
    auto time = Timestamp::parseRfc3339(std::string_view(text.constData(), size_t(text.size())));
    if (!time)
        return fail(time.error());
    out = *time;
    return accept();
}

bool PayloadReader::read(std::optional<Timestamp>& out)
{
    if (m_reader.peek() == JsonReader::Kind::Null) {
        out.reset();
        return m_reader.readNull() && accept();
    }
    Timestamp time;
    if (!read(time))
        return false;
    out = time;
    return true;
}

bool PayloadReader::readBase64(QByteArray& out)
{
    if (m_reader.peek() != JsonReader::Kind::String)
        return expected("a base64 string");
    QByteArray text;
    if (!m_reader.readString(text))
        return failJson();
    if (!isPaddedStandardBase64(text))
        return fail(QStringLiteral("invalid base64 (standard alphabet, padded)"));
    out = QByteArray::fromBase64(text);
    return accept();
}

bool PayloadReader::readBytes(std::optional<QByteArray>& out)
{
    if (m_reader.peek() == JsonReader::Kind::Null) {
        out.reset();
        return m_reader.readNull() && accept();
    }
    QByteArray bytes;
    if (!readBase64(bytes))
        return false;
    out = std::move(bytes);
    return true;
}

bool PayloadReader::readBytes(QByteArray& out)
{
    std::optional<QByteArray> bytes;
    if (!readBytes(bytes))
        return false;
    out = bytes.value_or(QByteArray());
    return true;
}

bool PayloadReader::readObject(QByteArray& compactJson)
{
    if (m_reader.peek() != JsonReader::Kind::Object)
        return expected("an object");
    std::string_view raw;
    if (!m_reader.readRawValue(raw))
        return failJson();
    compactJson = JsonReader::compact(raw);
    return accept();
}

bool PayloadReader::skip()
{
    return m_reader.skipValue() || failJson();
}

bool PayloadReader::finishObject()
{
    if (failed())
        return false;
    m_field = QByteArrayView();
    if (!m_reader.atEnd())
        return m_reader.failed() ? failJson() : fail(QStringLiteral("unexpected data after the object"));
    return true;
}

bool PayloadReader::require(const char* name)
{
    if (m_readFields.contains(QByteArrayView(name)))
        return true;
    m_field = QByteArrayView(name);
    return fail(QStringLiteral("missing"));
}

bool PayloadReader::finish(std::initializer_list<const char*> required)
{
    if (!finishObject())
        return false;
    return std::all_of(required.begin(), required.end(), [this](const char* name) { return require(name); });
}

bool PayloadReader::readStringObject(QByteArrayView json, QLatin1StringView typeName,
                                     std::initializer_list<StringField> fields, QString& error)
{
    PayloadReader reader(json, typeName);
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const auto field = std::find_if(fields.begin(), fields.end(), [&reader](const StringField& f) {
                return reader.field() == f.key;
            });
            if (field != fields.end())
                reader.read(*field->target);
            else
                reader.skip();
        }
    }
    bool complete = reader.finishObject();
    for (const StringField& field : fields)
        complete = complete && reader.require(field.key);
    if (!complete)
        error = reader.error();
    return complete;
}

bool PayloadReader::splitArray(QByteArrayView json, QList<QByteArrayView>& elements, QString& error)
{
    elements.clear();
    const char* pos = json.data();
    const char* end = json.data() + json.size();
    const auto skipWhitespace = [&] {
        while (pos < end && (*pos == ' ' || *pos == '\t' || *pos == '\n' || *pos == '\r'))
            ++pos;
    };
    const auto failWith = [&error](const QString& why) {
        error = why;
        return false;
    };
    JsonReader whole(std::string_view(json.data(), size_t(json.size())));
    if (whole.peek() == JsonReader::Kind::Null)
        return whole.readNull() && whole.atEnd() ? true
                                                 : failWith(QStringLiteral("unexpected data after null"));
    if (whole.peek() != JsonReader::Kind::Array)
        return failWith(
            QStringLiteral("expected an array, got %1").arg(QLatin1String(kindName(whole.peek()))));
    skipWhitespace();
    ++pos; // '['
    skipWhitespace();
    if (pos < end && *pos == ']') {
        ++pos;
    } else {
        while (true) {
            JsonReader element(std::string_view(pos, size_t(end - pos)));
            std::string_view raw;
            if (!element.readRawValue(raw))
                return failWith(QStringLiteral("invalid JSON: %1").arg(element.error()));
            elements.append(QByteArrayView(raw.data(), qsizetype(raw.size())));
            pos = raw.data() + raw.size();
            skipWhitespace();
            if (pos < end && *pos == ']') {
                ++pos;
                break;
            }
            if (pos == end || *pos != ',')
                return failWith(QStringLiteral("invalid JSON: expected ',' or ']' in array"));
            ++pos;
        }
    }
    skipWhitespace();
    return pos == end || failWith(QStringLiteral("unexpected data after the array"));
}

} // namespace dwp
