// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/ConnectionSettings.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <qcoro/qcorotask.h>

namespace dispatch {

// One request on a connection of its own, opened for it and closed after it. For workflow.start, which the
// server answers only when the whole run has finished — waits and sleeps included — and which would
// otherwise block every event, ping and call on the shared connection (dwp-protocol.md §2, §3, short list 7).
class DedicatedCall
{
public:
    // Resolves with the response data or throws a DispatchError subclass, like PendingRequestMap::call.
    static QCoro::Task<QByteArray> run(ConnectionSettings settings, QString method, QByteArray dataJson,
                                       std::chrono::milliseconds deadline);
};

} // namespace dispatch
