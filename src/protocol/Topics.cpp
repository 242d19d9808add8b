// SPDX-License-Identifier: MIT
#include "protocol/Topics.h"

namespace dwp::topics {
namespace {

// Go's %q for the plain strings channel names are; enough to reproduce the server's messages.
QString goQuoted(const QString& text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

bool isJobEvent(const QString& eventType)
{
    return eventType.startsWith(QLatin1String("job."));
}

bool isWorkflowEvent(const QString& eventType)
{
    return eventType.startsWith(QLatin1String("workflow."));
}

} // namespace

QString jobTopic(const QString& jobId)
{
    return QLatin1String("job:") + jobId;
}

QString workflowTopic(const QString& runId)
{
    return QLatin1String("workflow:") + runId;
}

QString queueTopic(const QString& queueName)
{
    return QLatin1String("queue:") + queueName;
}

std::optional<QString> channelError(const QString& channel)
{
    if (channel == Firehose || channel == Jobs || channel == Workflows)
        return std::nullopt;
    const qsizetype colon = channel.indexOf(QLatin1Char(':'));
    if (colon < 0 || colon == channel.size() - 1)
        return QStringLiteral("stream: invalid topic %1").arg(goQuoted(channel));
    const QString entity = channel.left(colon);
    if (entity == QLatin1String("job") || entity == QLatin1String("workflow") ||
        entity == QLatin1String("queue"))
        return std::nullopt;
    return QStringLiteral("stream: unknown topic entity type %1").arg(goQuoted(entity));
}

QStringList channelsReachedBy(const QString& eventType, const QString& eventTopic)
{
    QStringList channels{Firehose};
    if (isJobEvent(eventType))
        channels.append(Jobs);
    else if (isWorkflowEvent(eventType))
        channels.append(Workflows);
    if (!eventTopic.isEmpty())
        channels.append(eventTopic);
    return channels;
}

bool reaches(const QString& eventType, const QString& eventTopic, const QString& channel)
{
    if (channel == Firehose)
        return true;
    if (channel == Jobs)
        return isJobEvent(eventType);
    if (channel == Workflows)
        return isWorkflowEvent(eventType);
    return !eventTopic.isEmpty() && channel == eventTopic;
}

} // namespace dwp::topics
