// SPDX-License-Identifier: MIT
#include "models/JournalGap.h"

#include <QDateTime>
#include <QLocale>
#include <algorithm>
#include <limits>

namespace dispatch {

namespace {

// Never renamed: files keep them (JournalSchema, step 6 → 7).
constexpr char kConnectionLost[] = "connection_lost";
constexpr char kFellBehind[] = "fell_behind";
constexpr char kNotRunning[] = "not_running";

} // namespace

QString JournalGap::code(Reason reason)
{
    switch (reason) {
    case Reason::ConnectionLost:
        return QString::fromLatin1(kConnectionLost);
    case Reason::FellBehind:
        return QString::fromLatin1(kFellBehind);
    case Reason::NotRunning:
        return QString::fromLatin1(kNotRunning);
    case Reason::Unknown:
        break;
    }
    return {};
}

JournalGap::Reason JournalGap::fromCode(const QString& code)
{
    if (code == QLatin1String(kConnectionLost))
        return Reason::ConnectionLost;
    if (code == QLatin1String(kFellBehind))
        return Reason::FellBehind;
    if (code == QLatin1String(kNotRunning))
        return Reason::NotRunning;
    return Reason::Unknown; // NULL (an older row) or a reason of a newer monitor
}

QString JournalGap::why() const
{
    switch (reason) {
    case Reason::ConnectionLost:
        return tr("the monitor was not connected to the server");
    case Reason::FellBehind:
        if (droppedEvents >= 0)
            //: Why history has a hole. %L1 is how many events were received but not written (e.g. 12,345).
            return tr("the journal fell behind and dropped %Ln event(s) it could not write in time", nullptr,
                      int(std::min<qint64>(droppedEvents, std::numeric_limits<int>::max())));
        return tr("the journal fell behind and dropped the events it could not write in time");
    case Reason::NotRunning:
        return tr("the monitor was not running");
    case Reason::Unknown:
        break;
    }
    return tr(
        "the monitor was not connected, or could not keep up (recorded by an earlier version, which did "
        "not say which)");
}

QString JournalGap::span() const
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(fromMs).toLocalTime();
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(toMs).toLocalTime();
    const QLocale locale;
    const QString time = QStringLiteral("HH:mm:ss");
    const bool today = from.date() == QDate::currentDate() && to.date() == from.date();
    const QString dated = locale.dateFormat(QLocale::ShortFormat) + u' ' + time;
    const QString first = locale.toString(from, today ? time : dated);
    const QString last = locale.toString(to, to.date() == from.date() ? time : dated);
    //: A span of time: %1 its start, %2 its end (times, or dates and times).
    return tr("%1–%2").arg(first, last);
}

QString JournalGap::sentence() const
{
    //: A row among history search results, or a chart's tooltip. %1 is a span of time ("14:02:05–14:09:31"),
    //: %2 why nothing was recorded then ("the monitor was not running").
    return tr("No events recorded %1: %2.").arg(span(), why());
}

} // namespace dispatch
