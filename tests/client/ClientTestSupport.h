// SPDX-License-Identifier: MIT
#pragma once

#include "client/DispatchClient.h"
#include "client/DispatchErrors.h"
#include "support/AdvanceClock.h"
#include "support/AwaitTask.h"
#include "support/DevServerFixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <functional>
#include <qcoro/qcorotask.h>

// Helpers for client tests against the in-process devserver, whose manual clock the tests move.
namespace clienttest {

inline dispatch::ClientOptions optionsFor(const QUrl& url)
{
    dispatch::ClientOptions options;
    options.url = url;
    options.token = QStringLiteral("demo-token");
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffCap = std::chrono::milliseconds(200);
    options.requestDeadline = std::chrono::milliseconds(5000);
    options.heartbeatInterval = std::chrono::milliseconds(0);
    return options;
}

using testsupport::advanceUntil;

// The name of the DispatchError subclass a task failed with, "none" when it succeeded.
template<typename T>
QString failureOf(QCoro::Task<T>&& task, QString* message = nullptr)
{
    try {
        testsupport::awaitTask(std::move(task));
        return QStringLiteral("none");
    } catch (const dispatch::DispatchError& error) {
        if (message)
            *message = error.message();
        if (dynamic_cast<const dispatch::AuthError*>(&error))
            return QStringLiteral("AuthError");
        if (dynamic_cast<const dispatch::PermissionError*>(&error))
            return QStringLiteral("PermissionError");
        if (dynamic_cast<const dispatch::NotFoundError*>(&error))
            return QStringLiteral("NotFoundError");
        if (dynamic_cast<const dispatch::BadRequestError*>(&error))
            return QStringLiteral("BadRequestError");
        if (dynamic_cast<const dispatch::TimeoutError*>(&error))
            return QStringLiteral("TimeoutError");
        if (dynamic_cast<const dispatch::ConnectionError*>(&error))
            return QStringLiteral("ConnectionError");
        if (dynamic_cast<const dispatch::ProtocolError*>(&error))
            return QStringLiteral("ProtocolError");
        if (dynamic_cast<const dispatch::ServerError*>(&error))
            return QStringLiteral("ServerError");
        return QStringLiteral("DispatchError %1").arg(error.code());
    }
}

} // namespace clienttest
