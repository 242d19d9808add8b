// SPDX-License-Identifier: MIT
#include "protocol/EventFrameDecoder.h"

#include "protocol/EventType.h"
#include "protocol/JsonCodec.h"
#include "protocol/JsonReader.h"
#include "protocol/MsgpackCodec.h"
#include "protocol/SimdJsonEventReader.h"

namespace dwp {
namespace {

// The fast path takes only the exact shape servers emit. Anything else — a key in other case, a null, an
// error object, an unknown key, a syntax error — is handed to the general decoder, which then decides what
// the bytes are; so the two paths cannot disagree on unusual input.
struct Unusual
{
};

std::string_view stringOrThrow(JsonReader& reader)
{
    std::string_view value;
    if (reader.peek() != JsonReader::Kind::String || !reader.readStringView(value))
        throw Unusual{};
    return value;
}

Timestamp timestampOrThrow(std::string_view text)
{
    auto ts = Timestamp::parseRfc3339(text);
    if (!ts)
        throw Unusual{};
    return *ts;
}

// The envelope as the server writes it, by simdjson; else by JsonReader, which takes the unusual-but-valid
// shapes simdjson's reader declines (escaped strings it cannot hold, deep data).
StreamEvent envelopeOrThrow(std::string_view json)
{
    if (auto event = SimdJsonEventReader::envelope(json))
        return std::move(*event);
    JsonReader reader(json);
    if (!reader.beginObject())
        throw Unusual{};
    StreamEvent event;
    unsigned seen = 0;
    std::string_view key;
    while (reader.nextKeyView(key)) {
        if (key == "type") {
            event.type = EventType::interned(stringOrThrow(reader));
            seen |= 1;
        } else if (key == "ts") {
            event.ts = timestampOrThrow(stringOrThrow(reader));
            seen |= 2;
        } else if (key == "topic") {
            const auto topic = stringOrThrow(reader);
            event.topic = QString::fromUtf8(topic.data(), qsizetype(topic.size()));
            seen |= 4;
        } else if (key == "data") {
            std::string_view raw;
            if (reader.peek() != JsonReader::Kind::Object || !reader.readRawValue(raw))
                throw Unusual{};
            event.data = JsonReader::compact(raw);
            seen |= 8;
        } else {
            throw Unusual{};
        }
    }
    if (reader.failed() || !reader.atEnd() || seen != 15)
        throw Unusual{};
    return event;
}

std::optional<Parsed<StreamEvent>> generalPath(const FrameCodec& codec, QByteArrayView bytes)
{
    auto frame = codec.decode(bytes);
    if (!frame)
        return Parsed<StreamEvent>::failure(frame.error());
    if (frame->type != FrameType::Event)
        return std::nullopt;
    return StreamEvent::fromFrame(*frame);
}

// A minimal msgpack walker over the frame map, enough for the server's event frames.
class MsgpackWalker
{
public:
    explicit MsgpackWalker(QByteArrayView bytes)
        : m_pos(reinterpret_cast<const unsigned char*>(bytes.data())), m_end(m_pos + bytes.size())
    {
    }

