// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/ConnectionLimits.h"
#include "devserver/FaultPlan.h"
#include "devserver/MsgpackFraming.h"
#include "devserver/TokenStore.h"
#include "devserver/WorkloadKind.h"

#include <QHostAddress>
#include <QString>
#include <optional>

namespace devserver {

// Everything a DevServer is started with. The defaults suit an in-process test server: loopback, a free
// port, any token accepted (the real server's NoopAuthenticator default), the idle workload, real-time
// clock, msgpack in text messages as the real server sends them (§2; MsgpackFraming::Binary for tests of the
// binary path). The executable's defaults differ where its --help says so (port 8080,
// demo workload).
struct DevServerConfig
{
    QHostAddress host = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: the system picks a free port; DevServer::port() tells which
    QString path = QStringLiteral("/dwp");
    TokenStore tokens;
    WorkloadKind workload = WorkloadKind::Idle;
    double burstRate = 50000; // events per virtual second, burst workload only
    quint64 seed = 1;
    double speed = 1.0; // virtual seconds per real second; 0 = manual clock (advance it by hand)
    std::optional<qint64> clockStartNanos; // Unix nanoseconds; default: now
    MsgpackFraming msgpackFraming = MsgpackFraming::Text;
    FaultPlan faults;
    qint64 writeBacklogLimit = 64 * 1024;
    int subscriberBuffer = 256;   // DefaultBufferSize (§5)
    qint64 initialCredits = 1000; // DefaultCredits (§5)
    // The REST admin API on the same port, mounted here as in Dispatch's forge extension (§8); empty: no
    // REST at all, like a deployment that does not mount it.
    QString restBasePath = QStringLiteral("/dispatch");
    // Serve the four list routes, which the real server (forge v1.8.0) never registers.
    bool restListRoutes = false;
    ConnectionLimits limits; // not the real server's: it has none (ConnectionLimits.h)
};

} // namespace devserver
