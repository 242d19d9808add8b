// SPDX-License-Identifier: MIT
#include "session/RunWatches.h"

#include "client/DispatchClient.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"

#include <QPointer>

namespace dispatch {

RunWatches::RunWatches(DispatchClient* client, WorkflowRunsModel* runs, TimelineModel* timeline,
                       QObject* parent)
    : QObject(parent), m_client(client), m_runs(runs), m_timeline(timeline)
{
    connect(client, &DispatchClient::watchedRunRefreshed, this,
            [this](const dwp::WorkflowRun& run, const QList<dwp::TimelineEntry>& entries) {
                m_runs->upsertRun(run);
                if (m_timeline->runId() == run.id) {
                    m_timeline->setRun(run);
                    m_timeline->setTimeline(entries);
                }
            });
}

RunWatches::~RunWatches()
{
    clear();
}

QCoro::Task<void> RunWatches::watch(QString runId)
{
    QPointer<RunWatches> self(this);
    m_watched.insert(runId, nullptr);
    try {
        std::unique_ptr<Subscription> subscription = co_await m_client->watch(runId);
        if (self && m_watched.contains(runId))
            m_watched.insert(runId, std::shared_ptr<Subscription>(std::move(subscription)));
    } catch (...) {
        if (self)
            m_watched.remove(runId);
        throw;
    }
}

void RunWatches::unwatch(const QString& runId)
{
    m_watched.remove(runId);
}

void RunWatches::clear()
{
    m_watched.clear();
}

} // namespace dispatch
