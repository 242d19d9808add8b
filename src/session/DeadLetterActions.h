// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/AdminReplies.h"
#include "protocol/DlqEntry.h"
#include "protocol/Job.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <qcoro/qcorotask.h>

namespace dispatch {

class MonitorSession;

// What an operator can do about dead letters on a session's server, over its REST admin API
// (dwp-protocol.md §8), and what each really does:
// - count: `GET /v1/dlq/count`, every entry in the store, replayed ones included (entries stay after a
// replay).
// - entry / replay: one entry by id; a replay enqueues a fresh job (a new job_… id, answered with 201) and
//   sets the entry's replayed_at; an entry can be replayed again.
// - replayAll: the server looks at no more than the first 1000 entries, skips those already replayed, and
//   answers {replayed, errors}.
// - purge: deletes the entries that failed more than 30 days ago (hard-coded in the server); how many went.
// - page: the server's list, only where it can list (the real server's list routes answer 404).
// - retryJob: a job seen dead-lettered (job.dlq) is `failed` on the server: REST retry runs it again.
// Replays, retries and purges emit no event (§5, §8): the fresh or retried job is fetched again so the
// lists show it, and the server's totals are asked for soon. Nothing here is sent twice: replay-all, purge
// and replay are not safe to repeat. Parameters by value, the session by QPointer (as JobActions): a session
// gone while a request is out makes the call fail with ConnectionError.
class DeadLetterActions
{
public:
    static QCoro::Task<qint64> count(QPointer<MonitorSession> session);
    static QCoro::Task<dwp::DlqEntry> entry(QPointer<MonitorSession> session, QString entryId);
    // The fresh job the replay enqueued.
    static QCoro::Task<dwp::Job> replay(QPointer<MonitorSession> session, QString entryId);
    static QCoro::Task<dwp::admin::ReplayAllResult> replayAll(QPointer<MonitorSession> session);
    // How many entries were deleted.
    static QCoro::Task<qint64> purge(QPointer<MonitorSession> session);
    static QCoro::Task<QList<dwp::DlqEntry>> page(QPointer<MonitorSession> session, int limit, int offset);
    // REST retry (JobActions::retry, which fetches the job again), then the row in deadLettered() says so.
    static QCoro::Task<> retryJob(QPointer<MonitorSession> session, QString jobId);
};

} // namespace dispatch
