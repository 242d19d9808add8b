// SPDX-License-Identifier: MIT
#pragma once

#include "gui/gantt/GanttBar.h"
#include "gui/gantt/GanttFields.h"

#include <QList>

class QAbstractItemModel;

namespace dispatch {

// Reads the steps of a timeline model into bars, one per row, as GanttFields says where each value is.
// Start and end may be QDateTime or milliseconds since the epoch; a step without an end is open and is
// drawn up to `nowMs`.
class GanttBarReader
{
public:
    static QList<GanttBar> read(const QAbstractItemModel* model, const GanttFields& fields, qint64 nowMs);
    // Rows `first` to `last` only: a live run changes a step or two at a time.
    static QList<GanttBar> readRows(const QAbstractItemModel* model, const GanttFields& fields, qint64 nowMs,
                                    int first, int last);
};

} // namespace dispatch
