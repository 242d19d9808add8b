// SPDX-License-Identifier: MIT
#pragma once

#include <QHashFunctions>
#include <QString>
#include <QStringView>
#include <optional>

namespace dispatch {

// A job id packed into the 128 bits it encodes. Server job ids are TypeIDs, `job_` + 26 lowercase Crockford
// base32 characters carrying a UUID (dwp-protocol.md §4 "IDs"): as text a QString of ~96 heap bytes, here 16
// bytes with no allocation. JobsModel keys its id → row hash on this; ids that are not canonical TypeIDs
// (another prefix, upper case, a first character above 7) do not pack and are kept as text instead. The
// parsing and formatting are dwp::TypeId's; this class only stores the result in two words.
class CompactJobId
{
public:
    constexpr CompactJobId() = default;
    constexpr CompactJobId(quint64 high, quint64 low) : m_high(high), m_low(low) {}

    // nullopt unless `text` is exactly a canonical job TypeID, so toString() gives `text` back unchanged.
    static std::optional<CompactJobId> pack(QStringView text);
    QString toString() const;
    // The text of toString() into `out`, which holds kTextLength characters: no allocation, for scans.
    static constexpr qsizetype kTextLength = 30; // "job_" + 26
    void writeText(QChar* out) const;

    quint64 high() const { return m_high; }
    quint64 low() const { return m_low; }

    friend constexpr bool operator==(const CompactJobId&, const CompactJobId&) = default;

private:
    quint64 m_high = 0;
    quint64 m_low = 0;
};

inline size_t qHash(const CompactJobId& id, size_t seed = 0) noexcept
{
    return qHashMulti(seed, id.high(), id.low());
}

} // namespace dispatch
