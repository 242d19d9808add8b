// SPDX-License-Identifier: MIT
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace dispatch {

// Events per second for the status bar: counts arrivals and reports the rate over the last second, once a
// second. Counting is a single increment, so it costs nothing at 50 000 events a second.
class EventRateMeter : public QObject
{
    Q_OBJECT

public:
    explicit EventRateMeter(QObject* parent = nullptr);

    double eventsPerSecond() const { return m_rate; }
    qint64 total() const { return m_total; }

public slots:
    void count() { ++m_sinceLastReport; }

signals:
    void rateChanged(double eventsPerSecond);

private:
    void report();

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_sinceLastReport = 0;
    qint64 m_total = 0;
    double m_rate = 0;
};

} // namespace dispatch
