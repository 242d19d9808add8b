// SPDX-License-Identifier: MIT
#pragma once

#include "client/AdminApiCapabilities.h"
#include "client/AdminApiSettings.h"
#include "client/AdminApiTransport.h"
#include "protocol/AdminReplies.h"
#include "protocol/AdminStats.h"
#include "protocol/CronEntry.h"
#include "protocol/DlqEntry.h"
#include "protocol/Job.h"
#include "protocol/JobCounts.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <qcoro/qcorotask.h>

namespace dispatch {

// Typed calls to a Dispatch server's REST admin API (dwp-protocol.md §8): the store's totals, lookups by id,
// and the operator's actions that DWP does not offer (retry, guarded cancel, dead letters, crons). Each call
// throws a DispatchError subclass (AdminApiReply, AdminApiTransport) and is sent once: nothing is repeated
// behind the caller's back, since replay-all, purge and replay are not safe to repeat.
//
// Retry, replay and cron actions emit no DWP event (§8), so a caller that shows the object must look it up
// again afterwards.
class AdminApiClient
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AdminApiClient)

public:
    explicit AdminApiClient(AdminApiSettings settings);

    bool isEnabled() const { return !m_transport.settings().baseUrl.isEmpty(); }
    const AdminApiSettings& settings() const { return m_transport.settings(); }

    // GET /v1/stats, then one list route (GET /v1/dlq?limit=1). Never throws: what is missing is in the
    // result, in words.
    QCoro::Task<AdminApiCapabilities> detect();

    QCoro::Task<dwp::AdminStats> stats();
    QCoro::Task<dwp::JobCounts> jobCounts();
    QCoro::Task<QStringList> workflowNames();

    QCoro::Task<dwp::Job> job(QString id);
    // Only a failed job: pending again, retry_count 0, error and times cleared.
    QCoro::Task<> retryJob(QString id);
    // Only a pending or retrying job (400 with the server's message otherwise); sets completed_at.
    QCoro::Task<> cancelJob(QString id);

    QCoro::Task<qint64> dlqCount(); // replayed entries included
    QCoro::Task<dwp::DlqEntry> dlqEntry(QString id);
    QCoro::Task<dwp::Job> replayDlqEntry(QString id); // the fresh job the replay enqueued
    // Looks at the first 1000 entries only and skips replayed ones.
    QCoro::Task<dwp::admin::ReplayAllResult> replayAllDlq();
    // Deletes entries that failed more than 30 days ago (hard-coded in the server); the number deleted.
    QCoro::Task<qint64> purgeDlq();

    QCoro::Task<dwp::CronEntry> cron(QString id);
    QCoro::Task<dwp::CronEntry> setCronEnabled(QString id, bool enabled);
    QCoro::Task<> deleteCron(QString id);

    // List routes: only where detect() found canList (404 from the real server).
    QCoro::Task<QList<dwp::DlqEntry>> deadLetters(int limit, int offset);
    QCoro::Task<QList<dwp::CronEntry>> crons(int limit, int offset);

    enum class Verb
    {
        Get,
        Post,
        Delete
    };

private:
    // Not coroutines: they hand back the transport's task, so callers pass named routes (GCC 12 destroys
    // temporaries inside a co_await expression twice).
    QCoro::Task<AdminApiResponse> send(Verb verb, const QString& route, const QString& query);
    QCoro::Task<AdminApiResponse> send(Verb verb, const QString& route);

    AdminApiTransport m_transport;
};

} // namespace dispatch
