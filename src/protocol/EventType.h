// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <string_view>

namespace dwp {

// The `type` of a stream event (dwp-protocol.md §5, stream/event.go). The data of job.* events is a
// JobEventData, of workflow.* events a WorkflowEventData, of cron.fired a CronFiredData.
namespace EventType {
inline const QString JobEnqueued = QStringLiteral("job.enqueued");
inline const QString JobStarted = QStringLiteral("job.started");
inline const QString JobCompleted = QStringLiteral("job.completed");
inline const QString JobFailed = QStringLiteral("job.failed"); // retries exhausted; job.dlq follows
inline const QString JobRetrying = QStringLiteral("job.retrying");
inline const QString JobDlq = QStringLiteral("job.dlq");
inline const QString WorkflowStarted = QStringLiteral("workflow.started");
inline const QString WorkflowStepCompleted = QStringLiteral("workflow.step_completed");
inline const QString WorkflowStepFailed = QStringLiteral("workflow.step_failed");
inline const QString WorkflowCompleted = QStringLiteral("workflow.completed");
inline const QString WorkflowFailed = QStringLiteral("workflow.failed");
inline const QString CronFired = QStringLiteral("cron.fired"); // empty topic: reaches firehose only

// The type from its UTF-8 text: one of the constants above when known (shared, nothing allocated, which
// matters on the decode hot path), else a new string.
QString interned(std::string_view utf8);
} // namespace EventType

} // namespace dwp
