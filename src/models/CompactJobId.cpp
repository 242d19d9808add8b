// SPDX-License-Identifier: MIT
#include "models/CompactJobId.h"

namespace dispatch {
namespace {

constexpr char16_t kAlphabet[] = u"0123456789abcdefghjkmnpqrstvwxyz";
constexpr qsizetype kSuffixLength = 26;
constexpr QStringView kPrefix = u"job_";

int digitValue(char16_t c)
{
    for (int value = 0; value < 32; ++value) {
        if (kAlphabet[value] == c)
            return value;
    }
    return -1;
}

} // namespace

std::optional<CompactJobId> CompactJobId::pack(QStringView text)
{
    if (text.size() != kPrefix.size() + kSuffixLength || !text.startsWith(kPrefix))
        return std::nullopt;
    quint64 high = 0;
    quint64 low = 0;
    const QStringView suffix = text.mid(kPrefix.size());
    for (qsizetype i = 0; i < kSuffixLength; ++i) {
        const int value = digitValue(suffix[i].unicode());
        // 26 characters carry 130 bits; a UUID has 128, so the first character is at most 7.
        if (value < 0 || (i == 0 && value > 7))
            return std::nullopt;
        high = (high << 5) | (low >> 59);
        low = (low << 5) | quint64(value);
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
    static_assert(kTextLength == kPrefix.size() + kSuffixLength);
    for (qsizetype i = 0; i < kPrefix.size(); ++i)
        out[i] = kPrefix[i];
    quint64 high = m_high;
    quint64 low = m_low;
    for (qsizetype i = kPrefix.size() + kSuffixLength - 1; i >= kPrefix.size(); --i) {
        out[i] = QChar(kAlphabet[low & 31]);
        low = (low >> 5) | (high << 59);
        high >>= 5;
    }
}

} // namespace dispatch
