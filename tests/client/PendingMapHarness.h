// SPDX-License-Identifier: MIT
#pragma once

#include "client/PendingRequestMap.h"

#include <QList>
#include <memory>

// A PendingRequestMap with a recording sender and a hand-moved clock, and builders for its replies.
namespace testing {

inline dwp::Frame responseTo(const QString& id, const QByteArray& data)
{
    dwp::Frame frame;
    frame.type = dwp::FrameType::Response;
    frame.correlId = id;
    frame.data = data;
    return frame;
}

inline dwp::Frame errorTo(const QString& id, qint64 code, const QString& message)
{
    dwp::Frame frame;
    frame.type = dwp::FrameType::Error;
    frame.correlId = id;
    frame.error = dwp::FrameError{code, message, {}};
    return frame;
}

// A map whose sender records what it was given and whose clock the test moves by hand.
struct Harness
{
    QList<dwp::Frame> sent;
    bool connected = true;
    qint64 now = 1000;
    std::unique_ptr<dispatch::PendingRequestMap> map;

    Harness()
    {
        map = std::make_unique<dispatch::PendingRequestMap>([this](const dwp::Frame& frame) {
            if (!connected)
                return false;
            sent.append(frame);
            return true;
        });
        map->setClock([this] { return now; });
    }
    Harness(const Harness&) = delete; // the sender and the clock point at this object
    Harness& operator=(const Harness&) = delete;
    QString lastId() const { return sent.constLast().id; }
    void advanceTo(qint64 ms)
    {
        now = ms;
        map->checkDeadlines();
    }
};

} // namespace testing
