// SPDX-License-Identifier: MIT
#include "protocol/StreamEvent.h"

#include "protocol/EventType.h"
#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"
#include "protocol/Topics.h"

namespace dwp {

StreamEvent StreamEvent::forJob(const QString& type, const JobEventData& data, Timestamp ts)
{
    return {type, ts, topics::jobTopic(data.jobId), data.toJson()};
}

StreamEvent StreamEvent::forWorkflow(const QString& type, const WorkflowEventData& data, Timestamp ts)
{
    return {type, ts, topics::workflowTopic(data.runId), data.toJson()};
}

StreamEvent StreamEvent::forCronFired(const CronFiredData& data, Timestamp ts)
{
    return {EventType::CronFired, ts, QString(), data.toJson()};
}

StreamEvent::Family StreamEvent::family() const
{
    if (type.startsWith(QLatin1String("job.")))
        return Family::Job;
    if (type.startsWith(QLatin1String("workflow.")))
        return Family::Workflow;
    if (type == EventType::CronFired)
        return Family::Cron;
    return Family::Unknown;
}

Parsed<JobEventData> StreamEvent::jobData() const
{
    return JobEventData::parse(data);
}

Parsed<WorkflowEventData> StreamEvent::workflowData() const
{
    return WorkflowEventData::parse(data);
}

Parsed<CronFiredData> StreamEvent::cronFiredData() const
{
    return CronFiredData::parse(data);
}

Parsed<StreamEvent> StreamEvent::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("StreamEvent"));
    StreamEvent event;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "type")
                reader.read(event.type);
            else if (key == "ts")
                reader.read(event.ts);
            else if (key == "topic")
                reader.read(event.topic);
            else if (key == "data")
                reader.readObject(event.data);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"type", "ts", "topic", "data"}))
        return Parsed<StreamEvent>::failure(reader.error());
    return event;
}

QByteArray StreamEvent::toJson() const
{
    QByteArray out;
    out.reserve(64 + topic.size() + data.size());
    // An empty `data` is Go's nil RawMessage, which encoding/json writes as null.
    const QByteArrayView inner = data.isEmpty() ? QByteArrayView("null") : QByteArrayView(data);
    PayloadWriter(out)
        .begin()
        .field("type", type)
        .field("ts", ts)
        .field("topic", topic)
        .raw("data", inner)
        .end();
    return out;
}

Frame StreamEvent::toFrame(const QString& frameId, Timestamp frameTs) const
{
    Frame frame;
    frame.id = frameId;
    frame.type = FrameType::Event;
    frame.data = toJson();
    frame.channel = topic;
    frame.ts = frameTs;
    return frame;
}

Parsed<StreamEvent> StreamEvent::fromFrame(const Frame& frame)
{
    if (frame.type != FrameType::Event)
        return Parsed<StreamEvent>::failure(
            QStringLiteral("StreamEvent: not an event frame (type \"%1\")").arg(frame.type));
    if (!frame.hasData())
        return Parsed<StreamEvent>::failure(QStringLiteral("StreamEvent: event frame without data"));
    return parse(frame.data);
}

} // namespace dwp
