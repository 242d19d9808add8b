// SPDX-License-Identifier: MIT
#pragma once

#include "models/CompactJobId.h"

#include <QHash>
#include <array>

namespace dispatch {

// Job id → row, split over 64 hashes by the id's random low bits. A hash rehashes everything it holds when it
// grows; one hash of a million ids did that in one step on the GUI thread. Here a step moves a 64th of the
// ids, and since shard sizes vary a little, the 64 steps of each doubling spread over many event batches.
class ShardedJobIndex
{
public:
    int value(const CompactJobId& id, int fallback) const { return shard(id).value(id, fallback); }
    void insert(const CompactJobId& id, int row) { shard(id).insert(id, row); }
    void clear()
    {
        for (auto& shard : m_shards)
            shard.clear();
    }

private:
    static constexpr size_t kShards = 64;
    // The low 64 bits of a TypeID are the UUID's random part, so they spread evenly.
    static size_t shardOf(const CompactJobId& id) { return size_t((id.low() * 0x9E3779B97F4A7C15ULL) >> 58); }
    QHash<CompactJobId, int>& shard(const CompactJobId& id) { return m_shards[shardOf(id)]; }
    const QHash<CompactJobId, int>& shard(const CompactJobId& id) const { return m_shards[shardOf(id)]; }

    std::array<QHash<CompactJobId, int>, kShards> m_shards;
};

} // namespace dispatch
