// SPDX-License-Identifier: MIT
#include "protocol/MsgpackCodec.h"

#include "protocol/EventFrameDecoder.h"

#include "protocol/JsonReader.h"

#include <msgpack.hpp>

namespace dwp {
namespace {

// msgpack-cxx's packer writes through any type with write(const char*, size_t).
struct ByteArrayStream
{
    QByteArray& out;
    void write(const char* bytes, size_t size) { out.append(bytes, qsizetype(size)); }
};

using Packer = msgpack::packer<ByteArrayStream>;

void packString(Packer& packer, const QString& text)
{
    const QByteArray utf8 = text.toUtf8();
    packer.pack_str(uint32_t(utf8.size()));
    packer.pack_str_body(utf8.constData(), uint32_t(utf8.size()));
}

void packKey(Packer& packer, std::string_view key)
{
    packer.pack_str(uint32_t(key.size()));
    packer.pack_str_body(key.data(), uint32_t(key.size()));
}

void writeBigEndian(char* out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) {
        out[i] = char(value & 0xFF);
        value >>= 8;
    }
}

quint64 readBigEndian(const char* in, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | static_cast<unsigned char>(in[i]);
    return value;
}

// vmihailenco's timestamp encoding: the 4-byte form when it fits, the 8-byte (30-bit ns | 34-bit s) form for
// non-negative seconds below 2^34, and the 12-byte form otherwise (dwp-protocol.md §6).
void packTimestamp(Packer& packer, const Timestamp& ts)
{
    const auto seconds = ts.seconds();
    const quint64 nanos = ts.nanoseconds();
    char body[12];
    if (seconds >= 0 && (quint64(seconds) >> 34) == 0) {
        const quint64 combined = (nanos << 34) | quint64(seconds);
        if ((combined & 0xFFFFFFFF00000000ULL) == 0) {
            writeBigEndian(body, combined, 4);
            packer.pack_ext(4, -1);
            packer.pack_ext_body(body, 4);
        } else {
            writeBigEndian(body, combined, 8);
            packer.pack_ext(8, -1);
            packer.pack_ext_body(body, 8);
        }
        return;
    }
    writeBigEndian(body, nanos, 4);
    writeBigEndian(body + 4, quint64(seconds), 8);
    packer.pack_ext(12, -1);
    packer.pack_ext_body(body, 12);
}

Parsed<Timestamp> unpackTimestamp(const msgpack::object& value)
{
    if (value.type != msgpack::type::EXT)
        return Parsed<Timestamp>::failure(
            value.type == msgpack::type::NIL ? QStringLiteral("ts is nil (the server's decoder panics on it)")
                                             : QStringLiteral("ts must be timestamp extension -1"));
    const auto& ext = value.via.ext;
    if (ext.type() != -1)
        return Parsed<Timestamp>::failure(
            QStringLiteral("ts has extension type %1, expected -1").arg(ext.type()));
    qint64 seconds = 0;
    quint64 nanos = 0;
    switch (ext.size) {
    case 4:
        seconds = qint64(readBigEndian(ext.data(), 4));
        break;
    case 8: {
        const quint64 combined = readBigEndian(ext.data(), 8);
        nanos = combined >> 34;
        seconds = qint64(combined & 0x3FFFFFFFFULL);
        break;
    }
    case 12:
        nanos = readBigEndian(ext.data(), 4);
        seconds = qint64(readBigEndian(ext.data() + 4, 8));
        break;
    default:
        return Parsed<Timestamp>::failure(
            QStringLiteral("ts extension has %1 bytes, expected 4, 8 or 12").arg(ext.size));
    }
    // Go's time.Unix normalises nanoseconds past a second, and wraps when that overflows; we refuse instead.
    if (const auto ts = Timestamp::fromUnix(seconds, nanos))
        return *ts;
    return Parsed<Timestamp>::failure(
        QStringLiteral("ts is out of range (%1 s + %2 ns overflows)").arg(seconds).arg(nanos));
}

// String fields accept str, bin and nil, as vmihailenco's string decoder does.
bool unpackString(const msgpack::object& value, QString& out)
{
    switch (value.type) {
    case msgpack::type::NIL:
        out.clear();
        return true;
    case msgpack::type::STR:
        out = QString::fromUtf8(value.via.str.ptr, qsizetype(value.via.str.size));
        return true;
    case msgpack::type::BIN:
        out = QString::fromUtf8(value.via.bin.ptr, qsizetype(value.via.bin.size));
        return true;
    default:
        return false;
    }
}

bool unpackInt(const msgpack::object& value, qint64& out)
{
    switch (value.type) {
    case msgpack::type::NIL:
        out = 0;
        return true;
    case msgpack::type::POSITIVE_INTEGER:
        if (value.via.u64 > quint64(std::numeric_limits<qint64>::max()))
            return false;
        out = qint64(value.via.u64);
        return true;
    case msgpack::type::NEGATIVE_INTEGER:
        out = value.via.i64;
        return true;
    default:
        return false;
    }
}

QString keyOf(const msgpack::object& key)
{
    if (key.type == msgpack::type::STR)
        return QString::fromUtf8(key.via.str.ptr, qsizetype(key.via.str.size));
    return {};
}

Parsed<FrameError> unpackError(const msgpack::object& value)
{
    if (value.type != msgpack::type::MAP)
        return Parsed<FrameError>::failure(QStringLiteral("error must be a map"));
    FrameError error;
    for (uint32_t i = 0; i < value.via.map.size; ++i) {
        const auto& [key, item] = value.via.map.ptr[i];
        const QString name = keyOf(key);
        bool ok = true;
        if (name == QLatin1String("code"))
            ok = unpackInt(item, error.code);
        else if (name == QLatin1String("message"))
            ok = unpackString(item, error.message);
        else if (name == QLatin1String("details"))
            ok = unpackString(item, error.details);
        if (!ok)
            return Parsed<FrameError>::failure(QStringLiteral("error.%1 has the wrong type").arg(name));
    }
    return error;
}

// Counts the values of a msgpack document and its nesting without building anything: msgpack-cxx's unpack
// makes a 24-byte msgpack::object per value before we see any, so a 60 MB frame of one-byte values cost
// 1.45 GB and 2 s of the event loop (issue 16). Counting stops at the first value past the budget.
class ValueBudget : public msgpack::null_visitor
{
public:
    bool overBudget() const { return m_values > MsgpackCodec::kMaxValues; }
    bool tooDeep() const { return m_depth > MsgpackCodec::kMaxDepth; }

