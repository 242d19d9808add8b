// SPDX-License-Identifier: MIT
#include "session/JournalLookupText.h"

#include "protocol/Job.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowRun.h"

#include <QStringDecoder>

namespace dispatch {

namespace {

// The bytes as text when they are UTF-8, cut at kMaxBodyChars; nothing otherwise.
QString textOf(const QByteArray& bytes)
{
    QStringDecoder decode(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decode(bytes);
    if (decode.hasError())
        return {};
    text.truncate(JournalLookupText::kMaxBodyChars);
    return text;
}

} // namespace

JournalLookupText JournalLookupText::of(const QString& kind, const QByteArray& json)
{
    JournalLookupText text;
    if (kind == u"job") {
        if (auto parsed = dwp::Job::parse(json)) {
            const dwp::Job& job = parsed.value();
            text.name = job.name;
            text.queue = job.queue;
            text.state = job.state;
            text.error = job.lastError;
            text.body = textOf(job.payload.value_or(QByteArray()));
        }
    } else if (kind == u"run") {
        if (auto parsed = dwp::WorkflowRun::parse(json)) {
            const dwp::WorkflowRun& run = parsed.value();
            text.name = run.name;
            text.state = run.state;
            text.error = run.error;
            text.body = textOf(run.input);
        }
    } else if (kind == u"timeline") {
        if (auto parsed = dwp::TimelineEntry::parseList(json)) {
            QStringList parts;
            for (const dwp::TimelineEntry& entry : parsed.value())
                parts << entry.stepName << textOf(entry.data);
            parts.removeAll(QString());
            text.body = parts.join(u'\n').left(kMaxBodyChars);
        }
    }
    return text;
}

} // namespace dispatch
