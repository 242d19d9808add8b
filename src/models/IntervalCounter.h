// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace dispatch {

// Counts occurrences per key in fixed, aligned time intervals ("events per second by type", "job outcomes per
// 10 s"). An interval is reported once it is over: when something is counted in a later interval or time is
// advanced past it. Every key seen so far appears in every report, zero-filled, so a chart line drops to zero
// instead of stopping; a long quiet gap is reported as its first and last interval only, which draws the same
// flat line with two points.
class IntervalCounter
{
public:
    struct Interval
    {
        qint64 startMs = 0;
        QHash<QString, qint64> counts;
    };

    explicit IntervalCounter(qint64 intervalMs);

    qint64 intervalMs() const { return m_intervalMs; }
    // Starts over with the new length; the open interval is discarded.
    void setIntervalMs(qint64 intervalMs);
    const QStringList& keys() const { return m_keys; }

    // Counts at `atMs`; a time before the open interval (a clock step back) counts in the open interval.
    QList<Interval> add(const QString& key, qint64 atMs, qint64 count = 1);
    QList<Interval> advanceTo(qint64 nowMs);

private:
    qint64 alignedStart(qint64 atMs) const;
    void emitOpen(QList<Interval>& closed, qint64 startMs, bool withCounts);

    qint64 m_intervalMs;
    bool m_open = false;
    qint64 m_openStartMs = 0;
    QHash<QString, qint64> m_openCounts;
    QStringList m_keys;
};

} // namespace dispatch
