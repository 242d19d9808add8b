// SPDX-License-Identifier: MIT
#pragma once

#include <QStringList>

class QTableView;

namespace dispatch {

// Column widths are chosen for English text; a translation may need more room. These widen columns (never
// narrow them) so translated headers and state badges are not cut off.
class ColumnWidths
{
public:
    // Widens every visible column to at least its header label.
    static void fitHeaders(QTableView* table);
    // Widens `column` to fit the badge of the longest of `stateNames` (server state names, e.g. "completed").
    static void fitStateBadges(QTableView* table, int column, const QStringList& stateNames);
};

} // namespace dispatch
