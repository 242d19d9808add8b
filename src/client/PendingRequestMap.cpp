// SPDX-License-Identifier: MIT
#include "client/PendingRequestMap.h"

#include "client/RequestIdGenerator.h"
#include "protocol/DispatchErrors.h"

#include <QLoggingCategory>
#include <QPointer>
#include <algorithm>
#include <limits>

Q_LOGGING_CATEGORY(lcPendingRequests, "dispatch.client.pending", QtWarningMsg)

namespace dispatch {

namespace {

qint64 steadyNowMs()
{
    using namespace std::chrono;
    return duration_cast<milliseconds>(steady_clock::now().time_since_epoch()).count();
}

// Free coroutines: they hold the entry, never the map, so the map may die while they wait.
QCoro::Task<dwp::Frame> firstFrameOf(std::shared_ptr<PendingEntry> entry)
{
    std::optional<dwp::Frame> frame = co_await entry->nextFrame();
    if (!frame)
        throw ProtocolError(
            //: Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the request id.
            PendingRequestMap::tr("%1 (request %2) ended without a reply").arg(entry->method(), entry->id()));
    co_return std::move(*frame);
}

QCoro::Task<QByteArray> firstDataOf(std::shared_ptr<PendingEntry> entry)
{
    const dwp::Frame frame = co_await firstFrameOf(std::move(entry));
    co_return frame.data;
}

} // namespace

PendingRequestMap::PendingRequestMap(FrameSender sender, QObject* parent)
    : QObject(parent), m_sender(std::move(sender)), m_clock(steadyNowMs)
{
    m_deadlineTimer.setSingleShot(true);
    connect(&m_deadlineTimer, &QTimer::timeout, this, &PendingRequestMap::checkDeadlines);
}

PendingRequestMap::~PendingRequestMap()
{
    // Requests made by coroutines resumed below fail at once instead of registering in a dying map.
    m_closed = true;
    m_deadlineTimer.stop();
    const auto pending = std::exchange(m_pending, {});
    m_deadlines.clear();
    m_unanswered.clear();
    const auto error =
        std::make_exception_ptr(ConnectionError(QStringLiteral("the request map was destroyed")));
    for (const Registration& registration : pending)
        registration.entry->fail(error);
}

void PendingRequestMap::setClock(MonotonicClock clock)
{
    Q_ASSERT_X(m_pending.isEmpty(), "PendingRequestMap::setClock", "deadlines would mix two clocks");
    m_clock = clock ? std::move(clock) : MonotonicClock(steadyNowMs);
}

void PendingRequestMap::setDefaultTimeout(std::chrono::milliseconds timeout)
{
    m_defaultTimeout = timeout.count() > 0 ? timeout : kDefaultTimeout;
}

QCoro::Task<QByteArray> PendingRequestMap::call(const QString& method, const QByteArray& dataJson,
                                                std::chrono::milliseconds timeout)
{
    // Not a coroutine itself: the request is registered and sent now, and the returned task refers neither to
    // this map nor to the caller's arguments.
    return firstDataOf(start(newEntry(method, PendingEntry::Kind::Call), dataJson, timeout));
}

QCoro::Task<dwp::Frame> PendingRequestMap::callFrame(const QString& method, const QByteArray& dataJson,
                                                     std::chrono::milliseconds timeout)
{
    return firstFrameOf(start(newEntry(method, PendingEntry::Kind::Call), dataJson, timeout));
}

std::unique_ptr<ResponseStream> PendingRequestMap::subscribe(const QString& method,
                                                             const QByteArray& dataJson,
                                                             std::chrono::milliseconds idleTimeout)
{
    // The stream observes the entry before the request goes out, so a reply the sender delivers synchronously
    // reaches its signals too.
    auto entry = newEntry(method, PendingEntry::Kind::Stream);
    std::unique_ptr<ResponseStream> stream(new ResponseStream(entry, this));
    start(std::move(entry), dataJson, idleTimeout);
    return stream;
}

std::shared_ptr<PendingEntry> PendingRequestMap::newEntry(const QString& method, PendingEntry::Kind kind)
{
    return std::make_shared<PendingEntry>(RequestIdGenerator::next(), method, kind);
}

std::shared_ptr<PendingEntry> PendingRequestMap::start(std::shared_ptr<PendingEntry> entry,
                                                       const QByteArray& dataJson,
                                                       std::chrono::milliseconds timeout)
{
    const QString id = entry->id();
    if (m_closed) {
        entry->fail(std::make_exception_ptr(
            //: Error of a request. %1 is the DWP method (e.g. job.get, not translated).
            ConnectionError(tr("%1 not sent: the request map is shutting down").arg(entry->method()))));
        return entry;
    }
    if (m_pending.size() >= m_maxPending) {
        // A server that stopped answering while callers keep asking would grow this map (and our socket's
        // write buffer) without end; past the bound new calls fail at once instead.
        entry->fail(std::make_exception_ptr(ConnectionError(
            //: Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the limit of
            //: requests waiting at once.
            tr("%1 not sent: %2 requests are already waiting for the server's answer (the limit)")
                .arg(entry->method(), QString::number(m_maxPending)))));
        return entry;
    }
    const qint64 timeoutMs = (timeout.count() > 0 ? timeout : m_defaultTimeout).count();
    // Registered before sending: a sender may deliver the reply synchronously (tests, in-process servers).
    const auto slot = m_deadlines.emplace(m_clock() + timeoutMs, id);
    m_pending.insert(id, Registration{entry, timeoutMs, slot});
    m_unanswered.push_back(id);
    rearmTimer();

    dwp::Frame request;
    request.id = id;
    request.type = dwp::FrameType::Request;
    request.method = entry->method();
    request.data = dataJson;
    request.ts = dwp::Timestamp::now();

    QPointer<PendingRequestMap> self(this);
    const bool sent = m_sender && m_sender(request);
    if (!self || sent || !isPending(id))
        return entry;
    // Never on the wire, so never answered: keep it out of the FIFO the server's replies follow.
    if (const auto queued = std::find(m_unanswered.begin(), m_unanswered.end(), id);
        queued != m_unanswered.end())
        m_unanswered.erase(queued);
    settleWithError(
        id,
        std::make_exception_ptr(ConnectionError(
            //: Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the request id.
            tr("%1 (request %2) could not be sent: not connected, or the server is not "
               "reading what we already sent")
                .arg(request.method, id))));
    return entry;
}

bool PendingRequestMap::respond(const QString& id, const dwp::Frame& frame)
{
    markAnswered(id);
    const auto found = m_pending.find(id);
    if (found == m_pending.end()) {
        dropResponse(id);
        return false;
    }
    if (frame.type == dwp::FrameType::Error || frame.error) {
        const auto error = frame.error ? dispatchErrorFor(*frame.error)
                                       : std::make_exception_ptr(ProtocolError(
                                             //: Error of a request whose error frame from the server carries
                                             //: no error. %1 is the request id.
                                             tr("error frame for request %1 without an error").arg(id)));
        return settleWithError(id, error);
    }
    if (found->entry->kind() == PendingEntry::Kind::Call) {
        const auto entry = unregister(id);
        QPointer<PendingRequestMap> self(this);
        entry->deliver(frame, true);
        if (self)
            afterSettlement();
        return true;
    }
    // A subscription stays registered; its idle deadline restarts with every reply.
    m_deadlines.erase(found->deadline);
    found->deadline = m_deadlines.emplace(m_clock() + found->timeoutMs, id);
    rearmTimer();
    const auto entry = found->entry;
    entry->deliver(frame, false);
    return true;
}

bool PendingRequestMap::respond(const dwp::Frame& frame)
{
    return respond(frame.correlId, frame);
}

bool PendingRequestMap::respondToOldest(const dwp::Frame& frame)
{
    if (m_unanswered.empty()) {
        qCWarning(lcPendingRequests) << "a reply without correl_id arrived while no request was unanswered";
        dropResponse(QString());
        return false;
    }
    // A copy: respond() erases the id from m_unanswered, which may free the deque node holding it (the
    // client-router fuzzer found this use-after-free under ASan).
    const QString oldest = m_unanswered.front();
    return respond(oldest, frame);
}

bool PendingRequestMap::emitError(const QString& id, const dwp::FrameError& error)
{
    markAnswered(id);
    if (!isPending(id)) {
        dropResponse(id);
        return false;
    }
    return settleWithError(id, dispatchErrorFor(error));
}

bool PendingRequestMap::complete(const QString& id)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.constEnd())
        return false;
    if (found->entry->kind() == PendingEntry::Kind::Call)
        return settleWithError(id, std::make_exception_ptr(ProtocolError(
                                       //: Error of a request. %1 is the request id.
                                       tr("request %1 was completed without a reply").arg(id))));
    const auto entry = unregister(id);
    QPointer<PendingRequestMap> self(this);
    entry->finish();
    if (self)
        afterSettlement();
    return true;
}

