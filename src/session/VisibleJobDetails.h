// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/Job.h"

#include <QObject>
#include <QSet>
#include <QStringList>
#include <functional>
#include <qcoro/qcorotask.h>

namespace dispatch {

class JobsModel;

// Looks up (job.get) the jobs on screen that the monitor has only seen through events, so that what events do
// not carry — a job's priority above all (§5) — fills in within seconds and sorting by it means something
// (issue 20 item 11). One request at a time (the server answers a connection's requests in turn, §2), at most
// kMaxPerRound per publish of the visible rows, and a job whose lookup failed is not asked for again in this
// session: a 404 means the server forgot it, and it keeps what was seen.
class VisibleJobDetails : public QObject
{
    Q_OBJECT

public:
    using Fetch = std::function<QCoro::Task<dwp::Job>(QString jobId)>; // merges the reply into the model

    // The rows on screen are published every 2 s (MonitorController); 50 lookups take well under that on a
    // local server, and a screen shows fewer rows than that.
    static constexpr int kMaxPerRound = 50;

    VisibleJobDetails(JobsModel* jobs, Fetch fetch, QObject* parent = nullptr);

    // The jobs now on screen: those not yet looked up are queued, replacing the queue of the last call.
    void setVisible(const QStringList& jobIds);
    void stop(); // nothing more is asked until the next setVisible()
    qsizetype queued() const { return m_queue.size(); }

private:
    QCoro::Task<> drain();
    bool isFetched(const QString& jobId) const;

    JobsModel* m_jobs;
    Fetch m_fetch;
    QStringList m_queue;
    QSet<QString> m_failed;
    bool m_draining = false;
};

} // namespace dispatch
