// SPDX-License-Identifier: MIT
#pragma once

#include "client/DispatchClient.h"
#include "protocol/DispatchErrors.h"
#include "support/AdvanceClock.h"
#include "support/DevServerFixture.h"
#include "support/TaskOutcome.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTest>
#include <functional>
#include <qcoro/qcorotask.h>
#include <source_location>

// Helpers for client tests against the in-process devserver, whose manual clock the tests move.
namespace clienttest {

inline dispatch::ClientOptions optionsFor(const QUrl& url)
{
    dispatch::ClientOptions options;
    options.connection.url = url;
    options.connection.token = QStringLiteral("demo-token");
    options.backoffBase = std::chrono::milliseconds(20);
    options.backoffCap = std::chrono::milliseconds(200);
    options.requestDeadline = std::chrono::milliseconds(5000);
    options.connection.heartbeatInterval = std::chrono::milliseconds(0);
    return options;
}

using testsupport::advanceUntil;

// The name of the DispatchError subclass `error` holds, "none" for no error, "foreign exception" for any
// other.
inline QString errorClassOf(const std::exception_ptr& error)
{
    using namespace dispatch;
    if (!error)
        return QStringLiteral("none");
    try {
        std::rethrow_exception(error);
    } catch (const DispatchError& dispatchError) {
        if (dispatchError.kind() == DispatchError::Kind::Unclassified)
            return QStringLiteral("DispatchError %1").arg(dispatchError.code());
        return DispatchError::kindName(dispatchError.kind());
    } catch (...) {
        return QStringLiteral("foreign exception");
    }
}

// The name of the DispatchError subclass a task failed with, "none" when it succeeded; waits as awaitTask().
template<typename T>
QString failureOf(QCoro::Task<T>&& task, QString* message = nullptr,
                  std::source_location where = std::source_location::current())
{
    const auto outcome = testsupport::observe(std::move(task));
    if (!testsupport::waitForSettled(*outcome, 30000)) {
        QTest::qFail("the task did not settle within 30 s", where.file_name(), int(where.line()));
        return QStringLiteral("unsettled");
    }
    if (message && outcome->error)
        *message = dispatch::DispatchError::fromExceptionPtr(outcome->error).message();
    return errorClassOf(outcome->error);
}

} // namespace clienttest
