// SPDX-License-Identifier: MIT
#include "gui/views/EventTypeDelegate.h"

#include "gui/views/StateStyle.h"
#include "protocol/EventType.h"

namespace dispatch {

QString EventTypeDelegate::toneStateOf(const QString& eventType)
{
    namespace Type = dwp::EventType;
    if (eventType == Type::JobFailed || eventType == Type::JobDlq || eventType == Type::WorkflowFailed ||
        eventType == Type::WorkflowStepFailed)
        return QStringLiteral("failed");
    if (eventType == Type::JobRetrying)
        return QStringLiteral("retrying");
    if (eventType == Type::JobCompleted || eventType == Type::WorkflowCompleted)
        return QStringLiteral("completed");
    return {};
}

void EventTypeDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    CachedTextDelegate::initStyleOption(option, index);
    const QString state = toneStateOf(index.data().toString());
    if (state.isEmpty() || (option->state & QStyle::State_Selected))
        return;
    // The badge's text colour: dark on light themes, light on dark ones, readable on the plain background.
    option->palette.setColor(QPalette::Text, StateStyle::colours(state, option->palette).text);
}

} // namespace dispatch
