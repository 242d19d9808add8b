// SPDX-License-Identifier: MIT
#include "gui/pages/StatsPage.h"

#include "gui/views/FollowServerAccess.h"
#include "protocol/Methods.h"

#include "gui/charts/StatsChart.h"
#include "gui/views/StateStyle.h"
#include "models/StatsHistory.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace dispatch {

StatsPage::StatsPage(StatsHistory* history, QWidget* parent)
    : QWidget(parent), m_history(history), m_windowSelector(new QComboBox(this)), m_note(new QLabel(this)),
      m_events(new StatsChart(history, tr("Events per second, by type"), this)),
      m_outcomes(new StatsChart(history, tr("Job outcomes"), this)),
      m_broker(new StatsChart(history, tr("Server broker"), this)),
      m_ping(new StatsChart(history, tr("Ping round trip"), this)), m_refused(new QLabel(this))
{
    using namespace std::chrono_literals;
    using Tone = StateStyle::Tone;
    m_windowSelector->setObjectName(QStringLiteral("windowSelector"));
    m_windowSelector->addItem(tr("Last minute"), qint64(std::chrono::milliseconds(1min).count()));
    m_windowSelector->addItem(tr("Last 5 minutes"), qint64(std::chrono::milliseconds(5min).count()));
    m_windowSelector->addItem(tr("Last 15 minutes"), qint64(std::chrono::milliseconds(15min).count()));
    m_windowSelector->addItem(tr("Last hour"), qint64(std::chrono::milliseconds(1h).count()));
    m_windowSelector->setCurrentIndex(1);
    m_note->setForegroundRole(QPalette::PlaceholderText);
    m_note->setWordWrap(true);
    m_refused->setObjectName(QStringLiteral("statsRefused"));
    m_refused->setWordWrap(true);
    m_refused->setTextFormat(Qt::PlainText);
    m_refused->hide();

    m_events->setObjectName(QStringLiteral("eventsChart"));
    m_events->addSeries(StatsHistory::eventRateKey({})); // "events/": every type as it appears
    m_events->setAxisTitle(StatsChart::Axis::Left, tr("events/s"));

    m_outcomes->setObjectName(QStringLiteral("outcomesChart"));
    m_outcomes->addSeries(StatsHistory::JobsCompleted, StatsChart::Axis::Left, int(Tone::Success));
    m_outcomes->addSeries(StatsHistory::JobsFailed, StatsChart::Axis::Left, int(Tone::Failure));
    m_outcomes->addSeries(StatsHistory::JobsRetrying, StatsChart::Axis::Left, int(Tone::Warning));
    m_outcomes->addSeries(StatsHistory::JobsDeadLettered, StatsChart::Axis::Left, int(Tone::Waiting));
    m_outcomes->setAxisTitle(StatsChart::Axis::Left,
                             //: Axis title of the job outcomes chart on the Stats page. %1 is the sampling
                             //: interval in seconds (e.g. 10).
                             tr("jobs per %1 s").arg(history->outcomeInterval().count() / 1000.0));

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

    auto* top = new QHBoxLayout;
    auto* windowLabel = new QLabel(tr("&Show:"), this);
    windowLabel->setBuddy(m_windowSelector);
    top->addWidget(windowLabel);
    top->addWidget(m_windowSelector);
    top->addSpacing(12);
    top->addWidget(m_note, 1);
    auto* grid = new QGridLayout;
    grid->setSpacing(6);
    // The event types need the width for their legend; the other three share the second row.
    grid->addWidget(m_events, 0, 0, 1, 3);
    grid->addWidget(m_outcomes, 1, 0);
    grid->addWidget(m_broker, 1, 1);
    grid->addWidget(m_ping, 1, 2);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(2, 1); // one line, one short legend
    grid->setRowStretch(0, 1);
    grid->setRowStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 8);
    layout->addLayout(top);
    layout->addWidget(m_refused);
    layout->addLayout(grid, 1);

    connect(m_windowSelector, &QComboBox::currentIndexChanged, this, &StatsPage::applyWindow);
    applyWindow();
}

void StatsPage::setHistory(StatsHistory* history)
{
    if (history == m_history)
        return;
    m_history = history;
    for (StatsChart* chart : charts())
        chart->setHistory(history);
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

void StatsPage::applyWindow()
{
    const std::chrono::milliseconds span = window();
    m_history->setRetention(
        std::max(span, std::chrono::duration_cast<std::chrono::milliseconds>(kMinimumRetention)));
    for (StatsChart* chart : charts())
        chart->setWindow(span);
    m_note->setText(
        //: Note on the Stats page. %1 and %2 are sampling intervals in seconds, %3 how many minutes are kept.
        tr("Counted by this monitor since it connected: event rates per %1 s, job outcomes per %2 s; "
           "connections, topics and deliveries from the server's stats reply. Kept for %3 min.")
            .arg(m_history->rateInterval().count() / 1000.0)
            .arg(m_history->outcomeInterval().count() / 1000.0)
            .arg(std::chrono::duration_cast<std::chrono::minutes>(m_history->retention()).count()));
}

} // namespace dispatch
