// SPDX-License-Identifier: MIT
#include "session/JournalPreviousSession.h"

#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

namespace dispatch {

std::optional<qint64> JournalPreviousSession::endMs(const QSqlDatabase& database, qint64 beforeMs)
{
    // A connected session renews its newest record with every stats sample; one that closed offline wrote
    // its connection gap up to its close first (MonitorSession::stop), so the hole since begins where that
    // one ends.
    QSqlQuery previous(database);
    previous.prepare(QStringLiteral(
        "SELECT started_ms, closed_ms FROM monitor_sessions WHERE started_ms < ? ORDER BY id DESC LIMIT 1"));
    previous.addBindValue(beforeMs);
    if (previous.exec() && previous.next()) {
        if (!previous.isNull(1))
            return previous.value(1).toLongLong();
        return std::max(previous.value(0).toLongLong(), lastRecordMs(database, beforeMs).value_or(0));
    }
    return lastRecordMs(database, beforeMs);
}

std::optional<qint64> JournalPreviousSession::lastRecordMs(const QSqlDatabase& database, qint64 beforeMs)
{
    QSqlQuery query(database);
    std::optional<qint64> newest;
    // Each one step of an index or the primary key's end (ids grow with time), however large the file.
    for (const QString& last :
         {QStringLiteral("SELECT MAX(received_ms) FROM events WHERE received_ms < ?"),
          QStringLiteral("SELECT at_ms FROM stats_samples WHERE at_ms < ? ORDER BY id DESC LIMIT 1"),
          QStringLiteral("SELECT at_ms FROM lookups WHERE at_ms < ? ORDER BY id DESC LIMIT 1"),
          QStringLiteral("SELECT at_ms FROM operator_actions WHERE at_ms < ? ORDER BY id DESC LIMIT 1"),
          QStringLiteral("SELECT MAX(to_ms) FROM connection_gaps WHERE to_ms < ?")}) {
        if (query.prepare(last)) {
            query.addBindValue(beforeMs);
            if (query.exec() && query.next() && !query.isNull(0))
                newest = std::max(newest.value_or(query.value(0).toLongLong()), query.value(0).toLongLong());
        }
        query.finish();
    }
    return newest;
}

} // namespace dispatch
