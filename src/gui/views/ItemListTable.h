// SPDX-License-Identifier: MIT
#pragma once

class QTableView;

namespace dispatch {

// The conventions the item lists (Jobs, Workflows, Dead letters) share, written once: read-only rows with
// alternating colours and a fixed height, no row numbers, sorted by a header click, long ids elided in the
// middle, the last column taking the remaining width. Until a header is clicked the rows are newest first by
// `newestFirstColumn` (a time column, sorted descending; issue 20 item 14), or in arrival order without one.
// How a row is selected is SelectionById's part; following new rows is ListFollower's.
class ItemListTable
{
public:
    static void setUp(QTableView* table, int newestFirstColumn = -1);
};

} // namespace dispatch
