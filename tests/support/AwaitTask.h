// SPDX-License-Identifier: MIT
#pragma once

#include <QEventLoop>
#include <exception>
#include <optional>
#include <qcoro/qcorotask.h>
#include <type_traits>
#include <variant>

namespace testsupport {

// Runs the event loop until `task` finishes and returns its result, or rethrows its exception.
// QCoro 0.8's QCoro::waitFor() loses a task's exception and then never returns (its inner coroutine stores
// the exception and never quits the loop), so tests that expect errors must use this instead.
template<typename T>
T awaitTask(QCoro::Task<T>&& task)
{
    QEventLoop loop;
    std::optional<std::conditional_t<std::is_void_v<T>, std::monostate, T>> result;
    std::exception_ptr error;
    bool finished = false;
    auto runner = [&]() -> QCoro::Task<void> {
        try {
            if constexpr (std::is_void_v<T>) {
                co_await std::move(task);
                result.emplace();
            } else {
                result.emplace(co_await std::move(task));
            }
        } catch (...) {
            error = std::current_exception();
        }
        finished = true;
        loop.quit();
    };
    auto running = runner();
    if (!finished)
        loop.exec();
    if (error)
        std::rethrow_exception(error);
    if constexpr (!std::is_void_v<T>)
        return std::move(*result);
}

} // namespace testsupport
