// SPDX-License-Identifier: MIT
#pragma once

#include "client/DwpConnection.h"
#include "client/PendingRequestMap.h"
#include "protocol/ConnectionSettings.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <qcoro/qcorotask.h>

namespace dispatch {

// One request on a connection of its own, opened for it and closed after it. For workflow.start, which the
// server answers only when the whole run has finished — waits and sleeps included — and which would
// otherwise block every event, ping and call on the shared connection (dwp-protocol.md §2, §3, short list 7).
// It has no heartbeat: the server answers no ping on that connection until the run ends (§2), so pings would
// call every long run dead. Its owner ends it instead (abort()) when the main connection, whose heartbeat
// speaks for the server, is given up or closed.
class DedicatedCall
{
public:
    explicit DedicatedCall(ConnectionSettings settings);
    DedicatedCall(const DedicatedCall&) = delete;
    DedicatedCall& operator=(const DedicatedCall&) = delete;

    // Resolves with the response data or throws a DispatchError subclass, like PendingRequestMap::call. The
    // object must outlive the task.
    QCoro::Task<QByteArray> run(QString method, QByteArray dataJson, std::chrono::milliseconds deadline);
    // Ends the call now with ConnectionError(reason), whether it is connecting or waiting for the answer.
    void abort(const QString& reason);

private:
    ConnectionSettings m_settings;
    DwpConnection m_connection;
    PendingRequestMap m_pending;
    QString m_abortReason;
};

} // namespace dispatch
