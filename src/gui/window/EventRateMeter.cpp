// SPDX-License-Identifier: MIT
#include "gui/window/EventRateMeter.h"

namespace dispatch {

EventRateMeter::EventRateMeter(QObject* parent) : QObject(parent)
{
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &EventRateMeter::report);
    m_timer.start();
    m_clock.start();
}

void EventRateMeter::report()
{
    // Divide by the time that really passed: a busy event loop fires the timer late.
    const qint64 elapsedMs = qMax<qint64>(1, m_clock.restart());
    m_total += m_sinceLastReport;
    m_rate = double(m_sinceLastReport) * 1000.0 / double(elapsedMs);
    m_sinceLastReport = 0;
    emit rateChanged(m_rate);
}

} // namespace dispatch
