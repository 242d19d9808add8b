// SPDX-License-Identifier: MIT
#include "protocol/SimdJsonEventReader.h"

#include "protocol/EventType.h"
#include "protocol/JsonReader.h"

#include <simdjson.h>

#include <algorithm>
#include <cstring>
#include <memory>

namespace dwp {
namespace {

namespace od = simdjson::ondemand;
using namespace std::string_view_literals;

// Deeper data is rare enough to leave to the general decoder, and it bounds this walk's recursion.
constexpr int kMaxWalkDepth = 64;

// simdjson reads up to SIMDJSON_PADDING bytes past the text, and a QByteArray promises no such slack: the
// text is copied into a buffer that has it (a few hundred bytes, cheaper than any of the parsing).
class PaddedParser
{
public:
    simdjson::simdjson_result<od::document> iterate(std::string_view text)
    {
        const size_t needed = text.size() + simdjson::SIMDJSON_PADDING;
        if (needed > m_capacity) {
            m_capacity = std::max(needed, m_capacity * 2);
            m_buffer = std::make_unique<char[]>(m_capacity);
        }
        std::memcpy(m_buffer.get(), text.data(), text.size());
        std::memset(m_buffer.get() + text.size(), 0, simdjson::SIMDJSON_PADDING);
        return m_parser.iterate(m_buffer.get(), text.size(), m_capacity);
    }

    static PaddedParser& forThisThread()
    {
        thread_local PaddedParser parser;
        return parser;
    }

private:
    od::parser m_parser;
    std::unique_ptr<char[]> m_buffer;
    size_t m_capacity = 0;
};

bool isWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// RFC 8259 number grammar: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
bool isStrictNumber(std::string_view text)
{
    size_t i = 0;
    const auto digits = [&] {
        const size_t start = i;
        while (i < text.size() && text[i] >= '0' && text[i] <= '9')
            ++i;
        return i > start;
    };
    if (i < text.size() && text[i] == '-')
        ++i;
    if (i < text.size() && text[i] == '0')
        ++i;
    else if (!digits())
        return false;
    if (i < text.size() && text[i] == '.') {
        ++i;
        if (!digits())
            return false;
    }
    if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < text.size() && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return false;
    }
    return i == text.size();
}

bool validValue(od::value value, int depth);

bool validObject(od::object object, int depth)
{
    for (auto member : object) {
        od::field field;
        std::string_view key;
        if (std::move(member).get(field) || field.unescaped_key().get(key) ||
            !validValue(field.value(), depth + 1))
            return false;
    }
    return true;
}

bool validArray(od::array array, int depth)
{
    for (auto element : array) {
        od::value item;
        if (std::move(element).get(item) || !validValue(item, depth + 1))
            return false;
    }
    return true;
}

// Reads every part of the value, which is what makes On-Demand check it: strings are unescaped, literals
// matched whole, numbers checked against the grammar (simdjson's own number parsing rejects some valid ones).
bool validValue(od::value value, int depth)
{
    od::json_type type;
    if (depth > kMaxWalkDepth || value.type().get(type))
        return false;
    switch (type) {
    case od::json_type::object: {
        od::object object;
        return !value.get_object().get(object) && validObject(object, depth);
    }
    case od::json_type::array: {
        od::array array;
        return !value.get_array().get(array) && validArray(array, depth);
    }
    case od::json_type::string: {
        std::string_view text;
        return !value.get_string().get(text);
    }
    case od::json_type::number: {
        std::string_view token = value.raw_json_token();
        while (!token.empty() && isWhitespace(token.back()))
            token.remove_suffix(1);
        return isStrictNumber(token);
    }
    case od::json_type::boolean: {
        bool flag = false;
        return !value.get_bool().get(flag);
    }
    case od::json_type::null: {
        bool isNull = false;
        return !value.is_null().get(isNull) && isNull;
    }
    }
    return false;
}

std::optional<std::string_view> stringOf(od::value value)
{
    std::string_view text;
    if (value.get_string().get(text))
        return std::nullopt;
    return text;
}

// The inner data object, validated, as its compact text. Its end is where the iterator stands once the walk
// has consumed its closing brace.
std::optional<QByteArray> dataText(od::document& document, od::value value)
{
    const std::string_view startToken = value.raw_json_token();
    od::object object;
    if (value.get_object().get(object) || !validObject(object, 1))
        return std::nullopt;
    const char* end = nullptr;
    if (document.current_location().get(end) || end <= startToken.data())
        return std::nullopt;
    std::string_view raw(startToken.data(), size_t(end - startToken.data()));
    while (!raw.empty() && isWhitespace(raw.back()))
        raw.remove_suffix(1);
    if (raw.empty() || raw.back() != '}')
        return std::nullopt;
    for (const char c : raw) {
        if (isWhitespace(c))
            return JsonReader::compact(raw);
    }
    return QByteArray(raw.data(), qsizetype(raw.size()));
}

std::optional<StreamEvent> readEnvelope(od::document& document, od::object envelope)
{
    StreamEvent event;
    unsigned seen = 0;
    for (auto member : envelope) {
        od::field field;
        if (std::move(member).get(field))
            return std::nullopt;
        const od::raw_json_string key = field.key();
        if (key.unsafe_is_equal("type"sv)) {
            const auto type = stringOf(field.value());
            if (!type)
                return std::nullopt;
            event.type = EventType::interned(*type);
            seen |= 1;
        } else if (key.unsafe_is_equal("ts"sv)) {
            const auto text = stringOf(field.value());
            const auto ts = text ? Timestamp::parseRfc3339(*text) : Parsed<Timestamp>::failure({});
            if (!ts)
                return std::nullopt;
            event.ts = *ts;
            seen |= 2;
        } else if (key.unsafe_is_equal("topic"sv)) {
            const auto topic = stringOf(field.value());
            if (!topic)
                return std::nullopt;
            event.topic = QString::fromUtf8(topic->data(), qsizetype(topic->size()));
            seen |= 4;
        } else if (key.unsafe_is_equal("data"sv)) {
            auto data = dataText(document, field.value());
            if (!data)
                return std::nullopt;
            event.data = std::move(*data);
            seen |= 8;
        } else {
            return std::nullopt;
        }
    }
    if (seen != 15)
        return std::nullopt;
    return event;
}

bool atEnd(od::document& document)
{
    const char* location = nullptr;
    // Past the last token, current_location reports OUT_OF_BOUNDS: nothing follows the value.
    return document.current_location().get(location) == simdjson::OUT_OF_BOUNDS;
}

} // namespace

