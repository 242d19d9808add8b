// SPDX-License-Identifier: MIT
#include "protocol/AdminStats.h"

#include "protocol/PayloadReader.h"
#include "protocol/PayloadWriter.h"

namespace dwp {
namespace {

Parsed<AdminStats::WorkflowRunCounts> parseWorkflowRunCounts(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("AdminStats.workflows"));
    AdminStats::WorkflowRunCounts counts;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "running")
                reader.read(counts.running);
            else if (key == "completed")
                reader.read(counts.completed);
            else if (key == "failed")
                reader.read(counts.failed);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"running", "completed", "failed"}))
        return Parsed<AdminStats::WorkflowRunCounts>::failure(reader.error());
    return counts;
}

} // namespace

Parsed<AdminStats> AdminStats::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("AdminStats"));
    AdminStats stats;
    QByteArray jobsJson;
    QByteArray workflowsJson;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "jobs")
                reader.readObject(jobsJson);
            else if (key == "dlq_count")
                reader.read(stats.dlqCount);
            else if (key == "workflows")
                reader.readObject(workflowsJson);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"jobs", "dlq_count", "workflows"}))
        return Parsed<AdminStats>::failure(reader.error());
    auto jobs = JobCounts::parse(jobsJson);
    if (!jobs)
        return Parsed<AdminStats>::failure(QStringLiteral("AdminStats.jobs: ") + jobs.error());
    auto workflows = parseWorkflowRunCounts(workflowsJson);
    if (!workflows)
        return Parsed<AdminStats>::failure(workflows.error());
    stats.jobs = *jobs;
    stats.workflows = *workflows;
    return stats;
}

QByteArray AdminStats::toJson() const
{
    QByteArray out;
    PayloadWriter writer(out);
    writer.begin();
    jobs.writeTo(writer, "jobs");
    writer.field("dlq_count", dlqCount)
        .begin("workflows")
        .field("running", workflows.running)
        .field("completed", workflows.completed)
        .field("failed", workflows.failed)
        .end()
        .end();
    return out;
}

} // namespace dwp
