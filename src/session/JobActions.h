// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <exception>
#include <qcoro/qcorotask.h>

namespace dispatch {

class MonitorSession;

// What an action on several jobs did to each: the ids it succeeded for, and for the others the error that
// says why (the server's refusal, a dropped connection), to be put in words where it is shown.
struct JobActionSummary
{
    struct Failure
    {
        QString jobId;
        std::exception_ptr error;
    };
    QStringList succeeded;
    QList<Failure> failed;
};

// What an operator can do to a job on the server, over a session, and what each really does
// (dwp-protocol.md §3, §8, §11.9):
// - retry: REST `POST /v1/jobs/:id/retry`, failed jobs only; the job is pending again and runs once more.
// - cancel: REST `POST /v1/jobs/:id/cancel`, guarded by the server: pending or retrying jobs only (any other
//   state is refused with the server's message); the job never runs and gets its completed_at.
// - relabelCancelled: DWP `job.cancel`, any state, a label only: a running handler keeps running and its
//   outcome is recorded over the label; no event, no completed_at. What DWP can do where REST is missing,
//   and the only thing anyone can do about a running job, since Dispatch cannot stop running work.
// Retry and cancel emit no event (§8), so each action fetches the job again afterwards (job.get) and the
// lists update from that. Parameters by value and the session by QPointer, as in SessionCommands: the
// session may go while a request is out, and the action then fails with ConnectionError.
class JobActions
{
public:
    enum class Action
    {
        Retry,
        Cancel,
        RelabelCancelled,
    };

    static QCoro::Task<> retry(QPointer<MonitorSession> session, QString jobId);
    static QCoro::Task<> cancel(QPointer<MonitorSession> session, QString jobId);
    static QCoro::Task<> relabelCancelled(QPointer<MonitorSession> session, QString jobId);
    static QCoro::Task<> apply(QPointer<MonitorSession> session, Action action, QString jobId);
    // The action on each job in turn, one request at a time (REST is gentle on the server that way, and
    // DWP answers one request at a time anyway, §2); a failure for one job does not stop the others.
    static QCoro::Task<JobActionSummary> applyToEach(QPointer<MonitorSession> session, Action action,
                                                     QStringList jobIds);
};

} // namespace dispatch
