// SPDX-License-Identifier: MIT
#include "protocol/Methods.h"

namespace dwp::methods {

QString requiredScope(const QString& method)
{
    // The order of these checks is the server's (dwp/auth.go RequiredScope), prefixes included.
    if (method == Auth)
        return QString();
    if (method.startsWith(QLatin1String("job.")))
        return method == JobGet || method == JobList ? scopes::JobRead : scopes::JobWrite;
    if (method.startsWith(QLatin1String("workflow.")))
        return method == WorkflowGet || method == WorkflowTimeline ? scopes::WorkflowRead
                                                                   : scopes::WorkflowWrite;
    if (method == Subscribe || method == Unsubscribe)
        return scopes::Subscribe;
    if (method == CronList)
        return scopes::CronRead;
    if (method.startsWith(QLatin1String("dlq.")))
        return method == DlqList ? scopes::DlqRead : scopes::DlqWrite;
    if (method == Stats)
        return scopes::StatsRead;
    return scopes::Admin;
}

bool isImplemented(const QString& method)
{
    static const QStringList kImplemented{
        JobEnqueue,        JobGet,           JobCancel,          WorkflowStart, WorkflowGet,
        WorkflowEvent,     WorkflowTimeline, Subscribe,          Unsubscribe,   Stats,
        FederationEnqueue, FederationEvent,  FederationHeartbeat};
    return kImplemented.contains(method);
}

} // namespace dwp::methods

namespace dwp::scopes {

bool grants(const QStringList& identityScopes, const QString& required)
{
    for (const QString& scope : identityScopes) {
        if (scope == All || scope == required)
            return true;
    }
    return false;
}

} // namespace dwp::scopes
