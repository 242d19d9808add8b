// SPDX-License-Identifier: MIT
#include "gui/pages/StatsPage.h"

#include "gui/views/FollowServerAccess.h"
#include "protocol/Methods.h"

#include "coro/Detached.h"
#include "gui/charts/StatsChart.h"
#include "gui/views/StateStyle.h"
#include "models/StatsHistory.h"
#include "session/SessionHistory.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dispatch {

namespace {

constexpr int kFromJournalRole = Qt::UserRole + 1; // the window selector's items read from the journal

} // namespace

StatsPage::StatsPage(StatsHistory* history, QWidget* parent)
    : QWidget(parent), m_history(history), m_windowSelector(new QComboBox(this)), m_note(new QLabel(this)),
      m_grid(new QGridLayout), m_refused(new QLabel(this)), m_journalStats(new StatsHistory(this))
{
    using namespace std::chrono_literals;
    m_windowSelector->setObjectName(QStringLiteral("windowSelector"));
    m_windowSelector->addItem(tr("Last minute"), qint64(std::chrono::milliseconds(1min).count()));
    m_windowSelector->addItem(tr("Last 5 minutes"), qint64(std::chrono::milliseconds(5min).count()));
    m_windowSelector->addItem(tr("Last 15 minutes"), qint64(std::chrono::milliseconds(15min).count()));
    m_windowSelector->addItem(tr("Last hour"), qint64(std::chrono::milliseconds(1h).count()));
    for (const auto& [label, span] :
         {std::pair{tr("Last hour, from the journal"), std::chrono::hours(1)},
          std::pair{tr("Last 24 hours, from the journal"), std::chrono::hours(24)},
          std::pair{tr("Last 7 days, from the journal"), std::chrono::hours(24 * 7)}}) {
        m_windowSelector->addItem(label, qint64(std::chrono::milliseconds(span).count()));
        m_windowSelector->setItemData(m_windowSelector->count() - 1, true, kFromJournalRole);
    }
    m_journalRefresh.setInterval(kJournalRefresh);
    connect(&m_journalRefresh, &QTimer::timeout, this, &StatsPage::readJournalWindow);
    m_windowSelector->setCurrentIndex(1);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_refused->setObjectName(QStringLiteral("statsRefused"));
    m_refused->setWordWrap(true);
    m_refused->setTextFormat(Qt::PlainText);
    m_refused->hide();

    auto* top = new QHBoxLayout;
    auto* windowLabel = new QLabel(tr("&Show:"), this);
    windowLabel->setBuddy(m_windowSelector);
    top->addWidget(windowLabel);
    top->addWidget(m_windowSelector);
    top->addSpacing(12);
    top->addWidget(m_note, 1);
    m_grid->setSpacing(6);
    m_grid->setColumnStretch(0, 2);
    m_grid->setColumnStretch(1, 2);
    m_grid->setColumnStretch(2, 1); // one line, one short legend
    m_grid->setRowStretch(0, 1);
    m_grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_refused);
    layout->addLayout(m_grid, 1);

    connect(m_windowSelector, &QComboBox::currentIndexChanged, this, &StatsPage::applyWindow);
    applyWindow();
}

void StatsPage::showEvent(QShowEvent* event)
{
    ensureCharts();
    QWidget::showEvent(event);
}

