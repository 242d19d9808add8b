// SPDX-License-Identifier: MIT
#include "models/CompactJobId.h"

#include "protocol/TypeId.h"

namespace dispatch {
namespace {

using dwp::TypeId;

constexpr QStringView kPrefix = u"job_";
static_assert(CompactJobId::kTextLength == 4 + TypeId::kSuffixLength);

} // namespace

std::optional<CompactJobId> CompactJobId::pack(QStringView text)
{
    // A prefix test first: most ids that fail here are not job ids at all, and this costs no allocation.
    if (text.size() != kTextLength || !text.startsWith(kPrefix))
        return std::nullopt;
    const auto uuid = TypeId::decodeSuffix(text.mid(kPrefix.size()));
    if (!uuid)
        return std::nullopt;
    quint64 high = 0;
    quint64 low = 0;
    for (size_t i = 0; i < 8; ++i) {
        high = (high << 8) | (*uuid)[i];
        low = (low << 8) | (*uuid)[i + 8];
    }
    return CompactJobId(high, low);
}

QString CompactJobId::toString() const
{
    QString text(kTextLength, Qt::Uninitialized);
    writeText(text.data());
    return text;
}

void CompactJobId::writeText(QChar* out) const
{
    for (qsizetype i = 0; i < kPrefix.size(); ++i)
        out[i] = kPrefix[i];
    TypeId::Bytes uuid;
    for (size_t i = 0; i < 8; ++i) {
        uuid[i] = quint8(m_high >> (56 - 8 * i));
        uuid[i + 8] = quint8(m_low >> (56 - 8 * i));
    }
    TypeId::writeSuffix(uuid, out + kPrefix.size());
}

} // namespace dispatch
