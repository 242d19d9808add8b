// SPDX-License-Identifier: MIT
#pragma once

// What bench_models feeds its models: job ids shaped like a server's, a handful of names and queues, and a
// job's three ordinary events. Shared by its parts (bench_models.cpp, FilterTyping.cpp).
#include "protocol/EventType.h"
#include "protocol/JobEventData.h"
#include "protocol/StreamEvent.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace benchfeed {

inline quint64 mix(quint64 value)
{
    // splitmix64: ids that look random, so the id hash sees the spread a real server's UUIDs give it
    value += 0x9e3779b97f4a7c15ULL;
    value = (value ^ (value >> 30)) * 0xbf58476d1ce4e5b9ULL;
    value = (value ^ (value >> 27)) * 0x94d049bb133111ebULL;
    return value ^ (value >> 31);
}

// A canonical job TypeID (job_ + 26 Crockford base32 characters, the first at most 7), so JobsModel stores it
// packed exactly as it would a server's id.
inline QString jobIdFor(quint64 index)
{
    static const char kAlphabet[] = "0123456789abcdefghjkmnpqrstvwxyz";
    const quint64 high = 0x0190000000007000ULL | (index >> 32); // a UUIDv7-like prefix
    const quint64 low = mix(index);
    char text[30] = {'j', 'o', 'b', '_'};
    // 128 bits as 26 characters: 2 bits in the first, 5 in each of the rest (high bits first)
    for (int position = 0; position < 26; ++position) {
        const int shift = 125 - 5 * position; // bit offset of this character's lowest bit
        unsigned value = 0;
        for (int bit = 4; bit >= 0; --bit) {
            const int index128 = shift + bit;
            unsigned b = 0;
            if (index128 < 128 && index128 >= 0)
                b = index128 >= 64 ? unsigned((high >> (index128 - 64)) & 1)
                                   : unsigned((low >> index128) & 1);
            value = (value << 1) | b;
        }
        text[4 + position] = kAlphabet[value];
    }
    return QString::fromLatin1(text, 30);
}

inline const QStringList kQueues = {QStringLiteral("default"), QStringLiteral("email"),
                                    QStringLiteral("billing"), QStringLiteral("reports"),
                                    QStringLiteral("media")};
inline const QStringList kNames = {QStringLiteral("send.welcome"),   QStringLiteral("invoice.render"),
                                   QStringLiteral("report.daily"),   QStringLiteral("thumbnail.make"),
                                   QStringLiteral("sync.crm"),       QStringLiteral("cleanup.tmp"),
                                   QStringLiteral("webhook.deliver")};

// The three events of one job's ordinary life, appended to `batch`.
inline void appendLifecycle(QList<dwp::StreamEvent>& batch, quint64 index)
{
    dwp::JobEventData data;
    data.jobId = jobIdFor(index);
    data.jobName = kNames.at(qsizetype(index % quint64(kNames.size())));
    data.queue = kQueues.at(qsizetype(index % quint64(kQueues.size())));
    batch.append(dwp::StreamEvent::forJob(dwp::EventType::JobEnqueued, data));
    batch.append(dwp::StreamEvent::forJob(dwp::EventType::JobStarted, data));
    data.elapsedMs = qint64(index % 900) + 1;
    batch.append(dwp::StreamEvent::forJob(dwp::EventType::JobCompleted, data));
}

} // namespace benchfeed
