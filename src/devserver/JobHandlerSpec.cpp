// SPDX-License-Identifier: MIT
#include "devserver/JobHandlerSpec.h"

#include "devserver/EngineContext.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace devserver {

JobHandlerSpec JobHandlerSpec::scripted()
{
    JobHandlerSpec spec;
    spec.minDurationMs = 10;
    spec.maxDurationMs = 10;
    spec.scriptedByPayload = true;
    return spec;
}

JobAttempt JobHandlerSpec::attempt(const dwp::Job& job, EngineContext& context) const
{
    JobAttempt result;
    // Draw the same random numbers whatever the outcome, so one job's payload does not shift the
    // random sequence that every later job sees.
    const qint64 durationMs = context.randomBetween(minDurationMs, maxDurationMs);
    const bool unlucky = context.chance(failureRate);
    const QString error = errors.isEmpty() ? QStringLiteral("handler error") : context.pick(errors);
    result.durationNanos = durationMs * SimClock::kNanosPerMilli;
    result.failed = unlucky || job.retryCount < failFirstAttempts;
    result.error = error;

    if (scriptedByPayload && job.payload) {
        const QJsonObject script = QJsonDocument::fromJson(*job.payload).object();
        bool durationInRange = true;
        if (script.contains(QLatin1String("duration_ms"))) {
            // Checked as a double: converting 1e13 to qint64 and multiplying by 10^6 overflows (issue 16).
            const double scripted = script.value(QLatin1String("duration_ms")).toDouble(-1);
            durationInRange = scripted >= 0 && scripted <= double(kMaxScriptedDurationMs);
            result.durationNanos = durationInRange ? qint64(scripted) * SimClock::kNanosPerMilli : 0;
        }
        const int failAttempts = script.value(QLatin1String("fail_attempts")).toInt(0);
        result.failed = script.value(QLatin1String("fail")).toBool(false) || failAttempts < 0 ||
                        job.retryCount < failAttempts;
        if (script.contains(QLatin1String("error")))
            result.error = script.value(QLatin1String("error")).toString();
        if (!durationInRange) {
            result.failed = true;
            result.error =
                QStringLiteral("duration_ms must be a number from 0 to %1").arg(kMaxScriptedDurationMs);
        }
    }
    result.durationNanos = std::max<qint64>(0, result.durationNanos);
    return result;
}

} // namespace devserver
