// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QObject>
#include <QStringList>
#include <memory>
#include <qcoro/qcorotask.h>

namespace dispatch {

class DispatchClient;
class Subscription;
class TimelineModel;
class WorkflowRunsModel;

// The runs a session watches ("pinned"): each one subscribed to workflow:<id> through the client, which
// re-fetches it after every reconnect (dwp-protocol.md §5, §11); the re-fetched run and timeline go into the
// session's models here. Owned by MonitorSession, so the watches end with the session they were made in.
class RunWatches : public QObject
{
    Q_OBJECT

public:
    RunWatches(DispatchClient* client, WorkflowRunsModel* runs, TimelineModel* timeline,
               QObject* parent = nullptr);
    ~RunWatches() override;

    bool isWatched(const QString& runId) const { return m_watched.contains(runId); }
    QStringList runIds() const { return m_watched.keys(); }

    // Pins the run at once; the subscription follows. On failure the run is unpinned and the client's
    // error is thrown.
    QCoro::Task<void> watch(QString runId);
    void unwatch(const QString& runId);
    void clear(); // unsubscribes all, while the client is still there

private:
    DispatchClient* m_client;
    WorkflowRunsModel* m_runs;
    TimelineModel* m_timeline;
    QHash<QString, std::shared_ptr<Subscription>> m_watched; // null while the subscription is on its way
};

} // namespace dispatch