    quint8 byte()
    {
        if (m_pos >= m_end)
            throw Unusual{};
        return *m_pos++;
    }
    quint64 bigEndian(int count)
    {
        if (m_end - m_pos < count)
            throw Unusual{};
        quint64 value = 0;
        for (int i = 0; i < count; ++i)
            value = (value << 8) | *m_pos++;
        return value;
    }
    std::string_view bytesView(quint64 length)
    {
        if (quint64(m_end - m_pos) < length)
            throw Unusual{};
        const std::string_view view(reinterpret_cast<const char*>(m_pos), size_t(length));
        m_pos += length;
        return view;
    }
    quint32 mapSize()
    {
        const quint8 code = byte();
        if ((code & 0xF0) == 0x80)
            return code & 0x0F;
        if (code == 0xDE)
            return quint32(bigEndian(2));
        if (code == 0xDF)
            return quint32(bigEndian(4));
        throw Unusual{};
    }
    // str only (keys and string fields); bin also where `allowBin`
    std::string_view string(bool allowBin = false)
    {
        const quint8 code = byte();
        if ((code & 0xE0) == 0xA0)
            return bytesView(code & 0x1F);
        if (code == 0xD9 || (allowBin && code == 0xC4))
            return bytesView(bigEndian(1));
        if (code == 0xDA || (allowBin && code == 0xC5))
            return bytesView(bigEndian(2));
        if (code == 0xDB || (allowBin && code == 0xC6))
            return bytesView(bigEndian(4));
        throw Unusual{};
    }
    void integer()
    {
        const quint8 code = byte();
        if (code <= 0x7F || code >= 0xE0)
            return;
        if (code >= 0xCC && code <= 0xD3)
            bigEndian(1 << ((code - 0xCC) & 3));
        else
            throw Unusual{};
    }
    Timestamp timestamp()
    {
        const quint8 code = byte();
        qint64 seconds = 0;
        quint64 nanos = 0;
        if (code == 0xD6 && byte() == 0xFF) {
            seconds = qint64(bigEndian(4));
        } else if (code == 0xD7 && byte() == 0xFF) {
            const quint64 combined = bigEndian(8);
            nanos = combined >> 34;
            seconds = qint64(combined & 0x3FFFFFFFFULL);
        } else if (code == 0xC7 && byte() == 12 && byte() == 0xFF) {
            nanos = bigEndian(4);
            seconds = qint64(bigEndian(8));
        } else {
            throw Unusual{};
        }
        if (nanos >= 1000000000)
            throw Unusual{};
        return Timestamp(seconds, quint32(nanos));
    }
    bool atEnd() const { return m_pos == m_end; }

private:
    const unsigned char* m_pos;
    const unsigned char* m_end;
};

} // namespace

Parsed<StreamEvent> EventFrameDecoder::envelope(std::string_view json)
{
    try {
        return envelopeOrThrow(json);
    } catch (const Unusual&) {
        return StreamEvent::parse(QByteArrayView(json.data(), qsizetype(json.size())));
    }
}

std::optional<Parsed<StreamEvent>> EventFrameDecoder::fromJson(QByteArrayView frameBytes)
{
    if (auto event =
            SimdJsonEventReader::eventFrame(std::string_view(frameBytes.data(), size_t(frameBytes.size()))))
        return Parsed<StreamEvent>(std::move(*event));
    // Not the usual event shape: a non-event frame is told apart here without building a Frame.
    try {
        JsonReader reader(std::string_view(frameBytes.data(), size_t(frameBytes.size())));
        if (!reader.beginObject())
            throw Unusual{};
        bool isEvent = false;
        std::string_view data;
        std::string_view key;
        while (reader.nextKeyView(key)) {
            if (key == "type") {
                isEvent = stringOrThrow(reader) == "event";
            } else if (key == "data") {
                if (!reader.readRawValue(data))
                    throw Unusual{};
            } else if (key == "ts") {
                timestampOrThrow(stringOrThrow(reader));
            } else if (key == "credits") {
                qint64 credits = 0;
                if (reader.peek() != JsonReader::Kind::Number || !reader.readInt64(credits))
                    throw Unusual{};
            } else if (key == "id" || key == "channel" || key == "method" || key == "correl_id" ||
                       key == "token" || key == "app_id" || key == "org_id") {
                stringOrThrow(reader);
            } else {
                throw Unusual{};
            }
        }
        if (reader.failed() || !reader.atEnd())
            throw Unusual{};
        if (!isEvent)
            return std::nullopt;
        if (data.empty())
            throw Unusual{};
        return Parsed<StreamEvent>(envelopeOrThrow(data));
    } catch (const Unusual&) {
        return generalPath(JsonCodec(), frameBytes);
    }
}

std::optional<Parsed<StreamEvent>> EventFrameDecoder::fromMsgpack(QByteArrayView frameBytes)
{
    try {
        MsgpackWalker walker(frameBytes);
        bool isEvent = false;
        std::string_view data;
        for (quint32 entries = walker.mapSize(); entries > 0; --entries) {
            const std::string_view key = walker.string();
            if (key == "type") {
                isEvent = walker.string() == "event";
            } else if (key == "data") {
                data = walker.string(true);
            } else if (key == "ts") {
                walker.timestamp();
            } else if (key == "credits") {
                walker.integer();
            } else if (key == "id" || key == "channel" || key == "method" || key == "correl_id" ||
                       key == "token" || key == "app_id" || key == "org_id") {
                walker.string();
            } else {
                throw Unusual{};
            }
        }
        // A non-event frame's data was not validated here; let the general decoder judge it.
        if (!walker.atEnd() || !isEvent)
            throw Unusual{};
        if (data.empty())
            throw Unusual{};
        return Parsed<StreamEvent>(envelopeOrThrow(data));
    } catch (const Unusual&) {
        return generalPath(MsgpackCodec(), frameBytes);
    }
}

} // namespace dwp
