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
class QGridLayout;
class QLabel;

namespace dispatch {

class ServerAccess;
class SessionHistory;
struct JournalGap;

class StatsChart;
class StatsHistory;

// Live charts over the session's StatsHistory: events per second by type, job outcomes per interval, the
// broker's connections, topics and deliveries from `stats`, and the ping round trip. A window selector
// chooses the span shown (1 min to 1 h); it also sets the history's retention, never below the default
// 15 minutes, so a glance at the last minute does not throw away what the longer views show. The last hour,
// 24 hours and 7 days can also come from the profile's journal (issue 19 item 6): read on a worker thread,
// already downsampled in SQL to a few hundred points, and read again every minute while shown.
//
// The four charts are made when the page is first shown (or asked for): Qt Charts' scenes, laid out and
// re-laid out in the events before the window's first paint, were about a sixth of the CPU the monitor spent
// from start to that paint (perf, warm start) for a page that is seldom the first one shown. Until then the
// history is kept as always; the charts draw it when made.
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
    // The charts, made now if the page has not been shown yet.
    StatsChart* eventsChart() { return ensureCharts(), m_events; }
    StatsChart* outcomesChart() { return ensureCharts(), m_outcomes; }
    StatsChart* brokerChart() { return ensureCharts(), m_broker; }
    StatsChart* pingChart() { return ensureCharts(), m_ping; }
    QList<StatsChart*> charts() { return ensureCharts(), madeCharts(); }
    bool chartsMade() const { return m_events != nullptr; }

protected:
    void showEvent(QShowEvent* event) override;

private:
    void ensureCharts();
    QList<StatsChart*> madeCharts() const;
    void applyWindowToCharts();
    void applyWindow();
    void showRefusal();
    bool isJournalWindow() const;
    void readJournalWindow();
    void showJournalSeries(const QHash<QString, QList<QPointF>>& series);
    // The holes in the history that reach into the window shown: hatched on every chart, counted in the note.
    void showHoles(const QList<JournalGap>& holes);
    QString noteText(bool fromJournal) const;

    StatsHistory* m_history;
    QComboBox* m_windowSelector;
    QLabel* m_note;
    QGridLayout* m_grid; // the charts' place
    StatsChart* m_events = nullptr;
    StatsChart* m_outcomes = nullptr;
    StatsChart* m_broker = nullptr;
    StatsChart* m_ping = nullptr;
    QLabel* m_refused;
    QPointer<ServerAccess> m_access;
    QPointer<SessionHistory> m_journal;
    StatsHistory* m_journalStats; // what the journal windows draw
    QTimer m_journalRefresh;
    quint64 m_journalReads = 0; // the newest read wins
    qint64 m_journalBucketMs = 0;
    int m_holesShown = 0; // in the journal window shown
};

} // namespace dispatch
