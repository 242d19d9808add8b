// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

namespace devserver {

// The app and org a request's identity carries; the engine stamps them on what it creates
// (scope_app_id / scope_org_id on jobs, runs, events). Empty for NoopAuthenticator identities.
struct Tenant
{
    QString appId;
    QString orgId;
};

} // namespace devserver
