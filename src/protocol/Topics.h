// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace dwp::topics {

// Channel names and the rules the server's broker applies (dwp-protocol.md §5, stream/topic.go).
inline const QString Firehose = QStringLiteral("firehose");
inline const QString Jobs = QStringLiteral("jobs");
inline const QString Workflows = QStringLiteral("workflows");

QString jobTopic(const QString& jobId);      // job:<id>
QString workflowTopic(const QString& runId); // workflow:<id>
QString queueTopic(const QString& queueName); // queue:<name> — accepted by subscribe, never fed by the server

// nullopt when the server accepts `channel` for subscribe; otherwise the server's exact 400 message,
// e.g. `stream: invalid topic "x"` or `stream: unknown topic entity type "foo"`.
std::optional<QString> channelError(const QString& channel);

// Every subscription channel an event reaches: firehose, jobs or workflows by its type, and its own topic.
// cron.fired has an empty topic and reaches firehose only; queue:<name> is never reached.
QStringList channelsReachedBy(const QString& eventType, const QString& eventTopic);

// Whether an event with this type and topic is delivered to a subscription on `channel`. This, not
// channel equality, is how a client routes events: the frame's channel is always the entity topic.
bool reaches(const QString& eventType, const QString& eventTopic, const QString& channel);

} // namespace dwp::topics