bool PendingRequestMap::abort(const QString& id)
{
    const auto found = m_pending.constFind(id);
    if (found == m_pending.constEnd())
        return false;
    const QString method = found->entry->method();
    return settleWithError(
        //: Error of a request cancelled by the monitor. %1 is the DWP method (e.g. job.get, not translated),
        //: %2 the request id.
        id, std::make_exception_ptr(AbortedError(tr("%1 (request %2) was aborted").arg(method, id))));
}

void PendingRequestMap::failAll(const QString& reason)
{
    failAll(std::make_exception_ptr(ConnectionError(reason)));
}

void PendingRequestMap::failAll(std::exception_ptr error)
{
    // Everything settles before anyone resumes: a resumed coroutine may make new requests (they are new,
    // and fail or succeed on their own) or destroy this map (the local copies keep the entries alive).
    const auto pending = std::exchange(m_pending, {});
    m_deadlines.clear();
    m_unanswered.clear(); // nothing sent on the lost connection will be answered
    m_deadlineTimer.stop();
    if (pending.isEmpty())
        return;
    QPointer<PendingRequestMap> self(this);
    for (const Registration& registration : pending)
        registration.entry->fail(error);
    if (self && m_pending.isEmpty())
        emit becameEmpty();
}

void PendingRequestMap::checkDeadlines()
{
    const qint64 now = m_clock();
    QList<std::pair<std::shared_ptr<PendingEntry>, qint64>> expired;
    while (!m_deadlines.empty() && m_deadlines.begin()->first <= now) {
        const QString id = m_deadlines.begin()->second;
        const qint64 timeoutMs = m_pending.value(id).timeoutMs;
        expired.append({unregister(id), timeoutMs});
    }
    if (expired.isEmpty()) {
        rearmTimer(); // woken early (coarse timers may fire up to 5 % early)
        return;
    }
    QPointer<PendingRequestMap> self(this);
    for (const auto& [entry, timeoutMs] : expired) {
        const QString message =
            entry->kind() == PendingEntry::Kind::Call
                ? tr(
                      //: Error of a request. %1 is the DWP method (e.g. job.get, not translated), %2 the
                      //: request id, %3 the deadline in milliseconds.
                      "no reply to %1 (request %2) within %3 ms")
                : tr(
                      //: Error of a subscription. %1 is the DWP method (e.g. event.subscribe, not
                      //: translated), %2 the request id, %3 how long it waited in milliseconds.
                      "no reply to subscription %1 (request %2) for %3 ms");
        entry->fail(std::make_exception_ptr(
            TimeoutError(message.arg(entry->method(), entry->id(), QString::number(timeoutMs)))));
    }
    if (self)
        afterSettlement();
}

