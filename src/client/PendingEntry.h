// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Frame.h"

#include <QString>
#include <coroutine>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <optional>

namespace dispatch {

// What one request has received so far, as its consumers see it: buffered replies, then a clean end or an
// error. PendingRequestMap produces into it; the awaiting coroutine and a ResponseStream consume from it.
// All three hold it by shared_ptr, so whichever goes first leaves nothing dangling: a map destroyed under a
// waiting coroutine, or a coroutine frame destroyed under the map, is safe.
//
// Not thread-safe: it lives in the map's thread, like the map.
class PendingEntry : public std::enable_shared_from_this<PendingEntry>
{
public:
    // Call: settles on its first reply. Stream: yields replies until completed, aborted, failed or idle.
    enum class Kind
    {
        Call,
        Stream
    };

    PendingEntry(QString id, QString method, Kind kind);

    const QString& id() const { return m_id; }
    const QString& method() const { return m_method; }
    Kind kind() const { return m_kind; }
    bool isSettled() const { return m_settled; }
    std::exception_ptr failure() const { return m_failure; }
    qsizetype bufferedCount() const { return qsizetype(m_buffer.size()); }

    // Without buffering, replies nobody is waiting for are not kept (a consumer that only listens to
    // signals must not grow memory without bound). On by default.
    void setBuffering(bool buffering);

    // Producer side. Each returns false, changing nothing, once the entry has settled. `last` settles the
    // entry with this reply (a call's only reply).
    bool deliver(const dwp::Frame& frame, bool last);
    bool finish();
    bool fail(std::exception_ptr error);

    // Observers for ResponseStream's signals; invoked after the state change, before the waiter resumes.
    std::function<void(const dwp::Frame&)> onFrame;
    std::function<void()> onSettled;

    // Awaitable for the next reply: a frame, std::nullopt after a clean end, or the failure rethrown once the
    // buffer is drained. If the awaiting coroutine's frame is destroyed while suspended here (an
    // AsyncGenerator dropped mid-iteration), the destructor unregisters it, so no dead frame is resumed.
    class NextFrame
    {
    public:
        explicit NextFrame(std::shared_ptr<PendingEntry> entry) : m_entry(std::move(entry)) {}
        NextFrame(NextFrame&& other) noexcept
            : m_entry(std::move(other.m_entry)), m_handle(std::exchange(other.m_handle, {}))
        {
        }
        NextFrame(const NextFrame&) = delete;
        NextFrame& operator=(const NextFrame&) = delete;
        NextFrame& operator=(NextFrame&&) = delete;
        ~NextFrame();

        bool await_ready() noexcept;
        void await_suspend(std::coroutine_handle<> awaiting) noexcept;
        std::optional<dwp::Frame> await_resume();

    private:
        std::shared_ptr<PendingEntry> m_entry;
        std::coroutine_handle<> m_handle;
        bool m_refused = false; // another coroutine was already waiting on this entry
    };

    NextFrame nextFrame() { return NextFrame(shared_from_this()); }

private:
    void notify(const dwp::Frame* frame);

    QString m_id;
    QString m_method;
    Kind m_kind;
    std::deque<dwp::Frame> m_buffer;
    std::exception_ptr m_failure;
    std::coroutine_handle<> m_waiter;
    bool m_settled = false;
    bool m_buffering = true;
};

} // namespace dispatch
