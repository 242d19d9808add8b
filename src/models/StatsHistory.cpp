// SPDX-License-Identifier: MIT
#include "models/StatsHistory.h"

#include "protocol/EventType.h"

#include <QVarLengthArray>
#include <algorithm>

namespace dispatch {

const QString StatsHistory::SubscriberCount = QStringLiteral("server/subscribers");
const QString StatsHistory::TopicCount = QStringLiteral("server/topics");
const QString StatsHistory::PublishedPerSecond = QStringLiteral("server/published_per_s");
const QString StatsHistory::JobsCompleted = QStringLiteral("jobs/completed");
const QString StatsHistory::JobsFailed = QStringLiteral("jobs/failed");
const QString StatsHistory::JobsRetrying = QStringLiteral("jobs/retrying");
const QString StatsHistory::JobsDeadLettered = QStringLiteral("jobs/dlq");
const QString StatsHistory::PingRoundTripMs = QStringLiteral("client/ping_ms");

namespace {

const QString kEventRatePrefix = QStringLiteral("events/");

// The job outcome series an event type counts towards, or nullptr.
const QString* outcomeSeriesOf(const QString& eventType)
{
    namespace T = dwp::EventType;
    if (eventType == T::JobCompleted)
        return &StatsHistory::JobsCompleted;
    if (eventType == T::JobFailed)
        return &StatsHistory::JobsFailed;
    if (eventType == T::JobRetrying)
        return &StatsHistory::JobsRetrying;
    if (eventType == T::JobDlq)
        return &StatsHistory::JobsDeadLettered;
    return nullptr;
}

} // namespace

QString StatsHistory::outcomeSeriesFor(const QString& eventType)
{
    const QString* key = outcomeSeriesOf(eventType);
    return key ? *key : QString();
}

QString StatsHistory::eventRateKey(const QString& eventType)
{
    return kEventRatePrefix + eventType;
}

QString StatsHistory::titleFor(const QString& key)
{
    if (key == SubscriberCount)
        return tr("Connections", "server subscriber count");
    if (key == TopicCount)
        return tr("Subscribed topics");
    if (key == PublishedPerSecond)
        return tr("Deliveries per second");
    if (key == JobsCompleted)
        return tr("Completed jobs");
    if (key == JobsFailed)
        return tr("Failed jobs");
    if (key == JobsRetrying)
        return tr("Retries");
    if (key == JobsDeadLettered)
        return tr("Dead-lettered jobs");
    if (key == PingRoundTripMs)
        return tr("Ping round trip (ms)");
    if (key.startsWith(kEventRatePrefix))
        return tr("%1 per second", "event type").arg(key.mid(kEventRatePrefix.size()));
    return key;
}

StatsHistory::StatsHistory(QObject* parent) : QObject(parent) {}

std::chrono::milliseconds StatsHistory::rateInterval() const
{
    return std::chrono::milliseconds(m_eventRates.intervalMs());
}

void StatsHistory::setRateInterval(std::chrono::milliseconds interval)
{
    m_eventRates.setIntervalMs(interval.count());
}

std::chrono::milliseconds StatsHistory::outcomeInterval() const
{
    return std::chrono::milliseconds(m_outcomes.intervalMs());
}

void StatsHistory::setOutcomeInterval(std::chrono::milliseconds interval)
{
    m_outcomes.setIntervalMs(interval.count());
}

void StatsHistory::addStatsSample(const QDateTime& at, const dwp::ServerStats& stats)
{
    const qint64 atMs = at.toMSecsSinceEpoch();
    append(SubscriberCount, atMs, double(stats.broker.subscriberCount));
    append(TopicCount, atMs, double(stats.broker.topicCount));
    // A smaller total means the server restarted: start the rate over rather than plot a negative one.
    if (m_lastPublished && atMs > m_lastPublished->atMs &&
        stats.broker.totalPublished >= m_lastPublished->totalPublished) {
        const double seconds = double(atMs - m_lastPublished->atMs) / 1000.0;
        append(PublishedPerSecond, atMs,
               double(stats.broker.totalPublished - m_lastPublished->totalPublished) / seconds);
    }
    m_lastPublished = PublishedSample{atMs, stats.broker.totalPublished};
    expireBefore(atMs);
}

void StatsHistory::applyEvents(const QList<dwp::StreamEvent>& batch, const QDateTime& receivedAt)
{
    const qint64 atMs = receivedAt.toMSecsSinceEpoch();
    appendRates(m_eventRates.advanceTo(atMs));
    appendOutcomes(m_outcomes.advanceTo(atMs));
    // Count the batch per type first: one add() per distinct type instead of one per event. A batch holds a
    // handful of types (twelve are known), so a list on the stack searched from the start: the QHash this was
    // allocated its buckets on every batch, and that allocation (over glibc's small-bin size) consolidated
    // the heap's freed chunks each time, which cost more as the runs model's window fragmented the heap
    // (perf, bench_client_e2e --rate 200000: 2.9 % of the session thread, 4.8 % once the window was full).
    struct TypeCount
    {
        const QString* type;
        qint64 count;
    };
    QVarLengthArray<TypeCount, 16> perType;
    for (const dwp::StreamEvent& event : batch) {
        // The decoder interns the known types (EventType::interned), so most matches are the same text.
        const auto counted = std::find_if(perType.begin(), perType.end(), [&](const TypeCount& entry) {
            return entry.type->constData() == event.type.constData() || *entry.type == event.type;
        });
        if (counted != perType.end())
            ++counted->count;
        else
            perType.append({&event.type, 1});
    }
    bool anyOutcome = false;
    for (const TypeCount& entry : std::as_const(perType)) {
        m_eventRates.add(*entry.type, atMs, entry.count);
        if (const QString* outcome = outcomeSeriesOf(*entry.type)) {
            m_outcomes.add(*outcome, atMs, entry.count);
            anyOutcome = true;
        }
    }
    // The four outcome series start together, so a chart shows "0 failed" rather than no line at all.
    if (anyOutcome) {
        for (const QString* outcome : {&JobsCompleted, &JobsFailed, &JobsRetrying, &JobsDeadLettered})
            m_outcomes.add(*outcome, atMs, 0);
    }
    m_newestMs = std::max(m_newestMs, atMs);
    expireBefore(m_newestMs);
}

void StatsHistory::addPingRoundTrip(const QDateTime& at, std::chrono::milliseconds roundTrip)
{
    const qint64 atMs = at.toMSecsSinceEpoch();
    append(PingRoundTripMs, atMs, double(roundTrip.count()));
    expireBefore(atMs);
}

void StatsHistory::advanceTo(const QDateTime& now)
{
    const qint64 nowMs = now.toMSecsSinceEpoch();
    appendRates(m_eventRates.advanceTo(nowMs));
    appendOutcomes(m_outcomes.advanceTo(nowMs));
    m_newestMs = std::max(m_newestMs, nowMs);
    expireBefore(m_newestMs);
}

void StatsHistory::appendRates(const QList<IntervalCounter::Interval>& intervals)
{
    const double perSecond = 1000.0 / double(m_eventRates.intervalMs());
    for (const IntervalCounter::Interval& interval : intervals) {
        for (auto it = interval.counts.cbegin(); it != interval.counts.cend(); ++it)
            append(eventRateKey(it.key()), interval.startMs, double(it.value()) * perSecond);
    }
}

void StatsHistory::appendOutcomes(const QList<IntervalCounter::Interval>& intervals)
{
    for (const IntervalCounter::Interval& interval : intervals) {
        for (auto it = interval.counts.cbegin(); it != interval.counts.cend(); ++it)
            append(it.key(), interval.startMs, double(it.value()));
    }
}

void StatsHistory::replaceSeries(const QString& key, const QList<QPointF>& points)
{
    if (!m_series.contains(key)) {
        m_series.insert(key, points);
        m_order.append(key);
        emit seriesAdded(key);
    } else {
        m_series[key] = points;
    }
    if (!points.isEmpty())
        m_newestMs = std::max(m_newestMs, qint64(points.constLast().x()));
    emit seriesReplaced(key);
}

void StatsHistory::append(const QString& key, qint64 atMs, double value)
{
    auto it = m_series.find(key);
    if (it == m_series.end()) {
        it = m_series.insert(key, {});
        m_order.append(key);
        emit seriesAdded(key);
    }
    const QPointF point(double(atMs), value);
    it->append(point);
    m_newestMs = std::max(m_newestMs, atMs);
    emit pointAdded(key, point);
}

void StatsHistory::expireBefore(qint64 nowMs)
{
    const double cutoff = double(nowMs - m_retention.count());
    for (const QString& key : std::as_const(m_order)) {
        QList<QPointF>& points = m_series[key];
        const auto firstKept = std::find_if(points.cbegin(), points.cend(),
                                            [cutoff](const QPointF& point) { return point.x() >= cutoff; });
        const auto expired = int(firstKept - points.cbegin());
        if (expired > 0) {
            points.remove(0, expired);
            emit pointsExpired(key, expired);
        }
    }
}

} // namespace dispatch
