// SPDX-License-Identifier: MIT
#pragma once

#include "models/FailureHealth.h"

#include <QHash>
#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QTableView;

namespace dispatch {

class AdminApiSession;
class ListFollower;
class OverviewCounts;
class ServerTotalsPanel;
class SessionHistory;
class StatCard;
class StatsHistory;

// The first page: how the server is doing at a glance. Cards count jobs and runs per state as this monitor
// has seen them (OverviewCounts; the server cannot list them, so every count says since when), the event
// rate, the dead-lettered jobs, and connections and topics from the server's own `stats`. A health line
// rates the failures with Dispatch's thresholds, and the recent failures are each a click from their detail.
//
// Counts change with every event batch; the cards are repainted at most kRefreshMs apart.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kRefreshMs = 250;

    OverviewPage(OverviewCounts* counts, StatsHistory* stats, QWidget* parent = nullptr);

    // Counts another session's models.
    void setModels(OverviewCounts* counts, StatsHistory* stats);
    // The server's own totals over REST, above the counts seen live; null: no session.
    void setAdminApi(AdminApiSession* adminApi);
    // The session's journal: until the server's stats arrive, the connections and topics cards show its last
    // stats reply as of when, and the server totals its last totals (README, "Journal"); null: none.
    void setHistory(SessionHistory* history);
    ServerTotalsPanel* serverTotals() const { return m_serverTotals; }

    // Card keys: "jobs/<state>", "runs/<state>", "events", "dlq", "connections", "topics".
    StatCard* card(const QString& key) const { return m_cards.value(key); }
    QStringList cardKeys() const { return m_cards.keys(); }
    QLabel* healthLabel() const { return m_health; }
    QTableView* failuresTable() const { return m_failures; }
    QLabel* noFailuresLabel() const { return m_noFailures; }
    // Keeps the recent failures on screen still when the list is scrolled down.
    ListFollower* failuresFollower() const { return m_failuresFollower; }

public slots:
    void setEventRate(double eventsPerSecond);

signals:
    void openRequested(const QString& id); // a job or run id, from the recent failures

protected:
    void changeEvent(QEvent* event) override;
    // The pointer on the recent failures holds them still (RecentFailuresModel::setHeld).
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    StatCard* addCard(const QString& key, const QString& title, int tone, QLayout* layout);
    void scheduleRefresh();
    void watchHeldFailures();
    void showLatestStats();
    void showRestoredStats();
    void refresh();
    FailureHealth health() const;
    void onStatsPoint(const QString& key, QPointF point);

    OverviewCounts* m_counts;
    StatsHistory* m_stats;
    QHash<QString, StatCard*> m_cards;
    QLabel* m_healthDot;
    QLabel* m_health;
    ServerTotalsPanel* m_serverTotals;
    QPointer<AdminApiSession> m_adminApi; // the server's totals judge the health when it has them
    QPointer<SessionHistory> m_history;
    QLabel* m_jobsSince;
    QLabel* m_runsSince;
    QTableView* m_failures;
    QLabel* m_noFailures; // in the table's place while it is empty
    ListFollower* m_failuresFollower = nullptr;
    QLabel* m_arrivedFailures = nullptr; // how many failures wait above the rows on screen
    QTimer m_refreshTimer;
};

} // namespace dispatch
