// SPDX-License-Identifier: MIT
#include "client/DedicatedCall.h"

#include "client/DwpConnection.h"
#include "client/PendingRequestMap.h"
#include "protocol/DispatchErrors.h"

#include <QCoreApplication>

namespace dispatch {

QCoro::Task<QByteArray> DedicatedCall::run(ConnectionSettings settings, QString method, QByteArray dataJson,
                                           std::chrono::milliseconds deadline)
{
    DwpConnection connection;
    co_await connection.open(std::move(settings));
    PendingRequestMap pending([&connection](const dwp::Frame& frame) { return connection.send(frame); });
    QObject::connect(&connection, &DwpConnection::frameReceived, &connection,
                     [&pending](const dwp::Frame& frame) {
                         if (frame.correlId.isEmpty())
                             pending.respondToOldest(frame);
                         else
                             pending.respond(frame);
                     });
    QObject::connect(
        &connection, &DwpConnection::disconnected, &connection, [&pending](const QString& reason, bool) {
            pending.failAll(
                QCoreApplication::translate("dispatch::DispatchClient", "connection lost: %1").arg(reason));
        });
    QByteArray result = co_await pending.call(method, dataJson, deadline);
    co_return result;
}

} // namespace dispatch