void StatsPage::ensureCharts()
{
    if (chartsMade())
        return;
    using Tone = StateStyle::Tone;
    m_events = new StatsChart(m_history, tr("Events per second, by type"), this);
    m_outcomes = new StatsChart(m_history, tr("Job outcomes"), this);
    m_broker = new StatsChart(m_history, tr("Server broker"), this);
    m_ping = new StatsChart(m_history, tr("Ping round trip"), this);

    m_events->setObjectName(QStringLiteral("eventsChart"));
    m_events->addSeries(StatsHistory::eventRateKey({})); // "events/": every type as it appears
    m_events->setAxisTitle(StatsChart::Axis::Left, tr("events/s"));

    m_outcomes->setObjectName(QStringLiteral("outcomesChart"));
    m_outcomes->addSeries(StatsHistory::JobsCompleted, StatsChart::Axis::Left, int(Tone::Success));
    m_outcomes->addSeries(StatsHistory::JobsFailed, StatsChart::Axis::Left, int(Tone::Failure));
    m_outcomes->addSeries(StatsHistory::JobsRetrying, StatsChart::Axis::Left, int(Tone::Warning));
    m_outcomes->addSeries(StatsHistory::JobsDeadLettered, StatsChart::Axis::Left, int(Tone::Waiting));

    m_broker->setObjectName(QStringLiteral("brokerChart"));
    m_broker->addSeries(StatsHistory::SubscriberCount);
    m_broker->addSeries(StatsHistory::TopicCount);
    m_broker->setLineStyle(StatsHistory::TopicCount, Qt::DashLine); // often equal to the connections
    m_broker->addSeries(StatsHistory::PublishedPerSecond, StatsChart::Axis::Right);
    m_broker->setAxisTitle(StatsChart::Axis::Left, tr("count"));
    m_broker->setAxisTitle(StatsChart::Axis::Right, tr("deliveries/s"));

    m_ping->setObjectName(QStringLiteral("pingChart"));
    m_ping->addSeries(StatsHistory::PingRoundTripMs, StatsChart::Axis::Left, int(Tone::Active));
    m_ping->setAxisTitle(StatsChart::Axis::Left, tr("ms"));

    // The event types need the width for their legend; the other three share the second row.
    m_grid->addWidget(m_events, 0, 0, 1, 3);
    m_grid->addWidget(m_outcomes, 1, 0);
    m_grid->addWidget(m_broker, 1, 1);
    m_grid->addWidget(m_ping, 1, 2);
    applyWindowToCharts();
}

QList<StatsChart*> StatsPage::madeCharts() const
{
    if (!chartsMade())
        return {};
    return {m_events, m_outcomes, m_broker, m_ping};
}

void StatsPage::setHistory(StatsHistory* history)
{
    if (history == m_history)
        return;
    m_history = history;
    for (StatsChart* chart : madeCharts())
        chart->setHistory(history);
    applyWindow();
}

void StatsPage::setJournal(SessionHistory* journal)
{
    if (journal == m_journal)
        return;
    m_journal = journal;
    for (const QString& key : m_journalStats->seriesKeys())
        m_journalStats->replaceSeries(key, {}); // another profile's
    applyWindow();
}

void StatsPage::setServerAccess(ServerAccess* access)
{
    followServerAccess(m_access, access, this, &StatsPage::showRefusal);
}

// Without stats:read the broker chart would wait forever for samples that never come (issue 20 item 18): say
// so, and what still works, since the other charts come from the event stream and the heartbeat.
void StatsPage::showRefusal()
{
    const bool refused = m_access && m_access->lacksScope(dwp::scopes::StatsRead);
    m_refused->setText(refused
                           ? tr("The token lacks the scope stats:read: the server refused the stats request "
                                "(403), so the broker chart stays empty. Events, job outcomes and the ping "
                                "come from the event stream and go on.")
                           : QString());
    m_refused->setVisible(refused);
}

std::chrono::milliseconds StatsPage::window() const
{
    return std::chrono::milliseconds(m_windowSelector->currentData().toLongLong());
}

bool StatsPage::isJournalWindow() const
{
    return m_windowSelector->currentData(kFromJournalRole).toBool();
}

void StatsPage::applyWindow()
{
    const std::chrono::milliseconds span = window();
    const bool fromJournal = isJournalWindow() && m_journal;
    m_journalBucketMs = std::max<qint64>(1000, span.count() / kJournalPoints);
    if (!fromJournal)
        m_history->setRetention(
            std::max(span, std::chrono::duration_cast<std::chrono::milliseconds>(kMinimumRetention)));
    applyWindowToCharts();
    showHoles({}); // another window's; a journal window's come with its read
    m_note->setText(noteText(fromJournal));
    if (fromJournal) {
        readJournalWindow();
        m_journalRefresh.start();
    } else {
        m_journalRefresh.stop();
        ++m_journalReads; // a read still under way is for nothing now
    }
}

