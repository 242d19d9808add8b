// SPDX-License-Identifier: MIT
#pragma once

class QHeaderView;

namespace dispatch {

// A table header's context menu with one checkable entry per column, to show or hide columns. The last
// visible column cannot be hidden (a table without columns cannot be brought back by the same menu).
class ColumnVisibilityMenu
{
public:
    static void install(QHeaderView* header);
};

} // namespace dispatch
