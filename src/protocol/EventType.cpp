// SPDX-License-Identifier: MIT
#include "protocol/EventType.h"

#include <array>

namespace dwp::EventType {

QString interned(std::string_view utf8)
{
    static const std::array<const QString*, 12> kKnown = {
        &JobEnqueued,    &JobStarted,      &JobCompleted,          &JobFailed,          &JobRetrying,
        &JobDlq,         &WorkflowStarted, &WorkflowStepCompleted, &WorkflowStepFailed, &WorkflowCompleted,
        &WorkflowFailed, &CronFired};
    const QLatin1StringView view(utf8.data(), qsizetype(utf8.size()));
    for (const QString* known : kKnown)
        if (*known == view)
            return *known;
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace dwp::EventType
