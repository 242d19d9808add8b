// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/SimClock.h"
#include "devserver/SimEngine.h"
#include "protocol/EventType.h"

#include <QList>
#include <QStringList>
#include <memory>

// A simulated engine on a manual clock that records every event it emits, for engine unit tests.
struct EngineHarness
{
    static constexpr qint64 kMs = devserver::SimClock::kNanosPerMilli;
    static constexpr qint64 kSecond = devserver::SimClock::kNanosPerSecond;
    static constexpr qint64 kStart = qint64(1795343400) * kSecond; // 2026-11-22T10:30:00Z

    explicit EngineHarness(quint64 seed = 1)
    {
        clock.setSpeed(0);
        clock.setStart(kStart);
        engine = std::make_unique<devserver::SimEngine>(clock, seed);
        engine->setEventSink([this](const dwp::StreamEvent& event) { events.append(event); });
        engine->workers().addQueue({QStringLiteral("default"), 10});
    }

    dwp::Job enqueue(const QString& name, const QByteArray& payload = QByteArrayLiteral("{}"),
                     const QString& queue = QString(), qint64 priority = 0)
    {
        devserver::WorkerPool::EnqueueOptions options;
        options.name = name;
        options.payload = payload;
        options.queue = queue;
        options.priority = priority;
        return engine->enqueue(options);
    }

    dwp::Job job(const QString& id) const { return engine->job(id).value_or(dwp::Job()); }

    QStringList typesFor(const QString& topic) const
    {
        QStringList types;
        for (const dwp::StreamEvent& event : events) {
            if (event.topic == topic)
                types.append(event.type);
        }
        return types;
    }
    QStringList types() const
    {
        QStringList types;
        for (const dwp::StreamEvent& event : events)
            types.append(event.type);
        return types;
    }
    QList<dwp::StreamEvent> ofType(const QString& type) const
    {
        QList<dwp::StreamEvent> found;
        for (const dwp::StreamEvent& event : events) {
            if (event.type == type)
                found.append(event);
        }
        return found;
    }

    void advanceMs(qint64 ms) { clock.advanceMs(ms); }

    devserver::SimClock clock;
    std::unique_ptr<devserver::SimEngine> engine;
    QList<dwp::StreamEvent> events;
};