std::optional<StreamEvent> SimdJsonEventReader::envelope(std::string_view envelopeJson)
{
    od::document document;
    od::object root;
    if (PaddedParser::forThisThread().iterate(envelopeJson).get(document) || document.get_object().get(root))
        return std::nullopt;
    auto event = readEnvelope(document, root);
    if (!event || !atEnd(document))
        return std::nullopt;
    return event;
}

std::optional<StreamEvent> SimdJsonEventReader::eventFrame(std::string_view frameJson)
{
    od::document document;
    od::object frame;
    if (PaddedParser::forThisThread().iterate(frameJson).get(document) || document.get_object().get(frame))
        return std::nullopt;
    bool isEvent = false;
    std::optional<StreamEvent> event;
    for (auto member : frame) {
        od::field field;
        if (std::move(member).get(field))
            return std::nullopt;
        const od::raw_json_string key = field.key();
        if (key.unsafe_is_equal("type"sv)) {
            const auto type = stringOf(field.value());
            if (!type)
                return std::nullopt;
            isEvent = *type == "event";
        } else if (key.unsafe_is_equal("data"sv)) {
            od::object envelope;
            if (field.value().get_object().get(envelope))
                return std::nullopt;
            event = readEnvelope(document, envelope);
            if (!event)
                return std::nullopt;
        } else if (key.unsafe_is_equal("ts"sv)) {
            const auto text = stringOf(field.value());
            if (!text || !Timestamp::parseRfc3339(*text))
                return std::nullopt;
        } else if (key.unsafe_is_equal("id"sv) || key.unsafe_is_equal("channel"sv) ||
                   key.unsafe_is_equal("method"sv) || key.unsafe_is_equal("correl_id"sv) ||
                   key.unsafe_is_equal("token"sv) || key.unsafe_is_equal("app_id"sv) ||
                   key.unsafe_is_equal("org_id"sv)) {
            if (!stringOf(field.value()))
                return std::nullopt;
        } else {
            return std::nullopt; // credits, error, unknown or escaped keys: the general decoder's call
        }
    }
    if (!isEvent || !event || !atEnd(document))
        return std::nullopt;
    return event;
}

} // namespace dwp
