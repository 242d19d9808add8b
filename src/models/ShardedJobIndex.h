// SPDX-License-Identifier: MIT
#pragma once

#include "models/CompactJobId.h"

#include <QHash>
#include <array>

namespace dispatch {

// Job id → row, split over 64 hashes. A hash rehashes everything it holds when it grows; one hash of a
// million ids did that in a single step of hundreds of milliseconds on the GUI thread (bench_client_e2e lost
// events behind it). Here each step moves one shard, and the shards get unequal shares of the ids — shard i
// about 2^(i/64) parts — so they reach their doubling sizes at different totals, spread evenly over each
// doubling of the whole instead of all at once.
class ShardedJobIndex
{
public:
    int value(const CompactJobId& id, int fallback) const { return shard(id).value(id, fallback); }
    void insert(const CompactJobId& id, int row) { shard(id).insert(id, row); }
    void remove(const CompactJobId& id) { shard(id).remove(id); }
    // Subtracts `offset` from every value: JobTable renumbering its rows, once in a billion jobs.
    void subtractFromAll(int offset)
    {
        for (auto& shard : m_shards)
            for (auto it = shard.begin(); it != shard.end(); ++it)
                it.value() -= offset;
    }
    void clear()
    {
        for (auto& shard : m_shards)
            shard.clear();
    }

private:
    static constexpr size_t kShards = 64;
    static constexpr int kTableBits = 12;

    static size_t shardOf(const CompactJobId& id);
    QHash<CompactJobId, int>& shard(const CompactJobId& id) { return m_shards[shardOf(id)]; }
    const QHash<CompactJobId, int>& shard(const CompactJobId& id) const { return m_shards[shardOf(id)]; }

    std::array<QHash<CompactJobId, int>, kShards> m_shards;
};

} // namespace dispatch