    bool visit_nil() { return count(); }
    bool visit_boolean(bool) { return count(); }
    bool visit_positive_integer(uint64_t) { return count(); }
    bool visit_negative_integer(int64_t) { return count(); }
    bool visit_float32(float) { return count(); }
    bool visit_float64(double) { return count(); }
    bool visit_str(const char*, uint32_t) { return count(); }
    bool visit_bin(const char*, uint32_t) { return count(); }
    bool visit_ext(const char*, uint32_t) { return count(); }
    bool start_array(uint32_t) { return enter(); }
    bool end_array() { return leave(); }
    bool start_map(uint32_t) { return enter(); }
    bool end_map() { return leave(); }

private:
    bool count() { return ++m_values <= MsgpackCodec::kMaxValues; }
    bool enter() { return count() && ++m_depth <= MsgpackCodec::kMaxDepth; }
    bool leave()
    {
        --m_depth;
        return true;
    }

    qsizetype m_values = 0;
    int m_depth = 0;
};

// Strings, bins and extensions point into the frame's bytes instead of being copied into the zone: the bytes
// outlive the object tree, which decode() reads and drops.
bool referenceInPlace(msgpack::type::object_type, std::size_t, void*)
{
    return true;
}

} // namespace

QByteArray MsgpackCodec::encode(const Frame& frame) const
{
    QByteArray out;
    out.reserve(96 + frame.data.size());
    ByteArrayStream stream{out};
    Packer packer(stream);

    const bool hasError = frame.error.has_value();
    const uint32_t entries = 3 + !frame.method.isEmpty() + !frame.correlId.isEmpty() +
                             !frame.token.isEmpty() + !frame.appId.isEmpty() + !frame.orgId.isEmpty() +
                             frame.hasData() + hasError + !frame.channel.isEmpty() + (frame.credits != 0);
    packer.pack_map(entries);
    packKey(packer, "id");
    packString(packer, frame.id);
    packKey(packer, "type");
    packString(packer, frame.type);
    const auto optional = [&packer](std::string_view key, const QString& value) {
        if (!value.isEmpty()) {
            packKey(packer, key);
            packString(packer, value);
        }
    };
    optional("method", frame.method);
    optional("correl_id", frame.correlId);
    optional("token", frame.token);
    optional("app_id", frame.appId);
    optional("org_id", frame.orgId);
    if (frame.hasData()) {
        packKey(packer, "data");
        packer.pack_bin(uint32_t(frame.data.size()));
        packer.pack_bin_body(frame.data.constData(), uint32_t(frame.data.size()));
    }
    if (hasError) {
        packKey(packer, "error");
        packer.pack_map(frame.error->details.isEmpty() ? 2 : 3);
        packKey(packer, "code");
        packer.pack_int64(frame.error->code);
        packKey(packer, "message");
        packString(packer, frame.error->message);
        if (!frame.error->details.isEmpty()) {
            packKey(packer, "details");
            packString(packer, frame.error->details);
        }
    }
    optional("channel", frame.channel);
    if (frame.credits != 0) {
        packKey(packer, "credits");
        packer.pack_int64(frame.credits);
    }
    packKey(packer, "ts");
    packTimestamp(packer, frame.ts);
    return out;
}

