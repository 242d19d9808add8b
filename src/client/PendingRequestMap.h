// SPDX-License-Identifier: MIT
#pragma once

#include "client/PendingEntry.h"
#include "client/ResponseStream.h"
#include "protocol/Frame.h"

#include <QHash>
#include <QObject>
#include <QTimer>
#include <chrono>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <qcoro/qcorotask.h>

namespace dispatch {

// The call protocol of one connection, after the official TypeScript SDK's: call ≡ subscribe. Every request
// gets a fresh id (RequestIdGenerator), is registered, and is handed to the sender the owner injects; replies
// come back through respond() by their correl_id. A call settles on its first reply; a subscription yields
// replies until complete(), abort(), an error, failAll() or its idle timeout.
//
// Guarantees:
// - Nothing waits forever: every call has a deadline and every subscription an idle timeout, failAll() and
// the
//   destructor settle everything with ConnectionError, and a request the sender refuses fails at once.
// - Replies for unknown or already settled ids are counted (droppedResponses()) and dropped.
// - Consumers may do anything when they resume, including destroying the map: settlement never touches the
//   map after resuming a coroutine unless the map is still alive.
//
// Deadlines run on an injectable monotonic clock (milliseconds) with one QTimer for the nearest deadline;
// tests replace the clock and call checkDeadlines().
// Not thread-safe: use it from the thread it lives in, where its timer runs; which thread that is, is the
// owner's choice (architecture.md "Data flow").
//
// Only requests that the server answers belong here. Frames with `credits` get no reply at all and pings get
// pongs (dwp-protocol.md §2 steps 3 and 5): registering them would wait for nothing and break the FIFO
// attribution of errors without correl_id (respondToOldest()).
class PendingRequestMap : public QObject
{
    Q_OBJECT

public:
    // Sends one request frame; returns false if it could not (e.g. not connected).
    using FrameSender = std::function<bool(const dwp::Frame&)>;
    // Milliseconds on a clock that never goes back; only differences matter.
    using MonotonicClock = std::function<qint64()>;

    // The Python SDK's per-request timeout (dwp-protocol.md §9); used when a call passes no positive timeout.
    static constexpr std::chrono::milliseconds kDefaultTimeout{30000};

    explicit PendingRequestMap(FrameSender sender, QObject* parent = nullptr);
    // Settles every call and subscription with ConnectionError.
    ~PendingRequestMap() override;

    // Replace before the first request: deadlines already set stay on the old clock's scale.
    void setClock(MonotonicClock clock);
    void setDefaultTimeout(std::chrono::milliseconds timeout);
    // At most this many calls and subscriptions wait at once; beyond it a new request fails at once with
    // ConnectionError and is not sent.
    static constexpr qsizetype kDefaultMaxPending = 10000;
    void setMaxPending(qsizetype limit) { m_maxPending = std::max<qsizetype>(1, limit); }
    qsizetype maxPending() const { return m_maxPending; }

    // Sends `method` with `dataJson` (empty: no data) and resolves with the reply's `data`. The deadline is
    // now + timeout on the map's clock (timeout ≤ 0: the default). Throws TimeoutError when it passes,
    // AbortedError on abort(id), the DispatchError subclass for the server's code on an error reply,
    // ConnectionError when the request cannot be sent, on failAll() or when the map is destroyed, and
    // ProtocolError if complete(id) ends it without a reply. Dropping the task does not cancel the request
    // (QCoro tasks cannot be cancelled): it still settles by its deadline at the latest.
    QCoro::Task<QByteArray> call(const QString& method, const QByteArray& dataJson,
                                 std::chrono::milliseconds timeout = {});
    // The same, resolving with the whole reply frame (for ts, channel, or diagnostics).
    QCoro::Task<dwp::Frame> callFrame(const QString& method, const QByteArray& dataJson,
                                      std::chrono::milliseconds timeout = {});

    // Sends `method` and streams every reply to it (see ResponseStream for how it ends). The idle timeout
    // (≤ 0: the default) restarts with each reply. The caller owns the stream.
    std::unique_ptr<ResponseStream> subscribe(const QString& method, const QByteArray& dataJson,
                                              std::chrono::milliseconds idleTimeout = {});

    // Routes a reply to request `id`: an error frame (type "error", or any frame with `error`) fails it with
    // the mapped DispatchError, anything else delivers it. Returns false, and counts the reply as dropped,
    // when `id` is unknown or already settled.
    bool respond(const QString& id, const dwp::Frame& frame);
    bool respond(const dwp::Frame& frame); // by frame.correlId
    // An error without correl_id answers the oldest request still unanswered on the wire, because the server
    // replies strictly in request order and omits correl_id only for a frame it could not decode (§2, §11
    // item 12). Returns false (counted as dropped) if that request has already settled or none is unanswered.
    bool respondToOldest(const dwp::Frame& frame);
    bool emitError(const QString& id, const dwp::FrameError& error);

    // Local settlements; false if `id` is not pending. complete() ends a subscription cleanly (a call that
    // had no reply yet fails with ProtocolError); abort() fails either with AbortedError.
    bool complete(const QString& id);
    bool abort(const QString& id);
    // The connection is gone: everything pending fails with ConnectionError(reason), and no earlier request
    // can be answered any more.
    void failAll(const QString& reason);
    // The same with a given error (e.g. a CertificateError), which must be a DispatchError.
    void failAll(std::exception_ptr error);
    // Fails every call whose deadline has passed and every subscription idle too long (TimeoutError). The
    // timer calls it; tests call it after advancing their clock.
    void checkDeadlines();

    qsizetype pendingCount() const { return m_pending.size(); }
    bool isPending(const QString& id) const { return m_pending.contains(id); }
    // The id respondToOldest() would attribute to, whether or not that request is still awaited.
    std::optional<QString> oldestPending() const;
    std::optional<qint64> nearestDeadline() const;
    qint64 droppedResponses() const { return m_droppedResponses; }

signals:
    // The last pending request settled; useful to close a connection cleanly.
    void becameEmpty();
    void responseDropped(const QString& requestId);

private:
    using DeadlineIndex = std::multimap<qint64, QString>;
    struct Registration
    {
        std::shared_ptr<PendingEntry> entry;
        qint64 timeoutMs = 0; // a call's whole budget, or a subscription's idle limit
        DeadlineIndex::iterator deadline;
    };

    static std::shared_ptr<PendingEntry> newEntry(const QString& method, PendingEntry::Kind kind);
    // Registers, then sends; returns the entry for chaining.
    std::shared_ptr<PendingEntry> start(std::shared_ptr<PendingEntry> entry, const QByteArray& dataJson,
                                        std::chrono::milliseconds timeout);
    std::shared_ptr<PendingEntry> unregister(const QString& id);
    bool settleWithError(const QString& id, std::exception_ptr error);
    void markAnswered(const QString& id);
    void dropResponse(const QString& id);
    void afterSettlement();
    void rearmTimer();

    FrameSender m_sender;
    MonotonicClock m_clock;
    std::chrono::milliseconds m_defaultTimeout = kDefaultTimeout;
    qsizetype m_maxPending = kDefaultMaxPending;
    QHash<QString, Registration> m_pending;
    DeadlineIndex m_deadlines;
    // Ids sent and not yet answered by the server, in send order; settled ones stay until their reply comes,
    // so that FIFO attribution stays aligned with the wire.
    std::deque<QString> m_unanswered;
    QTimer m_deadlineTimer;
    qint64 m_droppedResponses = 0;
    bool m_closed = false;
};

} // namespace dispatch