void StatsPage::showHoles(const QList<JournalGap>& holes)
{
    QList<StatsChart::Hole> shown;
    for (const JournalGap& gap : holes)
        shown.append({gap.fromMs, gap.toMs, gap.sentence()});
    for (StatsChart* chart : madeCharts())
        chart->setHoles(shown);
    m_holesShown = int(holes.size());
    m_note->setText(noteText(isJournalWindow() && m_journal));
}

void StatsPage::applyWindowToCharts()
{
    if (!chartsMade())
        return;
    const std::chrono::milliseconds span = window();
    const bool fromJournal = isJournalWindow() && m_journal;
    for (StatsChart* chart : madeCharts()) {
        chart->setHistory(fromJournal ? m_journalStats : m_history);
        chart->setWindow(span);
    }
    //: Axis title of the job outcomes chart on the Stats page. %1 is the sampling
    //: interval in seconds (e.g. 10).
    const QString perInterval = tr("jobs per %1 s");
    m_outcomes->setAxisTitle(StatsChart::Axis::Left,
                             perInterval.arg(fromJournal
                                                 ? double(m_journalBucketMs) / 1000.0
                                                 : double(m_history->outcomeInterval().count()) / 1000.0));
}

QString StatsPage::noteText(bool fromJournal) const
{
    if (fromJournal) {
        //: Note on the Stats page for a window read from the journal. %1 is the interval in seconds.
        const QString note =
            tr("From this profile's journal: event rates and job outcomes per %1 s counted from the "
               "events "
               "it kept; connections, topics and deliveries from the server's stats replies it kept, "
               "averaged per %1 s. The ping is not kept.")
                .arg(double(m_journalBucketMs) / 1000.0);
        if (m_holesShown == 0)
            return note;
        //: Note on the Stats page for a window read from the journal, after the note above, when it has
        //: holes (times the monitor was not running, not connected, or could not write in time). %n counts
        //: them; the charts hatch them.
        return note + u' ' +
               tr("The history has %n hole(s) in this window, hatched on the charts: nothing was recorded "
                  "there. Point at one to see when and why.",
                  nullptr, m_holesShown);
    }
    if (isJournalWindow())
        return tr("This session keeps no journal, so this window shows only what the monitor counted since "
                  "it connected.");
    //: Note on the Stats page. %1 and %2 are sampling intervals in seconds, %3 how many minutes are kept.
    return tr("Counted by this monitor since it connected: event rates per %1 s, job outcomes per %2 s; "
              "connections, topics and deliveries from the server's stats reply. Kept for %3 min.")
        .arg(m_history->rateInterval().count() / 1000.0)
        .arg(m_history->outcomeInterval().count() / 1000.0)
        .arg(std::chrono::duration_cast<std::chrono::minutes>(m_history->retention()).count());
}

void StatsPage::readJournalWindow()
{
    if (!m_journal)
        return;
    const qint64 bucket = m_journalBucketMs;
    const qint64 to = QDateTime::currentMSecsSinceEpoch() + 1;
    // Buckets on multiples of their length, so a point stays where it was when the window is read again.
    const qint64 from = (to - qint64(window().count())) / bucket * bucket;
    const quint64 read = ++m_journalReads;
    auto readAndShow = [](QPointer<StatsPage> self, QPointer<SessionHistory> journal, qint64 fromMs,
                          qint64 toMs, qint64 bucketMs, quint64 readNumber) -> QCoro::Task<> {
        const SessionHistory::StatsWindow window = co_await journal->readStats(fromMs, toMs, bucketMs);
        if (self && readNumber == self->m_journalReads) {
            self->showJournalSeries(window.series);
            self->showHoles(window.holes);
        }
    };
    detached(readAndShow(this, m_journal, from, to, bucket, read), this,
             "reading a Stats window from the journal");
}

void StatsPage::showJournalSeries(const QHash<QString, QList<QPointF>>& series)
{
    for (const QString& key : m_journalStats->seriesKeys()) {
        if (!series.contains(key))
            m_journalStats->replaceSeries(key, {});
    }
    for (auto it = series.cbegin(); it != series.cend(); ++it)
        m_journalStats->replaceSeries(it.key(), it.value());
    for (StatsChart* chart : madeCharts())
        chart->refresh();
}

} // namespace dispatch
