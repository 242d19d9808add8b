// SPDX-License-Identifier: MIT
#include "devserver/AdminActions.h"

#include "devserver/SimEngine.h"
#include "protocol/AdminErrorBody.h"
#include "protocol/AdminReplies.h"
#include "protocol/AdminStats.h"
#include "protocol/CronEntry.h"
#include "protocol/JobState.h"
#include "protocol/TypeId.h"

#include <QUrlQuery>
#include <algorithm>

namespace devserver {
namespace {

constexpr qint64 kPurgeAgeNanos = 30LL * 24 * 3600 * SimClock::kNanosPerSecond; // hard-coded in the server
constexpr qsizetype kReplayAllWindow = 1000; // replay-all looks at the first 1000 entries only

HttpResponse clientError(int status, const QString& message)
{
    return HttpResponse::json(status, dwp::AdminErrorBody::clientErrorJson(status, message));
}

HttpResponse internalError(const QString& message)
{
    return HttpResponse::json(500, dwp::AdminErrorBody::internalErrorJson(message));
}

dwp::CronEntry cronView(const CronEntry& entry)
{
    dwp::CronEntry view;
    view.createdAt = dwp::Timestamp::fromNanosSinceEpoch(entry.createdNanos);
    view.updatedAt = dwp::Timestamp::fromNanosSinceEpoch(entry.updatedNanos);
    view.id = entry.id;
    view.name = entry.name;
    view.schedule = entry.schedule.text();
    view.jobName = entry.jobName;
    view.queue = entry.queue;
    view.payload = entry.payload.value_or(QByteArray());
    if (entry.lastRunNanos)
        view.lastRunAt = dwp::Timestamp::fromNanosSinceEpoch(*entry.lastRunNanos);
    if (entry.nextRunNanos && entry.enabled)
        view.nextRunAt = dwp::Timestamp::fromNanosSinceEpoch(*entry.nextRunNanos);
    view.enabled = entry.enabled;
    return view;
}

dwp::JobCounts countsOf(const JobStore& store)
{
    const QHash<QString, int> byState = store.countByState();
    const auto count = [&byState](dwp::JobState state) {
        return qint64(byState.value(dwp::jobStateName(state)));
    };
    dwp::JobCounts counts;
    counts.pending = count(dwp::JobState::Pending);
    counts.running = count(dwp::JobState::Running);
    counts.completed = count(dwp::JobState::Completed);
    counts.failed = count(dwp::JobState::Failed);
    counts.retrying = count(dwp::JobState::Retrying);
    counts.cancelled = count(dwp::JobState::Cancelled);
    return counts;
}

struct Page
{
    qsizetype limit = 50;
    qsizetype offset = 0;
};

// limit ≤ 0 → 50, > 1000 → 1000 (§8).
Page pageOf(const QUrlQuery& query)
{
    Page page;
    page.limit = query.queryItemValue(QStringLiteral("limit")).toLongLong();
    page.offset = std::max<qsizetype>(0, query.queryItemValue(QStringLiteral("offset")).toLongLong());
    page.limit = page.limit <= 0 ? 50 : std::min<qsizetype>(page.limit, 1000);
    return page;
}

// One page of `items` as a JSON array; `null` when empty, as a Go nil slice is written.
template<typename T>
HttpResponse jsonPage(const QList<T>& items, const Page& page)
{
    const QList<T> window = items.mid(std::min(page.offset, items.size()), page.limit);
    if (window.isEmpty())
        return HttpResponse::json(200, "null");
    QByteArray out = "[";
    for (qsizetype i = 0; i < window.size(); ++i)
        out += (i ? "," : "") + window[i].toJson();
    return HttpResponse::json(200, out + ']');
}

} // namespace

HttpResponse AdminActions::plainText(int status, const QByteArray& text)
{
    HttpResponse response;
    response.status = status;
    response.contentType = "text/plain; charset=utf-8";
    response.body = text;
    return response;
}

HttpResponse AdminActions::stats()
{
    dwp::AdminStats stats;
    stats.jobs = countsOf(m_engine.jobs());
    stats.dlqCount = m_engine.deadLetters().count();
    for (const dwp::WorkflowRun& run : m_engine.runner().runs()) {
        if (run.state == QLatin1StringView("running"))
            ++stats.workflows.running;
        else if (run.state == QLatin1StringView("completed"))
            ++stats.workflows.completed;
        else if (run.state == QLatin1StringView("failed"))
            ++stats.workflows.failed;
    }
    return HttpResponse::json(200, stats.toJson());
}

HttpResponse AdminActions::jobCounts()
{
    return HttpResponse::json(200, countsOf(m_engine.jobs()).toJson());
}

HttpResponse AdminActions::workflowNames()
{
    return HttpResponse::json(200, dwp::admin::workflowNamesJson(m_engine.workflows().names()));
}

HttpResponse AdminActions::dlqCount()
{
    return HttpResponse::json(200, dwp::admin::countJson("count", m_engine.deadLetters().count()));
}

HttpResponse AdminActions::getJob(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"job"); !error.isEmpty())
        return clientError(400, error);
    const dwp::Job* job = m_engine.jobs().find(id);
    return job ? HttpResponse::doubleJson(200, job->toJson())
               : clientError(404, QStringLiteral("job not found"));
}

