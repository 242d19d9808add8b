// SPDX-License-Identifier: MIT
#include "client/PendingEntry.h"

#include "protocol/DispatchErrors.h"

namespace dispatch {

PendingEntry::PendingEntry(QString id, QString method, Kind kind)
    : m_id(std::move(id)), m_method(std::move(method)), m_kind(kind)
{
}

void PendingEntry::setBuffering(bool buffering)
{
    m_buffering = buffering;
    if (!buffering)
        m_buffer.clear();
}

bool PendingEntry::deliver(const dwp::Frame& frame, bool last)
{
    if (m_settled)
        return false;
    // A waiting consumer always gets the frame, buffering or not.
    if (m_buffering || m_waiter)
        m_buffer.push_back(frame);
    m_settled = last;
    notify(&frame);
    return true;
}

bool PendingEntry::finish()
{
    if (m_settled)
        return false;
    m_settled = true;
    notify(nullptr);
    return true;
}

bool PendingEntry::fail(std::exception_ptr error)
{
    if (m_settled)
        return false;
    m_settled = true;
    m_failure = DispatchError::withMethod(error, m_method); // the error says which call failed
    notify(nullptr);
    return true;
}

void PendingEntry::notify(const dwp::Frame* frame)
{
    // Observers and the resumed coroutine may run arbitrary code, including dropping the last other owner of
    // this entry or replacing these callbacks, so keep the entry alive and call copies.
    const auto self = shared_from_this();
    if (frame && onFrame) {
        const auto observer = onFrame;
        observer(*frame);
    }
    if (m_settled && onSettled) {
        const auto observer = onSettled;
        observer();
    }
    if (auto waiter = std::exchange(m_waiter, {}))
        waiter.resume();
}

PendingEntry::NextFrame::~NextFrame()
{
    if (m_entry && m_handle && m_entry->m_waiter == m_handle)
        m_entry->m_waiter = {};
}

bool PendingEntry::NextFrame::await_ready() noexcept
{
    if (!m_entry->m_buffer.empty() || m_entry->m_settled)
        return true;
    // One consumer at a time: a second one would silently replace the first, which would then never resume.
    m_refused = bool(m_entry->m_waiter);
    return m_refused;
}

void PendingEntry::NextFrame::await_suspend(std::coroutine_handle<> awaiting) noexcept
{
    m_handle = awaiting;
    m_entry->m_waiter = awaiting;
}

std::optional<dwp::Frame> PendingEntry::NextFrame::await_resume()
{
    if (m_refused)
        throw DispatchError(0,
                            QStringLiteral("request %1 already has a consumer waiting").arg(m_entry->m_id));
    if (!m_entry->m_buffer.empty()) {
        // Emplaced into an empty optional rather than initialised from the moved frame: GCC 12 at -O3 cannot
        // follow the nested optional (Frame::error) through that construction and reports a false
        // -Wmaybe-uninitialized (issue 17); this form compiles to the same moves without it.
        std::optional<dwp::Frame> frame;
        frame.emplace(std::move(m_entry->m_buffer.front()));
        m_entry->m_buffer.pop_front();
        return frame;
    }
    if (m_entry->m_failure)
        std::rethrow_exception(m_entry->m_failure);
    return std::nullopt;
}

} // namespace dispatch