std::optional<QString> PendingRequestMap::oldestPending() const
{
    if (m_unanswered.empty())
        return std::nullopt;
    return m_unanswered.front();
}

std::optional<qint64> PendingRequestMap::nearestDeadline() const
{
    if (m_deadlines.empty())
        return std::nullopt;
    return m_deadlines.begin()->first;
}

std::shared_ptr<PendingEntry> PendingRequestMap::unregister(const QString& id)
{
    const auto found = m_pending.find(id);
    Q_ASSERT(found != m_pending.end());
    auto entry = found->entry;
    m_deadlines.erase(found->deadline);
    m_pending.erase(found);
    return entry;
}

bool PendingRequestMap::settleWithError(const QString& id, std::exception_ptr error)
{
    if (!isPending(id))
        return false;
    const auto entry = unregister(id);
    QPointer<PendingRequestMap> self(this);
    entry->fail(std::move(error));
    if (self)
        afterSettlement();
    return true;
}

void PendingRequestMap::markAnswered(const QString& id)
{
    // Replies come in request order (§2), so a reply to `id` means every request sent before it has had its
    // reply already, or never will: forget them all, settled or not, so that a later error without correl_id
    // is not pinned on one of them. Requests still awaited keep their deadline.
    const auto position = std::find(m_unanswered.begin(), m_unanswered.end(), id);
    if (position != m_unanswered.end())
        m_unanswered.erase(m_unanswered.begin(), position + 1);
}

void PendingRequestMap::dropResponse(const QString& id)
{
    ++m_droppedResponses;
    qCDebug(lcPendingRequests) << "dropped a reply for unknown or settled request" << id;
    emit responseDropped(id);
}

void PendingRequestMap::afterSettlement()
{
    rearmTimer();
    if (m_pending.isEmpty())
        emit becameEmpty();
}

void PendingRequestMap::rearmTimer()
{
    if (m_deadlines.empty()) {
        m_deadlineTimer.stop();
        return;
    }
    const qint64 wait =
        std::clamp<qint64>(m_deadlines.begin()->first - m_clock(), 0, std::numeric_limits<int>::max());
    m_deadlineTimer.start(int(wait));
}

} // namespace dispatch
