// SPDX-License-Identifier: MIT
#pragma once

#include <QRandomGenerator>
#include <QString>

namespace devserver {

// Makes the ids the engine hands out (`job_`, `wfrun_`, `evt_`, `cron_`, `dlq_`, `wkr_` + 26 characters,
// dwp-protocol.md §4): UUIDv7 layout — 48 bits of Unix milliseconds, version 7, 12 + 62 random bits with
// the RFC 9562 variant — so they sort by time like the server's. Within one millisecond (or if the clock
// steps back) the random bits count up by one, so ids from one generator are strictly increasing. The
// random bits come from a seeded generator and the time from the simulated clock, so a seed reproduces ids.
class TypeIdGenerator
{
public:
    explicit TypeIdGenerator(quint64 seed);

    QString next(const QString& prefix, qint64 unixMillis);

private:
    QRandomGenerator m_random;
    qint64 m_lastMillis = -1;
    quint32 m_randA = 0; // 12 bits
    quint64 m_randB = 0; // 62 bits
};

} // namespace devserver
