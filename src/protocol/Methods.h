// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

namespace dwp::methods {

// Method names the server declares (frame.go), whether or not it implements them (dwp-protocol.md §1).
inline const QString Auth = QStringLiteral("auth");
inline const QString JobEnqueue = QStringLiteral("job.enqueue");
inline const QString JobGet = QStringLiteral("job.get");
inline const QString JobCancel = QStringLiteral("job.cancel");
inline const QString JobList = QStringLiteral("job.list");
inline const QString WorkflowStart = QStringLiteral("workflow.start");
inline const QString WorkflowGet = QStringLiteral("workflow.get");
inline const QString WorkflowEvent = QStringLiteral("workflow.event");
inline const QString WorkflowTimeline = QStringLiteral("workflow.timeline");
inline const QString WorkflowCancel = QStringLiteral("workflow.cancel");
inline const QString WorkflowReplay = QStringLiteral("workflow.replay");
inline const QString Subscribe = QStringLiteral("subscribe");
inline const QString Unsubscribe = QStringLiteral("unsubscribe");
inline const QString CronList = QStringLiteral("cron.list");
inline const QString DlqList = QStringLiteral("dlq.list");
inline const QString DlqReplay = QStringLiteral("dlq.replay");
inline const QString Stats = QStringLiteral("stats");
inline const QString FederationEnqueue = QStringLiteral("federation.enqueue");
inline const QString FederationEvent = QStringLiteral("federation.event");
inline const QString FederationHeartbeat = QStringLiteral("federation.heartbeat");

// The scope the server checks before running `method` (RequiredScope, dwp-protocol.md §1): job:read for
// job.get/job.list and job:write for any other job.*, workflow:read for workflow.get/timeline and
// workflow:write for any other workflow.* (workflow.event included), dlq:write for any dlq.* but dlq.list,
// admin for federation.*, unknown methods and the empty method. Auth needs none: the empty string.
QString requiredScope(const QString& method);

// Whether the server's Handler.Handle runs `method` rather than answering 405. `auth` is false: it is
// handled only as the first frame, and later answers 405 "unknown method: auth". federation.* is true, though
// a server without federation answers 405 "federation not enabled".
bool isImplemented(const QString& method);

} // namespace dwp::methods

namespace dwp::scopes {

inline const QString JobRead = QStringLiteral("job:read");
inline const QString JobWrite = QStringLiteral("job:write");
inline const QString WorkflowRead = QStringLiteral("workflow:read");
inline const QString WorkflowWrite = QStringLiteral("workflow:write");
inline const QString EventWrite = QStringLiteral("event:write"); // declared, never required (§1)
inline const QString CronRead = QStringLiteral("cron:read");
inline const QString DlqRead = QStringLiteral("dlq:read");
inline const QString DlqWrite = QStringLiteral("dlq:write");
inline const QString StatsRead = QStringLiteral("stats:read");
inline const QString Subscribe = QStringLiteral("subscribe");
inline const QString Admin = QStringLiteral("admin");
inline const QString All = QStringLiteral("*");

// Identity.HasScope: an exact match or "*"; there is no hierarchy (admin does not imply job:read). An empty
// `required` (auth) is therefore granted only by "*" or an empty scope, which is why a later `auth` frame
// from a non-wildcard identity answers 403 rather than 405.
bool grants(const QStringList& identityScopes, const QString& required);

} // namespace dwp::scopes
