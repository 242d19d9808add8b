// SPDX-License-Identifier: MIT
#pragma once

#include <QHash>
#include <QList>
#include <QPointF>
#include <QPointer>
#include <QTimer>
#include <QWidget>
#include <chrono>

class QComboBox;
class QLabel;

namespace dispatch {

class ServerAccess;
class SessionHistory;

class StatsChart;
class StatsHistory;

// Live charts over the session's StatsHistory: events per second by type, job outcomes per interval, the
// broker's connections, topics and deliveries from `stats`, and the ping round trip. A window selector
// chooses the span shown (1 min to 1 h); it also sets the history's retention, never below the default
// 15 minutes, so a glance at the last minute does not throw away what the longer views show. The last hour,
// 24 hours and 7 days can also come from the profile's journal (issue 19 item 6): read on a worker thread,
// already downsampled in SQL to a few hundred points, and read again every minute while shown.
class StatsPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds kMinimumRetention = std::chrono::minutes(15);

    explicit StatsPage(StatsHistory* history, QWidget* parent = nullptr);

    // Charts another session's history, over the span chosen.
    void setHistory(StatsHistory* history);
    // A 403 to stats (the token lacks stats:read) is said on the page instead of charts that wait forever.
    void setServerAccess(ServerAccess* access);
    // The session's journal, for the windows read from it; null: the session keeps none.
    void setJournal(SessionHistory* journal);
    // Points per window read from the journal: below StatsChart::kMaxPoints, so nothing is thinned twice.
    static constexpr qint64 kJournalPoints = 360;
    static constexpr std::chrono::seconds kJournalRefresh{60};

    QComboBox* windowSelector() const { return m_windowSelector; }
    std::chrono::milliseconds window() const;
    StatsChart* eventsChart() const { return m_events; }
    StatsChart* outcomesChart() const { return m_outcomes; }
    StatsChart* brokerChart() const { return m_broker; }
    StatsChart* pingChart() const { return m_ping; }
    QList<StatsChart*> charts() const { return {m_events, m_outcomes, m_broker, m_ping}; }

private:
    void applyWindow();
    void showRefusal();
    bool isJournalWindow() const;
    void readJournalWindow();
    void showJournalSeries(const QHash<QString, QList<QPointF>>& series);
    QString noteText(bool fromJournal) const;

    StatsHistory* m_history;
    QComboBox* m_windowSelector;
    QLabel* m_note;
    StatsChart* m_events;
    StatsChart* m_outcomes;
    StatsChart* m_broker;
    StatsChart* m_ping;
    QLabel* m_refused;
    QPointer<ServerAccess> m_access;
    QPointer<SessionHistory> m_journal;
    StatsHistory* m_journalStats; // what the journal windows draw
    QTimer m_journalRefresh;
    quint64 m_journalReads = 0; // the newest read wins
    qint64 m_journalBucketMs = 0;
};

} // namespace dispatch
