// SPDX-License-Identifier: MIT
#pragma once

#include "models/DeadLetteredJobsModel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <chrono>
#include <qcoro/qcorotask.h>

namespace dispatch {

class DeadLettersPage;
class MonitorController;
class MonitorSession;

// Carries out what the Dead letters page asks, over the session on screen (session/DeadLetterActions says
// what each action does on the server): the count, asked for when the page comes into view, on Refresh, a
// second after a job.dlq arrives while it is in view, and after each action, with one request in flight at
// most; Replay All and Purge after their questions; an entry opened by id and replayed; Retry of a job seen
// dead-lettered; the server's list page by page where it can list. Results and errors go back to the page,
// in words, where the operator acted. Nothing is sent again by itself: replay-all, purge and replay are not
// safe to repeat.
class DeadLettersController : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kEventDebounce{1000};

    DeadLettersController(MonitorController* monitor, DeadLettersPage* page);

private:
    void sessionChanged();
    void showRestState();
    void refresh();
    void refreshSoon();
    void askReplayAll();
    void askPurge();
    void replayEntry(const QString& entryId);
    void retry(const QString& jobId);
    void showListPage(int offset);
    bool onProduction() const;
    QCoro::Task<> fetchCount();
    QCoro::Task<> replayAll();
    QCoro::Task<> purge();
    QCoro::Task<> openEntry(QString entryId);
    QCoro::Task<> replay(QString entryId);
    QCoro::Task<> retryJob(QString jobId);
    QCoro::Task<> fetchListPage(int offset);

    MonitorController* m_monitor;
    QPointer<DeadLettersPage> m_page;
    QPointer<MonitorSession> m_watched; // whose REST detection and dead letters are followed
    DeadLetteredJobsModel m_idle;       // what the page shows without a session
    QTimer m_debounce;
    bool m_countInFlight = false;
    bool m_countAgain = false;
};

} // namespace dispatch