HttpResponse AdminActions::retryJob(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"job"); !error.isEmpty())
        return clientError(400, error);
    dwp::Job* job = m_engine.jobs().find(id);
    if (!job)
        return internalError(QStringLiteral("job not found"));
    if (job->state != dwp::jobStateName(dwp::JobState::Failed))
        return clientError(400,
                           QStringLiteral("can only retry failed jobs, current state: %1").arg(job->state));
    // Pending again from scratch, without an event: the run that follows emits job.started and the rest.
    job->state = dwp::jobStateName(dwp::JobState::Pending);
    job->retryCount = 0;
    job->lastError.clear();
    job->updatedAt = job->runAt = m_engine.clock().now();
    job->startedAt.reset();
    job->completedAt.reset();
    job->workerId.clear();
    m_engine.workers().requeue(id);
    return HttpResponse::noContent();
}

HttpResponse AdminActions::cancelJob(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"job"); !error.isEmpty())
        return clientError(400, error);
    dwp::Job* job = m_engine.jobs().find(id);
    if (!job)
        return internalError(QStringLiteral("job not found"));
    // Unlike DWP job.cancel, REST cancel is guarded and sets completed_at (§8, §11 item 9).
    if (job->state != dwp::jobStateName(dwp::JobState::Pending) &&
        job->state != dwp::jobStateName(dwp::JobState::Retrying))
        return clientError(
            400,
            QStringLiteral("can only cancel pending or retrying jobs, current state: %1").arg(job->state));
    job->state = dwp::jobStateName(dwp::JobState::Cancelled);
    job->updatedAt = m_engine.clock().now();
    job->completedAt = job->updatedAt;
    m_engine.jobs().unmarkReady(id);
    return HttpResponse::noContent();
}

HttpResponse AdminActions::getDlqEntry(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"dlq"); !error.isEmpty())
        return clientError(400, error);
    const dwp::DlqEntry* entry = m_engine.deadLetters().find(id);
    return entry ? HttpResponse::doubleJson(200, entry->toJson())
                 : clientError(404, QStringLiteral("dlq entry not found"));
}

QString AdminActions::replay(const QString& entryId)
{
    dwp::DlqEntry* entry = m_engine.deadLetters().find(entryId);
    // A fresh job: priority 0, no timeout, retry_count 0 (§8).
    dwp::Job job;
    job.createdAt = job.updatedAt = job.runAt = m_engine.clock().now();
    job.id = m_engine.context().newId(QStringLiteral("job"));
    job.name = entry->jobName;
    job.queue = entry->queue;
    job.payload = entry->payload;
    job.state = dwp::jobStateName(dwp::JobState::Pending);
    job.maxRetries = entry->maxRetries;
    job.scopeAppId = entry->scopeAppId;
    job.scopeOrgId = entry->scopeOrgId;
    entry->replayedAt = job.createdAt;
    m_engine.workers().admit(job);
    return job.id;
}

HttpResponse AdminActions::replayDlqEntry(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"dlq"); !error.isEmpty())
        return clientError(400, error);
    if (!m_engine.deadLetters().find(id))
        return internalError(QStringLiteral("dlq entry not found"));
    const QString jobId = replay(id);
    return HttpResponse::doubleJson(201, m_engine.jobs().find(jobId)->toJson());
}

