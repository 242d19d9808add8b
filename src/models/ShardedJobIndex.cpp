// SPDX-License-Identifier: MIT
#include "models/ShardedJobIndex.h"

#include <cmath>

namespace dispatch {

size_t ShardedJobIndex::shardOf(const CompactJobId& id)
{
    // Slot → shard, each shard owning a run of slots in proportion to its weight 2^(i/64).
    static const auto kTable = [] {
        std::array<quint8, size_t(1) << kTableBits> table{};
        double total = 0;
        for (size_t i = 0; i < kShards; ++i)
            total += std::exp2(double(i) / double(kShards));
        size_t shard = 0;
        double upTo = 1.0 / total; // cumulative share of shards 0..shard
        for (size_t slot = 0; slot < table.size(); ++slot) {
            const double position = (double(slot) + 0.5) / double(table.size());
            while (position > upTo && shard + 1 < kShards) {
                ++shard;
                upTo += std::exp2(double(shard) / double(kShards)) / total;
            }
            table[slot] = quint8(shard);
        }
        return table;
    }();
    // The low 64 bits of a TypeID are the UUID's random part; the multiply spreads any that are not.
    return kTable[size_t((id.low() * 0x9E3779B97F4A7C15ULL) >> (64 - kTableBits))];
}

} // namespace dispatch
