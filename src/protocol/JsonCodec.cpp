// SPDX-License-Identifier: MIT
#include "protocol/JsonCodec.h"

#include "protocol/EventFrameDecoder.h"

#include "protocol/JsonReader.h"
#include "protocol/JsonWriter.h"
#include "protocol/MsgpackCodec.h"

namespace dwp {
namespace {

enum class Field
{
    Id,
    Type,
    Method,
    CorrelId,
    Token,
    AppId,
    OrgId,
    Data,
    Error,
    Channel,
    Credits,
    Ts,
    Unknown
};

// Go's encoding/json matches keys to fields case-insensitively; exact matches win, which only matters
// for duplicate keys, where the last one wins either way.
Field fieldFor(const QByteArray& key)
{
    static constexpr std::pair<const char*, Field> kFields[] = {
        {"id", Field::Id},           {"type", Field::Type},
        {"method", Field::Method},   {"correl_id", Field::CorrelId},
        {"token", Field::Token},     {"app_id", Field::AppId},
        {"org_id", Field::OrgId},    {"data", Field::Data},
        {"error", Field::Error},     {"channel", Field::Channel},
        {"credits", Field::Credits}, {"ts", Field::Ts},
    };
    for (const auto& [name, field] : kFields) {
        if (key.compare(QByteArrayView(name), Qt::CaseInsensitive) == 0)
            return field;
    }
    return Field::Unknown;
}

// Reads a string field; null leaves it as it was (Go).
bool readOptionalString(JsonReader& reader, QString& out)
{
    if (reader.peek() == JsonReader::Kind::Null)
        return reader.readNull();
    return reader.readString(out);
}

bool readError(JsonReader& reader, std::optional<FrameError>& out)
{
    if (reader.peek() == JsonReader::Kind::Null)
        return reader.readNull();
    if (!reader.beginObject())
        return false;
    FrameError error;
    QByteArray key;
    while (reader.nextKey(key)) {
        bool ok = true;
        if (key.compare("code", Qt::CaseInsensitive) == 0)
            ok = reader.peek() == JsonReader::Kind::Null ? reader.readNull() : reader.readInt64(error.code);
        else if (key.compare("message", Qt::CaseInsensitive) == 0)
            ok = readOptionalString(reader, error.message);
        else if (key.compare("details", Qt::CaseInsensitive) == 0)
            ok = readOptionalString(reader, error.details);
        else
            ok = reader.skipValue();
        if (!ok)
            return false;
    }
    if (reader.failed())
        return false;
    out = std::move(error);
    return true;
}

} // namespace

QByteArray JsonCodec::encode(const Frame& frame) const
{
    QByteArray out;
    out.reserve(96 + frame.data.size());
    JsonWriter json(out);
    json.beginObject();
    json.key("id").value(frame.id);
    json.key("type").value(frame.type);
    const auto optional = [&json](const char* name, const QString& value) {
        if (!value.isEmpty())
            json.key(name).value(value);
    };
    optional("method", frame.method);
    optional("correl_id", frame.correlId);
    optional("token", frame.token);
    optional("app_id", frame.appId);
    optional("org_id", frame.orgId);
    if (frame.hasData())
        json.key("data").raw(frame.data);
    if (frame.error) {
        json.key("error").beginObject();
        json.key("code").value(frame.error->code);
        json.key("message").value(frame.error->message);
        if (!frame.error->details.isEmpty())
            json.key("details").value(frame.error->details);
        json.endObject();
    }
    optional("channel", frame.channel);
    if (frame.credits != 0)
        json.key("credits").value(frame.credits);
    json.key("ts").valueUtf8(frame.ts.toRfc3339());
    json.endObject();
    return out;
}

Parsed<Frame> JsonCodec::decode(QByteArrayView bytes) const
{
    const std::string_view text(bytes.data(), size_t(bytes.size()));
    JsonReader reader(text);
    Frame frame;
    const auto failure = [&](const QString& field) {
        const QString where = field.isEmpty() ? QString() : QStringLiteral(" in field \"%1\"").arg(field);
        return Parsed<Frame>::failure(QStringLiteral("invalid JSON frame%1 at byte %2: %3")
                                          .arg(where)
                                          .arg(reader.offset(text))
                                          .arg(reader.error()));
    };
    if (!reader.beginObject())
        return failure({});
    QByteArray key;
    while (reader.nextKey(key)) {
        bool ok = true;
        switch (fieldFor(key)) {
        case Field::Id:
            ok = readOptionalString(reader, frame.id);
            break;
        case Field::Type:
            ok = readOptionalString(reader, frame.type);
            break;
        case Field::Method:
            ok = readOptionalString(reader, frame.method);
            break;
        case Field::CorrelId:
            ok = readOptionalString(reader, frame.correlId);
            break;
        case Field::Token:
            ok = readOptionalString(reader, frame.token);
            break;
        case Field::AppId:
            ok = readOptionalString(reader, frame.appId);
            break;
        case Field::OrgId:
            ok = readOptionalString(reader, frame.orgId);
            break;
        case Field::Channel:
            ok = readOptionalString(reader, frame.channel);
            break;
        case Field::Data: {
            std::string_view raw;
            ok = reader.readRawValue(raw);
            if (ok)
                frame.data = JsonReader::compact(raw);
            break;
        }
        case Field::Error:
            ok = readError(reader, frame.error);
            break;
        case Field::Credits:
            if (reader.peek() == JsonReader::Kind::Null)
                ok = reader.readNull();
            else
                ok = reader.readInt64(frame.credits);
            break;
        case Field::Ts: {
            if (reader.peek() == JsonReader::Kind::Null) {
                ok = reader.readNull();
                break;
            }
            QByteArray tsText;
            ok = reader.readString(tsText);
            if (!ok)
                break;
            auto ts = Timestamp::parseRfc3339(std::string_view(tsText.constData(), size_t(tsText.size())));
            if (!ts)
                return Parsed<Frame>::failure(QStringLiteral("invalid JSON frame: %1").arg(ts.error()));
            frame.ts = *ts;
            break;
        }
        case Field::Unknown:
            ok = reader.skipValue();
            break;
        }
        if (!ok)
            return failure(QString::fromUtf8(key));
    }
    if (reader.failed())
        return failure({});
    if (!reader.atEnd())
        return Parsed<Frame>::failure(
            QStringLiteral("invalid JSON frame: unexpected data after the frame at byte %1")
                .arg(reader.offset(text)));
    return frame;
}

std::unique_ptr<FrameCodec> FrameCodec::create(WireFormat format)
{
    if (format == WireFormat::Msgpack)
        return std::make_unique<MsgpackCodec>();
    return std::make_unique<JsonCodec>();
}

std::optional<Parsed<StreamEvent>> JsonCodec::decodeEvent(QByteArrayView bytes) const
{
    return EventFrameDecoder::fromJson(bytes);
}

} // namespace dwp
