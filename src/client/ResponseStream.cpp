// SPDX-License-Identifier: MIT
#include "client/ResponseStream.h"

#include "client/PendingEntry.h"
#include "client/PendingRequestMap.h"
#include "protocol/DispatchErrors.h"

namespace dispatch {

namespace {

// Free coroutines holding the entry, not the stream: a generator may outlive the ResponseStream it came from.
QCoro::AsyncGenerator<dwp::Frame> framesOf(std::shared_ptr<PendingEntry> entry)
{
    while (true) {
        std::optional<dwp::Frame> frame = co_await entry->nextFrame();
        if (!frame)
            co_return;
        co_yield *frame;
    }
}

QCoro::AsyncGenerator<QByteArray> dataOf(std::shared_ptr<PendingEntry> entry)
{
    while (true) {
        std::optional<dwp::Frame> frame = co_await entry->nextFrame();
        if (!frame)
            co_return;
        co_yield frame->data;
    }
}

} // namespace

ResponseStream::ResponseStream(std::shared_ptr<PendingEntry> entry, PendingRequestMap* map)
    : m_entry(std::move(entry)), m_map(map)
{
    m_entry->onFrame = [this](const dwp::Frame& frame) { emit frameReceived(frame); };
    m_entry->onSettled = [this] {
        if (!m_entry->failure()) {
            emit completed();
            return;
        }
        const DispatchError error = DispatchError::fromExceptionPtr(m_entry->failure());
        emit failed(error.code(), error.message());
    };
}

ResponseStream::~ResponseStream()
{
    // No signals from a half-destroyed object: detach first, then abort.
    m_entry->onFrame = nullptr;
    m_entry->onSettled = nullptr;
    abort();
}

const QString& ResponseStream::requestId() const
{
    return m_entry->id();
}

const QString& ResponseStream::method() const
{
    return m_entry->method();
}

bool ResponseStream::isFinished() const
{
    return m_entry->isSettled();
}

qsizetype ResponseStream::bufferedCount() const
{
    return m_entry->bufferedCount();
}

std::exception_ptr ResponseStream::failure() const
{
    return m_entry->failure();
}

void ResponseStream::setBuffering(bool buffering)
{
    m_entry->setBuffering(buffering);
}

QCoro::AsyncGenerator<dwp::Frame> ResponseStream::frames()
{
    return framesOf(m_entry);
}

QCoro::AsyncGenerator<QByteArray> ResponseStream::items()
{
    return dataOf(m_entry);
}

void ResponseStream::abort()
{
    if (m_entry->isSettled())
        return;
    if (m_map) {
        m_map->abort(m_entry->id());
        return;
    }
    // The map is gone; it settled every entry on its way out, so this is only a safety net.
    //: Error of a stream (subscription) the monitor cancelled. %1 is the request id.
    m_entry->fail(std::make_exception_ptr(AbortedError(tr("request %1 aborted").arg(m_entry->id()))));
}

} // namespace dispatch
