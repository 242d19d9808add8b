// SPDX-License-Identifier: MIT
#pragma once

#include "models/JobRow.h"

#include <memory>
#include <vector>

namespace dispatch {

// JobTable's rows in fixed blocks of 65 536 instead of one vector: growing never copies the rows already
// stored. A single vector of a million 80-byte rows doubling meant copying 80 MB (and faulting in 160 MB) in
// one go on the GUI thread, a stall of hundreds of milliseconds while events queued up (bench_client_e2e).
class JobRowChunks
{
public:
    static constexpr int kChunkBits = 16;
    static constexpr int kChunkSize = 1 << kChunkBits;

    int size() const { return m_size; }
    JobRow& operator[](int row)
    {
        return m_chunks[size_t(row >> kChunkBits)][size_t(row & (kChunkSize - 1))];
    }
    const JobRow& operator[](int row) const
    {
        return m_chunks[size_t(row >> kChunkBits)][size_t(row & (kChunkSize - 1))];
    }

    void append(const JobRow& row)
    {
        if ((m_size & (kChunkSize - 1)) == 0 && size_t(m_size >> kChunkBits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<JobRow[]>(size_t(kChunkSize)));
        (*this)[m_size++] = row;
    }

    void clear()
    {
        m_chunks.clear();
        m_size = 0;
    }

private:
    std::vector<std::unique_ptr<JobRow[]>> m_chunks;
    int m_size = 0;
};

} // namespace dispatch
