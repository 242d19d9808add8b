// SPDX-License-Identifier: MIT
#include "protocol/TypeId.h"

#include <array>
#include <utility>

namespace dwp {
namespace {

constexpr char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";

constexpr std::pair<TypeId::Kind, QLatin1StringView> kPrefixes[] = {
    {TypeId::Kind::Job, QLatin1StringView("job")},
    {TypeId::Kind::Workflow, QLatin1StringView("wf")},
    {TypeId::Kind::WorkflowRun, QLatin1StringView("wfrun")},
    {TypeId::Kind::Checkpoint, QLatin1StringView("ckpt")},
    {TypeId::Kind::Cron, QLatin1StringView("cron")},
    {TypeId::Kind::DeadLetter, QLatin1StringView("dlq")},
    {TypeId::Kind::Event, QLatin1StringView("evt")},
    {TypeId::Kind::Worker, QLatin1StringView("wkr")},
};

// Each ASCII character's place in the alphabet, -1 when it has none. A table rather than a search of the
// alphabet: every job event's id is decoded (CompactJobId), and the search was 3.5 % of the session
// thread's time in bench_client_e2e (perf).
struct AlphabetTable
{
    std::array<qint8, 128> index{};
    constexpr AlphabetTable()
    {
        for (auto& entry : index)
            entry = -1;
        for (int i = 0; i < 32; ++i)
            index[size_t(kAlphabet[i])] = qint8(i);
    }
};
constexpr AlphabetTable kAlphabetTable;

int alphabetIndex(QChar c)
{
    const char16_t u = c.unicode();
    return u < 128 ? kAlphabetTable.index[u] : -1;
}

// The server's text for an id of another kind (§4), word for word.
QString prefixMismatch(QStringView expected, QStringView found)
{
    return QStringLiteral("id: expected prefix \"%1\", got \"%2\"").arg(expected, found);
}

} // namespace

QString TypeId::prefixOf(Kind kind)
{
    for (const auto& [known, prefix] : kPrefixes) {
        if (known == kind)
            return prefix;
    }
    return QString();
}

TypeId::Kind TypeId::kindOf(QStringView prefix)
{
    for (const auto& [kind, known] : kPrefixes) {
        if (prefix == known)
            return kind;
    }
    return Kind::Other;
}

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
    QString out(kSuffixLength, Qt::Uninitialized);
    writeSuffix(uuid, out.data());
    return out;
}

void TypeId::writeSuffix(const Bytes& uuid, QChar* out)
{
    // 26 characters carry 130 bits: the 128 of the UUID behind two zero bits. Taken from the low end, five
    // bits at a time, out of the UUID as two 64-bit halves.
    quint64 high = 0;
    quint64 low = 0;
    for (size_t i = 0; i < 8; ++i) {
        high = (high << 8) | uuid[i];
        low = (low << 8) | uuid[i + 8];
    }
    for (qsizetype i = kSuffixLength - 1; i >= 0; --i) {
        out[i] = QLatin1Char(kAlphabet[low & 31]);
        low = (low >> 5) | (high << 59);
        high >>= 5;
    }
}

Parsed<TypeId::Bytes> TypeId::decodeSuffix(QStringView suffix)
{
    using Result = Parsed<Bytes>;
    if (suffix.size() != kSuffixLength)
        return Result::failure(QStringLiteral("typeid suffix must be %1 characters, got %2")
                                   .arg(kSuffixLength)
                                   .arg(suffix.size()));
    quint64 high = 0;
    quint64 low = 0;
    for (qsizetype c = 0; c < kSuffixLength; ++c) {
        const int value = alphabetIndex(suffix[c]);
        if (value < 0)
            return Result::failure(
                QStringLiteral("typeid suffix has an invalid character '%1'").arg(suffix[c]));
        if (c == 0 && value > 7)
            return Result::failure(QStringLiteral("typeid suffix starts above 7 (more than 128 bits)"));
        high = (high << 5) | (low >> 59);
        low = (low << 5) | quint64(value);
    }
    Bytes bytes{};
    for (size_t i = 0; i < 8; ++i) {
        bytes[i] = quint8(high >> (56 - 8 * i));
        bytes[i + 8] = quint8(low >> (56 - 8 * i));
    }
    return bytes;
}

Parsed<TypeId> TypeId::parse(QStringView text)
{
    const qsizetype underscore = text.lastIndexOf(QLatin1Char('_'));
    const QStringView prefix = underscore < 0 ? QStringView() : text.left(underscore);
    const QStringView suffix = underscore < 0 ? text : text.mid(underscore + 1);
    const auto bytes = decodeSuffix(suffix);
    if (!bytes)
        return Parsed<TypeId>::failure(
            QStringLiteral("id: invalid typeid \"%1\": %2").arg(text.toString(), bytes.error()));
    return TypeId(prefix.toString(), *bytes);
}

Parsed<TypeId> TypeId::parse(QStringView text, Kind kind)
{
    auto id = parse(text);
    if (id && id->kind() != kind)
        return Parsed<TypeId>::failure(prefixMismatch(prefixOf(kind), id->prefix()));
    return id;
}

QString TypeId::checkPrefix(QStringView text, QStringView expectedPrefix)
{
    const auto id = parse(text);
    if (!id)
        return id.error();
    if (id->prefix() != expectedPrefix)
        return prefixMismatch(expectedPrefix, id->prefix());
    return QString();
}

} // namespace dwp
