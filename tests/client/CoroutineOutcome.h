// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <exception>
#include <memory>
#include <optional>
#include <qcoro/qcoroasyncgenerator.h>
#include <qcoro/qcorotask.h>

// Test helpers that run a task or drain a generator in a detached coroutine and record how it ended, so tests
// can settle requests synchronously and then look. QCoro tasks start eagerly and the request map resumes
// waiters synchronously, so most tests need no event loop at all.
namespace testing {

template<typename T>
struct Outcome
{
    bool settled = false;
    std::optional<T> value;
    std::exception_ptr error;
};

template<typename T>
QCoro::Task<> settleInto(QCoro::Task<T> task, std::shared_ptr<Outcome<T>> outcome)
{
    try {
        outcome->value = co_await task;
    } catch (...) {
        outcome->error = std::current_exception();
    }
    outcome->settled = true;
}

// The coroutine outlives the dropped Task<> (QCoro detaches it) and writes into the shared outcome.
template<typename T>
std::shared_ptr<Outcome<T>> observe(QCoro::Task<T> task)
{
    auto outcome = std::make_shared<Outcome<T>>();
    settleInto(std::move(task), outcome);
    return outcome;
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

} // namespace testing
