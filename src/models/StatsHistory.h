// SPDX-License-Identifier: MIT
#pragma once

#include "models/IntervalCounter.h"
#include "protocol/ServerStats.h"
#include "protocol/StreamEvent.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <chrono>
#include <optional>

namespace dispatch {

// Time series for the stats dashboard, shaped for Qt Charts without depending on it: each series is a
// QList<QPointF> with x = milliseconds since the epoch (what QDateTimeAxis expects) and y the value;
// pointAdded and pointsExpired map onto QXYSeries::append and removePoints(0, n).
//
// Server series come from `stats` replies (broker metrics — the server reports no job counts over DWP, §3).
// Client series are counted here: events per second by type, job outcomes per interval, ping round trips.
// Events are counted by arrival time, not their ts, so a skewed server clock cannot misplace them.
// Retention is bounded: points older than retention() before the newest input are dropped.
class StatsHistory : public QObject
{
    Q_OBJECT

public:
    // Series keys. Per-event-type rates use eventRateKey(type).
    static const QString SubscriberCount;    // broker.subscriber_count: the real connection count (§11)
    static const QString TopicCount;         // broker.topic_count
    static const QString PublishedPerSecond; // Δ broker.total_published / Δt: deliveries, not events (§3)
    static const QString JobsCompleted;      // per outcome interval
    static const QString JobsFailed;
    static const QString JobsRetrying;
    static const QString JobsDeadLettered;
    static const QString PingRoundTripMs;
    static QString eventRateKey(const QString& eventType); // "events/<type>", in events per second
    static QString titleFor(const QString& key);           // translated, for legends
    // The job outcome series an event type counts towards (JobsCompleted for job.completed…), or empty.
    static QString outcomeSeriesFor(const QString& eventType);

    explicit StatsHistory(QObject* parent = nullptr);

    std::chrono::milliseconds retention() const { return m_retention; }
    void setRetention(std::chrono::milliseconds retention) { m_retention = retention; }
    std::chrono::milliseconds rateInterval() const;
    void setRateInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds outcomeInterval() const;
    void setOutcomeInterval(std::chrono::milliseconds interval);

    void addStatsSample(const QDateTime& at, const dwp::ServerStats& stats);
    void applyEvents(const QList<dwp::StreamEvent>& batch, const QDateTime& receivedAt);
    void applyEvents(const QList<dwp::StreamEvent>& batch)
    {
        applyEvents(batch, QDateTime::currentDateTimeUtc());
    }
    void addPingRoundTrip(const QDateTime& at, std::chrono::milliseconds roundTrip);
    // Reports intervals that ended without events (as zeros) and applies retention; call it on a timer.
    void advanceTo(const QDateTime& now);
    // Puts `points` (x ascending) in place of the series `key`: a window read back from the journal, already
    // downsampled there (issue 19 item 6), drawn by the same charts. Retention applies at the next input.
    void replaceSeries(const QString& key, const QList<QPointF>& points);

    QStringList seriesKeys() const { return m_order; }
    QList<QPointF> series(const QString& key) const { return m_series.value(key); }

signals:
    void seriesAdded(const QString& key);
    void pointAdded(const QString& key, QPointF point);
    void pointsExpired(const QString& key, int count); // from the front of the series
    void seriesReplaced(const QString& key);           // replaceSeries: every point may differ

private:
    void append(const QString& key, qint64 atMs, double value);
    void appendRates(const QList<IntervalCounter::Interval>& intervals);
    void appendOutcomes(const QList<IntervalCounter::Interval>& intervals);
    void expireBefore(qint64 nowMs);

    QHash<QString, QList<QPointF>> m_series;
    QStringList m_order; // keys in the order series appeared
    std::chrono::milliseconds m_retention{std::chrono::minutes(15)};
    IntervalCounter m_eventRates{1000};
    IntervalCounter m_outcomes{10000};
    struct PublishedSample
    {
        qint64 atMs;
        qint64 totalPublished;
    };
    std::optional<PublishedSample> m_lastPublished;
    qint64 m_newestMs = std::numeric_limits<qint64>::min();
};

} // namespace dispatch
