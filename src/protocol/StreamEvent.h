// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CronFiredData.h"
#include "protocol/Frame.h"
#include "protocol/JobEventData.h"
#include "protocol/Parsed.h"
#include "protocol/Timestamp.h"
#include "protocol/WorkflowEventData.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace dwp {

// The envelope of a stream event (dwp-protocol.md §5, stream.Event): {type, ts, topic, data}, every key
// always written, in that order. It is the `data` of an event frame and the `data:` line of an SSE message.
// `topic` is the entity topic (job:<id>, workflow:<run id>) or "" for cron.fired; the inner data is a JSON
// object kept as its compact text, so fields a newer server adds are not lost on the way through.
struct StreamEvent
{
    enum class Family
    {
        Job,      // job.*: data is a JobEventData
        Workflow, // workflow.*: data is a WorkflowEventData
        Cron,     // cron.fired: data is a CronFiredData
        Unknown
    };

    QString type; // see EventType
    Timestamp ts;
    QString topic;
    QByteArray data = QByteArrayLiteral("{}");

    // Builders for the devserver: the topic is derived as the server's broker derives it.
    static StreamEvent forJob(const QString& type, const JobEventData& data, Timestamp ts = Timestamp::now());
    static StreamEvent forWorkflow(const QString& type, const WorkflowEventData& data,
                                   Timestamp ts = Timestamp::now());
    static StreamEvent forCronFired(const CronFiredData& data, Timestamp ts = Timestamp::now());

    Family family() const;
    Parsed<JobEventData> jobData() const;
    Parsed<WorkflowEventData> workflowData() const;
    Parsed<CronFiredData> cronFiredData() const;

    static Parsed<StreamEvent> parse(QByteArrayView json);
    QByteArray toJson() const;

    // The event frame forwardEvents sends: channel = the event's own topic (absent for cron.fired, whose
    // topic is empty), data = this envelope. `frameId` and `frameTs` are the frame's own, not the event's.
    Frame toFrame(const QString& frameId, Timestamp frameTs = Timestamp::now()) const;
    static Parsed<StreamEvent> fromFrame(const Frame& frame);

    friend bool operator==(const StreamEvent&, const StreamEvent&) = default;
};

} // namespace dwp

// Its members are relocatable (QStrings, a QByteArray, two integers), so the lists of events every batch is
// made of grow by realloc instead of moving each event (QGenericArrayOps::emplace was 5 % of the session
// thread in bench_client_e2e, perf).
Q_DECLARE_TYPEINFO(dwp::StreamEvent, Q_RELOCATABLE_TYPE);
