// SPDX-License-Identifier: MIT
#include "devserver/ServerFrames.h"

#include <QDateTime>
#include <QTimeZone>
#include <limits>

namespace devserver {

QString ServerFrames::frameId(const dwp::Timestamp& ts)
{
    // Formatting a date is the slow part at tens of thousands of events a second; one second's prefix is
    // reused until the second changes. One cache per thread, as servers may run in several threads.
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QString cachedPrefix;
    if (ts.seconds() != cachedSecond) {
        cachedSecond = ts.seconds();
        cachedPrefix = QDateTime::fromSecsSinceEpoch(ts.seconds(), QTimeZone::utc())
                           .toString(QStringLiteral("yyyyMMddhhmmss."));
    }
    return cachedPrefix + QStringLiteral("%1").arg(ts.nanoseconds(), 9, 10, QLatin1Char('0'));
}

dwp::Frame ServerFrames::base(const QString& type) const
{
    dwp::Frame frame;
    frame.ts = m_clock.now();
    frame.id = frameId(frame.ts);
    frame.type = type;
    return frame;
}

dwp::Frame ServerFrames::response(const QString& correlId, const QByteArray& data) const
{
    dwp::Frame frame = base(dwp::FrameType::Response);
    frame.correlId = correlId;
    frame.data = data;
    return frame;
}

dwp::Frame ServerFrames::error(const QString& correlId, qint64 code, const QString& message) const
{
    dwp::Frame frame = base(dwp::FrameType::Error);
    frame.correlId = correlId;
    frame.error = dwp::FrameError{code, message, QString()};
    return frame;
}

dwp::Frame ServerFrames::pong(const QString& correlId, const dwp::Timestamp& echoed) const
{
    dwp::Frame frame = base(dwp::FrameType::Pong);
    frame.correlId = correlId;
    frame.ts = echoed;
    return frame;
}

dwp::Frame ServerFrames::event(const PublishedEvent& event) const
{
    dwp::Frame frame = base(dwp::FrameType::Event);
    frame.channel = event.event.topic;
    frame.data = event.json;
    return frame;
}

} // namespace devserver
