// SPDX-License-Identifier: MIT
#pragma once

#include "models/JobRow.h"

#include <algorithm>
#include <memory>
#include <vector>

namespace dispatch {

// JobTable's rows in fixed blocks of 4 096 instead of one vector: growing never copies the rows already
// stored. A single vector of a million 80-byte rows doubling meant copying 80 MB (and faulting in 160 MB) in
// one go on the GUI thread, a stall of hundreds of milliseconds while events queued up (bench_client_e2e).
// A block is constructed whole when the first row goes in: 65 536 rows (5 MB) took 15.6 ms a block, 4 096
// (320 KiB) 1.0 ms (measured 2026-12-07, load 2.5), and the 15 ms came back as stalls in bench_client_e2e.
// The oldest rows can be dropped from the front (JobsModel's live window, issue 19 item 5): row 0 is then
// `m_front` into the first block, and a block is freed once every row in it has gone.
class JobRowChunks
{
public:
    static constexpr int kChunkBits = 12;
    static constexpr int kChunkSize = 1 << kChunkBits;

    int size() const { return m_size; }
    JobRow& operator[](int row) { return at(row + m_front); }
    const JobRow& operator[](int row) const { return const_cast<JobRowChunks*>(this)->at(row + m_front); }

    void append(const JobRow& row)
    {
        const int slot = m_front + m_size;
        if ((slot & (kChunkSize - 1)) == 0 && size_t(slot >> kChunkBits) == m_chunks.size())
            m_chunks.push_back(std::make_unique<JobRow[]>(size_t(kChunkSize)));
        at(slot) = row;
        ++m_size;
    }

    // Drops rows [0, count): the rows after them become rows 0, 1, ….
    void dropFront(int count)
    {
        count = std::clamp(count, 0, m_size);
        m_front += count;
        m_size -= count;
        const int freed = m_front >> kChunkBits;
        if (freed > 0) {
            m_chunks.erase(m_chunks.begin(), m_chunks.begin() + freed);
            m_front &= kChunkSize - 1;
        }
    }

    void clear()
    {
        m_chunks.clear();
        m_size = 0;
        m_front = 0;
    }

private:
    JobRow& at(int slot) { return m_chunks[size_t(slot >> kChunkBits)][size_t(slot & (kChunkSize - 1))]; }

    std::vector<std::unique_ptr<JobRow[]>> m_chunks;
    int m_size = 0;
    int m_front = 0; // the slot of row 0 in the first block
};

} // namespace dispatch