Parsed<Frame> MsgpackCodec::decode(QByteArrayView bytes) const
{
    const auto failure = [](const QString& why) {
        return Parsed<Frame>::failure(QStringLiteral("invalid msgpack frame: %1").arg(why));
    };
    const auto size = size_t(bytes.size());
    ValueBudget budget;
    std::size_t scanned = 0;
    msgpack::parse(bytes.data(), size, scanned, budget);
    if (budget.tooDeep())
        return failure(QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
    if (budget.overBudget())
        return failure(QStringLiteral("more than %1 values (a frame has a few dozen)").arg(kMaxValues));
    // No container or string can hold more elements than there are bytes, so absurd lengths fail before any
    // allocation.
    const msgpack::unpack_limit limit(size, size, size, size, size, kMaxDepth);
    msgpack::object_handle handle;
    std::size_t offset = 0;
    try {
        handle = msgpack::unpack(bytes.data(), size, offset, referenceInPlace, nullptr, limit);
    } catch (const msgpack::insufficient_bytes&) {
        return failure(QStringLiteral("truncated (%1 bytes)").arg(size));
    } catch (const msgpack::depth_size_overflow&) {
        return failure(QStringLiteral("nested more than %1 levels deep").arg(kMaxDepth));
    } catch (const msgpack::size_overflow&) {
        return failure(
            QStringLiteral("a declared length or count is larger than the whole frame (%1 bytes)").arg(size));
    } catch (const std::exception& e) {
        return failure(QString::fromUtf8(e.what()));
    }
    if (offset != size)
        return failure(QStringLiteral("%1 unexpected bytes after the frame").arg(size - offset));
    const msgpack::object& root = handle.get();
    if (root.type != msgpack::type::MAP)
        return failure(QStringLiteral("a frame must be a map"));

    Frame frame;
    for (uint32_t i = 0; i < root.via.map.size; ++i) {
        const auto& [key, value] = root.via.map.ptr[i];
        const QString name = keyOf(key);
        bool ok = true;
        if (name == QLatin1String("id"))
            ok = unpackString(value, frame.id);
        else if (name == QLatin1String("type"))
            ok = unpackString(value, frame.type);
        else if (name == QLatin1String("method"))
            ok = unpackString(value, frame.method);
        else if (name == QLatin1String("correl_id"))
            ok = unpackString(value, frame.correlId);
        else if (name == QLatin1String("token"))
            ok = unpackString(value, frame.token);
        else if (name == QLatin1String("app_id"))
            ok = unpackString(value, frame.appId);
        else if (name == QLatin1String("org_id"))
            ok = unpackString(value, frame.orgId);
        else if (name == QLatin1String("channel"))
            ok = unpackString(value, frame.channel);
        else if (name == QLatin1String("credits"))
            ok = unpackInt(value, frame.credits);
        else if (name == QLatin1String("data")) {
            if (value.type == msgpack::type::NIL) {
                frame.data.clear();
                continue;
            }
            if (value.type != msgpack::type::BIN && value.type != msgpack::type::STR)
                return failure(QStringLiteral("data must be bin or str holding JSON, not a %1")
                                   .arg(value.type == msgpack::type::MAP ? QStringLiteral("map")
                                                                         : QStringLiteral("different type")));
            const bool isBin = value.type == msgpack::type::BIN;
            const std::string_view json(isBin ? value.via.bin.ptr : value.via.str.ptr,
                                        isBin ? value.via.bin.size : value.via.str.size);
            QString jsonError;
            if (!JsonReader::validateAndCompact(json, frame.data, jsonError))
                return failure(QStringLiteral("data is not valid JSON: %1").arg(jsonError));
            continue;
        } else if (name == QLatin1String("error")) {
            if (value.type == msgpack::type::NIL) {
                frame.error.reset();
                continue;
            }
            auto error = unpackError(value);
            if (!error)
                return failure(error.error());
            frame.error = std::move(*error);
            continue;
        } else if (name == QLatin1String("ts")) {
            auto ts = unpackTimestamp(value);
            if (!ts)
                return failure(ts.error());
            frame.ts = *ts;
            continue;
        }
        if (!ok)
            return failure(QStringLiteral("field \"%1\" has the wrong type").arg(name));
    }
    return frame;
}

std::optional<Parsed<StreamEvent>> MsgpackCodec::decodeEvent(QByteArrayView bytes) const
{
    return EventFrameDecoder::fromMsgpack(bytes);
}

} // namespace dwp
