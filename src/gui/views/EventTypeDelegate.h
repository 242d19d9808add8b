// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/CachedTextDelegate.h"

namespace dispatch {

// Colours an event's type in the log by what it means — failures red, retries amber, completions green —
// so that trouble stands out in a fast-scrolling stream. Colours come from StateStyle and follow the palette.
class EventTypeDelegate : public CachedTextDelegate
{
    Q_OBJECT

public:
    using CachedTextDelegate::CachedTextDelegate;

    // The state whose colour an event type takes: "failed" for job.failed, "completed" for
    // workflow.completed, …; empty for types shown in the ordinary text colour.
    static QString toneStateOf(const QString& eventType);

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;
};

} // namespace dispatch