HttpResponse AdminActions::replayAll()
{
    QStringList ids;
    const QList<dwp::DlqEntry>& entries = m_engine.deadLetters().entries();
    for (qsizetype i = 0; i < std::min(entries.size(), kReplayAllWindow); ++i) {
        if (!entries[i].replayedAt)
            ids.append(entries[i].id);
    }
    dwp::admin::ReplayAllResult result;
    for (const QString& id : std::as_const(ids)) {
        replay(id);
        ++result.replayed;
    }
    return HttpResponse::json(200, result.toJson());
}

HttpResponse AdminActions::purgeDlq()
{
    const qint64 purged =
        m_engine.deadLetters().purgeFailedBefore(m_engine.clock().nowNanos() - kPurgeAgeNanos);
    return HttpResponse::json(200, dwp::admin::countJson("purged", purged));
}

HttpResponse AdminActions::getCron(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"cron"); !error.isEmpty())
        return clientError(400, error);
    const CronEntry* entry = m_engine.crons().find(id);
    return entry ? HttpResponse::doubleJson(200, cronView(*entry).toJson())
                 : clientError(404, QStringLiteral("cron entry not found"));
}

HttpResponse AdminActions::setCronEnabled(const QString& id, bool enabled)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"cron"); !error.isEmpty())
        return clientError(400, error);
    const CronEntry* entry = m_engine.crons().setEnabledById(id, enabled);
    return entry ? HttpResponse::doubleJson(200, cronView(*entry).toJson())
                 : internalError(QStringLiteral("cron entry not found"));
}

HttpResponse AdminActions::deleteCron(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"cron"); !error.isEmpty())
        return clientError(400, error);
    return m_engine.crons().remove(id) ? HttpResponse::noContent()
                                       : internalError(QStringLiteral("cron entry not found"));
}

HttpResponse AdminActions::getRun(const QString& id)
{
    if (const QString error = dwp::TypeId::checkPrefix(id, u"wfrun"); !error.isEmpty())
        return clientError(400, error);
    const dwp::WorkflowRun* run = m_engine.runner().run(id);
    return run ? HttpResponse::doubleJson(200, run->toJson())
               : clientError(404, QStringLiteral("run not found"));
}

HttpResponse AdminActions::listJobs(const QByteArray& query)
{
    const QUrlQuery items(QString::fromUtf8(query));
    // `state` is required in effect: "" or an unknown state matches nothing in every store (§8).
    const QString state = items.queryItemValue(QStringLiteral("state"));
    const QString queue = items.queryItemValue(QStringLiteral("queue"));
    QList<dwp::Job> jobs = m_engine.jobs().jobs();
    jobs.removeIf(
        [&](const dwp::Job& job) { return job.state != state || (!queue.isEmpty() && job.queue != queue); });
    std::sort(jobs.begin(), jobs.end(), [](const dwp::Job& a, const dwp::Job& b) {
        return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
    });
    return jsonPage(jobs, pageOf(items));
}

HttpResponse AdminActions::listRuns(const QByteArray& query)
{
    const QUrlQuery items(QString::fromUtf8(query));
    const QString state = items.queryItemValue(QStringLiteral("state"));
    QList<dwp::WorkflowRun> runs = m_engine.runner().runs();
    runs.removeIf([&](const dwp::WorkflowRun& run) { return !state.isEmpty() && run.state != state; });
    std::sort(runs.begin(), runs.end(), [](const dwp::WorkflowRun& a, const dwp::WorkflowRun& b) {
        return std::tie(a.createdAt, a.id) < std::tie(b.createdAt, b.id);
    });
    return jsonPage(runs, pageOf(items));
}

HttpResponse AdminActions::listDlq(const QByteArray& query)
{
    const QUrlQuery items(QString::fromUtf8(query));
    const QString queue = items.queryItemValue(QStringLiteral("queue"));
    QList<dwp::DlqEntry> entries = m_engine.deadLetters().entries();
    entries.removeIf([&](const dwp::DlqEntry& entry) { return !queue.isEmpty() && entry.queue != queue; });
    return jsonPage(entries, pageOf(items));
}

HttpResponse AdminActions::listCrons(const QByteArray& query)
{
    QList<dwp::CronEntry> views;
    for (const CronEntry& entry : m_engine.crons().entries())
        views.append(cronView(entry));
    return jsonPage(views, pageOf(QUrlQuery(QString::fromUtf8(query))));
}

} // namespace devserver
