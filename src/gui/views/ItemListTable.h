// SPDX-License-Identifier: MIT
#pragma once

class QTableView;

namespace dispatch {

// The conventions the item lists (Jobs, Workflows) share, written once: read-only rows with alternating
// colours and a fixed height, no row numbers, sorted by a header click but in arrival order until then,
// long ids elided in the middle, the last column taking the remaining width. How a row is selected is
// SelectionById's part.
class ItemListTable
{
public:
    static void setUp(QTableView* table);
};

} // namespace dispatch
