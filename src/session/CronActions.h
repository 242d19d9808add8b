// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CronEntry.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <exception>
#include <qcoro/qcorotask.h>

namespace dispatch {

class MonitorSession;

// What an operator can do with a cron entry, over the REST admin API of the session on screen
// (dwp-protocol.md §8): look one up by id, enable, disable or delete it, and read the server's own list
// where the server can list (the real server answers 404 there). DWP offers none of this (cron.list is 405,
// §1), and the cron actions emit no event (§5), so after each action the entry is fetched again and shown
// as the server now holds it; a deleted entry is confirmed gone by that lookup's 404.
//
// The requests run here, as detached coroutines (coro/Detached.h); the window calls the slots and shows
// what the signals bring. Every entry fetched teaches the session's CronsModel the id of its name, so a
// cron seen firing can be opened from its row. A session replaced while a request is out gets its answer
// dropped; the detail signals carry only the entry asked about last, so a slow answer for an earlier id
// never replaces a later one.
class CronActions : public QObject
{
    Q_OBJECT

public:
    enum class Action
    {
        Open,
        Enable,
        Disable,
        Delete,
        List,
    };
    Q_ENUM(Action)

    explicit CronActions(QObject* parent = nullptr);

    void setSession(MonitorSession* session);
    MonitorSession* session() const;
    // Whether a request is out.
    bool isBusy() const { return m_inFlight > 0; }

    void open(const QString& cronId);
    void setEnabled(const QString& cronId, bool enabled);
    void remove(const QString& cronId);
    void list(int limit, int offset);

signals:
    // The entry asked about last, as the server holds it after a lookup or an action.
    void entryShown(const dwp::CronEntry& entry);
    // The entry asked about last was deleted and the server no longer knows it.
    void entryDeleted(const QString& cronId);
    // One page of the server's list, which began at `offset`.
    void pageListed(const QList<dwp::CronEntry>& entries, int offset);
    // A request failed; `error` is a DispatchError (the server's refusal, a timeout, no admin API …).
    void actionFailed(dispatch::CronActions::Action action, const QString& cronId, std::exception_ptr error);
    void busyChanged(bool busy);

private:
    QCoro::Task<> act(QPointer<MonitorSession> origin, Action action, QString cronId);
    QCoro::Task<> fetchPage(QPointer<MonitorSession> origin, int limit, int offset);
    // The entry after an action (re-fetched), or nothing when the action deleted it.
    static QCoro::Task<std::optional<dwp::CronEntry>> carryOut(QPointer<MonitorSession> origin, Action action,
                                                               QString cronId);
    void run(QCoro::Task<> task, const char* what);
    void learnt(const dwp::CronEntry& entry);
    bool isCurrent(const QPointer<MonitorSession>& origin) const;

    QPointer<MonitorSession> m_session;
    QString m_askedLast; // the id whose entry the detail shows
    int m_inFlight = 0;
};

} // namespace dispatch
