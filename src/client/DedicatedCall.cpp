// SPDX-License-Identifier: MIT
#include "client/DedicatedCall.h"

#include "protocol/DispatchErrors.h"

#include <QCoreApplication>

namespace dispatch {

DedicatedCall::DedicatedCall(ConnectionSettings settings)
    : m_settings(std::move(settings)),
      m_pending([this](const dwp::Frame& frame) { return m_connection.send(frame); })
{
    m_settings.heartbeatInterval = std::chrono::milliseconds(0);
    QObject::connect(&m_connection, &DwpConnection::frameReceived, &m_pending,
                     [this](const dwp::Frame& frame) {
                         // As FrameRouter: only an error may lack correl_id; a success without it is a stray
                         // (issue 16 item 8).
                         if (!frame.correlId.isEmpty())
                             m_pending.respond(frame);
                         else if (frame.type == dwp::FrameType::Error || frame.error)
                             m_pending.respondToOldest(frame);
                     });
    QObject::connect(
        &m_connection, &DwpConnection::disconnected, &m_pending, [this](const QString& reason, bool) {
            m_pending.failAll(
                //: Error of every request still waiting when the connection dropped. %1 is why the connection
                //: was lost.
                QCoreApplication::translate("dispatch::DispatchClient", "connection lost: %1").arg(reason));
        });
}

QCoro::Task<QByteArray> DedicatedCall::run(QString method, QByteArray dataJson,
                                           std::chrono::milliseconds deadline)
{
    if (!m_abortReason.isEmpty())
        std::rethrow_exception(ConnectionError(m_abortReason).withMethod(method));
    try {
        ConnectionSettings settings = m_settings;
        co_await m_connection.open(std::move(settings));
    } catch (...) {
        // A failed connect or auth is this call's failure: the error says which call (ErrorText words it).
        std::rethrow_exception(DispatchError::withMethod(std::current_exception(), method));
    }
    if (!m_abortReason.isEmpty()) // aborted in the moment between the reply and this resumption
        std::rethrow_exception(ConnectionError(m_abortReason).withMethod(method));
    QByteArray result = co_await m_pending.call(method, dataJson, deadline);
    co_return result;
}

void DedicatedCall::abort(const QString& reason)
{
    if (m_abortReason.isEmpty())
        m_abortReason = reason;
    m_connection.abort(reason);
}

} // namespace dispatch
