// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QString>
#include <QTest>
#include <exception>
#include <memory>
#include <optional>
#include <qcoro/qcoroasyncgenerator.h>
#include <qcoro/qcorotask.h>
#include <source_location>
#include <stdexcept>
#include <type_traits>
#include <variant>

// The one way tests run a task and look at how it ended: observe() starts it in a detached coroutine that
// records the outcome, waitForSettled() runs the event loop for a bounded time, awaitTask() does both and
// returns the value or rethrows the error. QCoro tasks start eagerly and the request map resumes waiters
// synchronously, so many tests settle a task without any event loop and then look.
namespace testsupport {

template<typename T>
struct TaskOutcome
{
    bool settled = false;
    std::optional<std::conditional_t<std::is_void_v<T>, std::monostate, T>> value;
    std::exception_ptr error;
};

template<typename T>
QCoro::Task<> settleInto(QCoro::Task<T> task, std::shared_ptr<TaskOutcome<T>> outcome)
{
    try {
        if constexpr (std::is_void_v<T>) {
            co_await std::move(task);
            outcome->value.emplace();
        } else {
            outcome->value.emplace(co_await std::move(task));
        }
    } catch (...) {
        outcome->error = std::current_exception();
    }
    outcome->settled = true;
}

// Starts `task` now. The coroutine outlives the dropped Task<> (QCoro detaches it) and writes into the shared
// outcome, so a task that never settles cannot write into a dead frame.
template<typename T>
std::shared_ptr<TaskOutcome<T>> observe(QCoro::Task<T> task)
{
    auto outcome = std::make_shared<TaskOutcome<T>>();
    settleInto(std::move(task), outcome);
    return outcome;
}

// Runs the event loop until the observed task settles or `timeoutMs` pass; returns whether it settled.
template<typename T>
bool waitForSettled(const TaskOutcome<T>& outcome, int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (!outcome.settled && timer.elapsed() < timeoutMs)
        QTest::qWait(2);
    return outcome.settled;
}

// Thrown by awaitTask() when the task did not settle in time, after the failure has been recorded in the
// running test with the task's description. QtTest reports it as an unhandled exception and stops.
class TaskDidNotSettle : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

// Waits at most `timeoutMs` for `task` and returns its result, or rethrows its exception. A task that does
// not settle fails the running test at `where`, naming `description`, instead of hanging until ctest kills
// the binary. (QCoro 0.8's QCoro::waitFor() loses a task's exception and then never returns.)
template<typename T>
T awaitTask(QCoro::Task<T>&& task, const QString& description, int timeoutMs = 30000,
            std::source_location where = std::source_location::current())
{
    const auto outcome = observe(std::move(task));
    if (!waitForSettled(*outcome, timeoutMs)) {
        const QByteArray message =
            QStringLiteral("%1 did not settle within %2 ms").arg(description).arg(timeoutMs).toUtf8();
        if (QTest::currentTestFunction())
            QTest::qFail(message.constData(), where.file_name(), int(where.line()));
        throw TaskDidNotSettle(message.toStdString());
    }
    if (outcome->error)
        std::rethrow_exception(outcome->error);
    if constexpr (!std::is_void_v<T>)
        return std::move(*outcome->value);
}

// The same, described by the place that awaits it ("the task awaited at tst_x.cpp:123").
template<typename T>
T awaitTask(QCoro::Task<T>&& task, std::source_location where = std::source_location::current())
{
    return awaitTask(std::move(task),
                     QStringLiteral("the task awaited at %1:%2")
                         .arg(QString::fromUtf8(where.file_name()))
                         .arg(where.line()),
                     30000, where);
}

template<typename T>
struct Drained
{
    QList<T> items;
    bool ended = false;
    std::exception_ptr error;
};

template<typename T>
QCoro::Task<> drainInto(QCoro::AsyncGenerator<T> generator, std::shared_ptr<Drained<T>> drained)
{
    try {
        // A while loop: GCC 12 cannot deduce `co_await ++it` in a for-increment inside a template.
        auto it = co_await generator.begin();
        while (it != generator.end()) {
            drained->items.append(*it);
            co_await ++it;
        }
    } catch (...) {
        drained->error = std::current_exception();
    }
    drained->ended = true;
}

// Takes every item of `generator` as it comes, in a detached coroutine, and records how the stream ended.
template<typename T>
std::shared_ptr<Drained<T>> drain(QCoro::AsyncGenerator<T> generator)
{
    auto drained = std::make_shared<Drained<T>>();
    drainInto(std::move(generator), drained);
    return drained;
}

template<typename Error>
bool holds(const std::exception_ptr& error)
{
    if (!error)
        return false;
    try {
        std::rethrow_exception(error);
    } catch (const Error&) {
        return true;
    } catch (...) {
        return false;
    }
}

} // namespace testsupport
