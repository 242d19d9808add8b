// SPDX-License-Identifier: MIT
#include "devserver/FaultPlan.h"

namespace devserver {

dwp::Parsed<bool> FaultPlan::apply(const QString& spec)
{
    using Result = dwp::Parsed<bool>;
    const qsizetype equals = spec.indexOf(QLatin1Char('='));
    const QString name = (equals < 0 ? spec : spec.left(equals)).trimmed();
    const QString value = equals < 0 ? QString() : spec.mid(equals + 1).trimmed();

    const std::pair<const char*, bool*> switches[] = {{"no-pong", &ignorePings},
                                                      {"refuse-auth", &refuseAuth},
                                                      {"drop-during-auth", &dropDuringAuth},
                                                      {"events-before-reply", &eventsBeforeReply}};
    for (const auto& [faultName, field] : switches) {
        if (name != QLatin1String(faultName))
            continue;
        if (!value.isEmpty())
            return Result::failure(QStringLiteral("fault %1 takes no value").arg(name));
        *field = true;
        return true;
    }
    const std::pair<const char*, int*> counts[] = {{"drop-after-frames", &dropAfterFrames},
                                                   {"drop-after-ms", &dropAfterMs},
                                                   {"delay-ms", &responseDelayMs},
                                                   {"garbage-every", &garbageEvery},
                                                   {"unknown-type-every", &unknownTypeEvery},
                                                   {"oversized-every", &oversizedEvery},
                                                   {"oversized-bytes", &oversizedBytes},
                                                   {"restart-every-ms", &restartEveryMs}};
    for (const auto& [faultName, field] : counts) {
        if (name != QLatin1String(faultName))
            continue;
        bool ok = false;
        const int number = value.toInt(&ok);
        if (!ok || number <= 0)
            return Result::failure(
                QStringLiteral("fault %1 needs a positive number, e.g. %1=10 (got \"%2\")").arg(name, value));
        *field = number;
        return true;
    }
    return Result::failure(QStringLiteral("unknown fault \"%1\"; known faults:\n%2").arg(name, helpText()));
}

QString FaultPlan::helpText()
{
    return QStringLiteral("  drop-after-frames=N   abort the TCP connection once N frames were sent\n"
                          "  drop-after-ms=N       abort the TCP connection N ms after auth\n"
                          "  delay-ms=N            delay every reply by N ms\n"
                          "  no-pong               never answer ping frames\n"
                          "  refuse-auth           fail every auth with 401\n"
                          "  drop-during-auth      read the auth frame, then abort TCP without a reply\n"
                          "  garbage-every=N       send an undecodable message after every Nth frame\n"
                          "  unknown-type-every=N  send a frame of unknown type after every Nth frame\n"
                          "  oversized-every=N     send an oversized event frame after every Nth frame\n"
                          "  oversized-bytes=N     size of those frames (default 16 MiB)\n"
                          "  restart-every-ms=N    drop every connection every N ms, engine state kept\n"
                          "  events-before-reply   hold a subscribe reply until the next event was written");
}

} // namespace devserver
