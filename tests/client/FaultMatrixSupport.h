// SPDX-License-Identifier: MIT
#pragma once

#include "ClientTestSupport.h"

#include "devserver/SimEngine.h"
#include "protocol/EventType.h"

#include <QEventLoop>
#include <QTimer>
#include <atomic>
#include <memory>

// What the fault matrix asserts about every call: that it settles within a bound (no hang) and with which
// error class.
namespace faultmatrix {

struct Outcome
{
    bool settled = false;
    QString errorClass = QStringLiteral("none"); // "none" when the task succeeded
    QString message;
    std::exception_ptr error;
};

using clienttest::errorClassOf;

// Starts `task` now (testsupport::observe); outcome() runs the event loop until it settles or `timeoutMs`
// pass.
template<typename T>
class Watched
{
public:
    explicit Watched(QCoro::Task<T>&& task) : m_outcome(testsupport::observe(std::move(task))) {}

    Outcome outcome(int timeoutMs = 10000)
    {
        testsupport::waitForSettled(*m_outcome, timeoutMs);
        Outcome result;
        result.settled = m_outcome->settled;
        result.error = m_outcome->error;
        result.errorClass = errorClassOf(m_outcome->error);
        if (m_outcome->error)
            result.message = dispatch::DispatchError::fromExceptionPtr(m_outcome->error).message();
        return result;
    }
    bool settled() const { return m_outcome->settled; }

private:
    std::shared_ptr<testsupport::TaskOutcome<T>> m_outcome;
};

template<typename T>
Watched<T> watch(QCoro::Task<T>&& task)
{
    return Watched<T>(std::move(task));
}

// Runs `task` to its end within `timeoutMs`.
template<typename T>
Outcome settle(QCoro::Task<T>&& task, int timeoutMs = 10000)
{
    return Watched<T>(std::move(task)).outcome(timeoutMs);
}

// A subscription whose events the test counts, and a way to prove that events flow on it: a job enqueued in
// the engine must show up as job.enqueued on the subscription.
class CountedSubscription : public QObject
{
public:
    explicit CountedSubscription(std::unique_ptr<dispatch::Subscription> subscription)
        : m_subscription(std::move(subscription))
    {
        QObject::connect(m_subscription.get(), &dispatch::Subscription::event, this,
                         [this](const dwp::StreamEvent& event) {
                             ++m_count;
                             if (const auto data = event.jobData();
                                 data && event.type == dwp::EventType::JobEnqueued)
                                 m_enqueuedJobs.append(data->jobId);
                         });
    }

    dispatch::Subscription& subscription() { return *m_subscription; }
    qint64 count() const { return m_count; }
    bool sawJob(const QString& jobId) const { return m_enqueuedJobs.contains(jobId); }

private:
    std::unique_ptr<dispatch::Subscription> m_subscription;
    qint64 m_count = 0;
    QStringList m_enqueuedJobs;
};

inline QString enqueueInEngine(devserver::DevServer& server)
{
    static std::atomic<int> counter{0};
    devserver::WorkerPool::EnqueueOptions options;
    options.name = QStringLiteral("matrix.job-%1").arg(++counter);
    options.payload = QByteArrayLiteral("{}");
    return server.engine().enqueue(options).id;
}

// True when a job enqueued in the engine reaches every given subscription within a few real seconds. A client
// is Ready before its re-subscriptions reach the server, and an event published before then goes nowhere, so
// a job that does not arrive is followed by another, up to ten.
inline bool eventsFlow(devserver::DevServer& server, const QList<CountedSubscription*>& subscriptions)
{
    for (int attempt = 0; attempt < 10; ++attempt) {
        const QString jobId = enqueueInEngine(server);
        const bool arrived = testsupport::advanceUntil(
            server,
            [&] {
                for (CountedSubscription* subscription : subscriptions)
                    if (!subscription->sawJob(jobId))
                        return false;
                return true;
            },
            50, 1000);
        if (arrived)
            return true;
    }
    return false;
}

inline std::unique_ptr<CountedSubscription> subscribeCounted(dispatch::DispatchClient& client,
                                                             QString channel)
{
    auto subscription = testsupport::awaitTask(client.subscribe(std::move(channel)));
    return std::make_unique<CountedSubscription>(std::move(subscription));
}

} // namespace faultmatrix
