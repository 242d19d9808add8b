// SPDX-License-Identifier: MIT
#include "devserver/TypeIdGenerator.h"

#include "protocol/TypeId.h"

#include <algorithm>

namespace devserver {
namespace {

constexpr quint32 kRandAMask = 0xfff;
constexpr quint64 kRandBMask = (quint64(1) << 62) - 1;
constexpr qint64 kMaxMillis = (qint64(1) << 48) - 1;

} // namespace

TypeIdGenerator::TypeIdGenerator(quint64 seed) : m_random(quint32(seed ^ (seed >> 32)) ^ 0x7e1dU) {}

QString TypeIdGenerator::next(const QString& prefix, qint64 unixMillis)
{
    qint64 millis = std::clamp<qint64>(unixMillis, 0, kMaxMillis);
    if (millis > m_lastMillis) {
        m_lastMillis = millis;
        m_randA = m_random.generate() & kRandAMask;
        // Leave headroom so that counting up within a millisecond rarely carries into rand_a.
        m_randB = m_random.generate64() & (kRandBMask >> 1);
    } else {
        millis = m_lastMillis;
        m_randB = (m_randB + 1) & kRandBMask;
        if (m_randB == 0) {
            m_randA = (m_randA + 1) & kRandAMask;
            if (m_randA == 0)
                m_lastMillis = millis = std::min(m_lastMillis + 1, kMaxMillis);
        }
    }

    dwp::TypeId::Bytes uuid{};
    for (int i = 0; i < 6; ++i)
        uuid[size_t(i)] = quint8(millis >> (8 * (5 - i)));
    uuid[6] = quint8(0x70 | (m_randA >> 8));
    uuid[7] = quint8(m_randA);
    uuid[8] = quint8(0x80 | ((m_randB >> 56) & 0x3f));
    for (int i = 9; i < 16; ++i)
        uuid[size_t(i)] = quint8(m_randB >> (8 * (15 - i)));
    return dwp::TypeId(prefix, uuid).toString();
}

} // namespace devserver
