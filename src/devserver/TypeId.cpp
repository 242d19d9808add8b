// SPDX-License-Identifier: MIT
#include "devserver/TypeId.h"

namespace devserver {
namespace {

constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
constexpr int kSuffixLength = 26;

int bitAt(const TypeId::Bytes& bytes, int index) // index 0 = the most significant of the 128 bits
{
    return (bytes[size_t(index / 8)] >> (7 - index % 8)) & 1;
}

int alphabetIndex(QChar c)
{
    for (int i = 0; i < 32; ++i) {
        if (c == QLatin1Char(kAlphabet[i]))
            return i;
    }
    return -1;
}

} // namespace

qint64 TypeId::unixMillis() const
{
    qint64 millis = 0;
    for (int i = 0; i < 6; ++i)
        millis = (millis << 8) | m_uuid[size_t(i)];
    return millis;
}

QString TypeId::toString() const
{
    return m_prefix + QLatin1Char('_') + encodeSuffix(m_uuid);
}

QString TypeId::encodeSuffix(const Bytes& uuid)
{
    // 26 characters carry 130 bits: the 128 of the UUID behind two zero bits.
    QString out(kSuffixLength, Qt::Uninitialized);
    for (int c = 0; c < kSuffixLength; ++c) {
        int value = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = c * 5 + b - 2;
            value = (value << 1) | (bit < 0 ? 0 : bitAt(uuid, bit));
        }
        out[c] = QLatin1Char(kAlphabet[value]);
    }
    return out;
}

dwp::Parsed<TypeId::Bytes> TypeId::decodeSuffix(QStringView suffix)
{
    using Result = dwp::Parsed<Bytes>;
    if (suffix.size() != kSuffixLength)
        return Result::failure(QStringLiteral("typeid suffix must be %1 characters, got %2")
                                   .arg(kSuffixLength)
                                   .arg(suffix.size()));
    Bytes bytes{};
    for (int c = 0; c < kSuffixLength; ++c) {
        const int value = alphabetIndex(suffix[c]);
        if (value < 0)
            return Result::failure(
                QStringLiteral("typeid suffix has an invalid character '%1'").arg(suffix[c]));
        if (c == 0 && value > 7)
            return Result::failure(QStringLiteral("typeid suffix starts above 7 (more than 128 bits)"));
        for (int b = 0; b < 5; ++b) {
            const int bit = c * 5 + b - 2;
            if (bit >= 0 && ((value >> (4 - b)) & 1))
                bytes[size_t(bit / 8)] |= quint8(1 << (7 - bit % 8));
        }
    }
    return bytes;
}

dwp::Parsed<TypeId> TypeId::parse(QStringView text)
{
    const qsizetype underscore = text.lastIndexOf(QLatin1Char('_'));
    const QStringView prefix = underscore < 0 ? QStringView() : text.left(underscore);
    const QStringView suffix = underscore < 0 ? text : text.mid(underscore + 1);
    const auto bytes = decodeSuffix(suffix);
    if (!bytes)
        return dwp::Parsed<TypeId>::failure(
            QStringLiteral("id: invalid typeid \"%1\": %2").arg(text.toString(), bytes.error()));
    return TypeId(prefix.toString(), *bytes);
}

QString TypeId::checkPrefix(QStringView text, QStringView expectedPrefix)
{
    const auto id = parse(text);
    if (!id)
        return id.error();
    if (id->prefix() != expectedPrefix)
        return QStringLiteral("id: expected prefix \"%1\", got \"%2\"")
            .arg(expectedPrefix.toString(), id->prefix());
    return QString();
}

} // namespace devserver
