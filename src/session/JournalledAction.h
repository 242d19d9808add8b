// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/AdminReplies.h"
#include "protocol/DispatchErrors.h"
#include "protocol/EnqueueResult.h"
#include "protocol/EventPublishResult.h"
#include "protocol/Job.h"

#include <QPointer>
#include <QString>
#include <qcoro/qcorotask.h>
#include <type_traits>

namespace dispatch {

class MonitorSession;

// An operator's action kept in the session's journal once it has an outcome (issue 19 item 2): what, on
// what, done or failed, and the result or the server's reason. The actions' names are stable keys, written to
// the journal untranslated.
class JournalledAction
{
public:
    static inline const QString Enqueue = QStringLiteral("job.enqueue");
    static inline const QString StartWorkflow = QStringLiteral("workflow.start");
    static inline const QString PublishEvent = QStringLiteral("event.publish");
    static inline const QString Retry = QStringLiteral("job.retry");
    static inline const QString Cancel = QStringLiteral("job.cancel");
    static inline const QString RelabelCancelled = QStringLiteral("job.relabel_cancelled");
    static inline const QString Replay = QStringLiteral("dlq.replay");
    static inline const QString ReplayAll = QStringLiteral("dlq.replay_all");
    static inline const QString Purge = QStringLiteral("dlq.purge");

    // Awaits `call` and notes its outcome under `action` on `target`; the result or exception goes on to the
    // caller unchanged. Nothing is noted when the session has gone or keeps no journal.
    template<typename T>
    static QCoro::Task<T> noted(QPointer<MonitorSession> session, QString action, QString target,
                                QCoro::Task<T> call);

    static void note(const QPointer<MonitorSession>& session, const QString& action, const QString& target,
                     bool succeeded, const QString& detail);

private:
    template<typename Other>
    static QString detailOf(const Other&)
    {
        return {}; // nothing worth keeping (a relabel's reply)
    }
    static QString detailOf(const dwp::EnqueueResult& result) { return result.jobId; }
    static QString detailOf(const dwp::EventPublishResult& result) { return result.eventId; }
    static QString detailOf(const dwp::Job& job) { return job.id; }
    static QString detailOf(qint64 count) { return QString::number(count); }
    static QString detailOf(const dwp::admin::ReplayAllResult& result)
    {
        return QString::fromUtf8(result.toJson());
    }
};

template<typename T>
QCoro::Task<T> JournalledAction::noted(QPointer<MonitorSession> session, QString action, QString target,
                                       QCoro::Task<T> call)
{
    try {
        if constexpr (std::is_void_v<T>) {
            co_await call;
            note(session, action, target, true, {});
        } else {
            T result = co_await call;
            note(session, action, target, true, detailOf(result));
            co_return result;
        }
    } catch (const DispatchError& error) {
        note(session, action, target, false, error.message());
        throw;
    }
}

} // namespace dispatch
