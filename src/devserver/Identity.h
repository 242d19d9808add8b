// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Methods.h"

#include <QString>
#include <QStringList>

namespace devserver {

// Who a connection authenticated as (the server's dwp.Identity): scopes decide what it may call, and the app
// and org are stamped on what it creates (scope_app_id / scope_org_id, dwp-protocol.md §3 job.enqueue).
struct Identity
{
    QString subject;
    QStringList scopes;
    QString appId;
    QString orgId;

    // Identity.HasScope: exact match or "*", no hierarchy (§1).
    bool hasScope(const QString& scope) const { return dwp::scopes::grants(scopes, scope); }

    // What NoopAuthenticator gives any token: subject "anonymous", scope "*", no app or org (§2 step 5).
    static Identity anonymous() { return {QStringLiteral("anonymous"), {dwp::scopes::All}, {}, {}}; }
};

} // namespace devserver
