// SPDX-License-Identifier: MIT
#include "gui/pages/OverviewPage.h"

#include "gui/pages/ServerTotalsPanel.h"
#include "gui/views/ElideAtEndDelegate.h"
#include "gui/views/ListFollower.h"
#include "gui/views/StatCard.h"
#include "gui/views/StateStyle.h"
#include "gui/views/TimestampDelegate.h"
#include "models/OverviewCounts.h"
#include "models/StatsHistory.h"
#include "session/AdminApiSession.h"
#include "session/SessionHistory.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace dispatch {

namespace {

QString sinceText(const QDateTime& since)
{
    return since.isValid() ? since.toLocalTime().toString(QStringLiteral("HH:mm")) : QStringLiteral("—");
}

// "12.5 % of those seen": what share of the tracked jobs or runs are in a state now.
QString shareText(qint64 count, qint64 seen)
{
    if (seen <= 0)
        return OverviewPage::tr("none seen yet");
    //: Share under a job count on the Overview page. %1 is a percentage (e.g. 12.5).
    return OverviewPage::tr("%1 % of those seen")
        .arg(QLocale().toString(100.0 * double(count) / double(seen), 'f', 1));
}

StateStyle::Tone toneOf(FailureHealth::Level level)
{
    switch (level) {
    case FailureHealth::Level::Healthy:
        return StateStyle::Tone::Success;
    case FailureHealth::Level::Degraded:
        return StateStyle::Tone::Warning;
    case FailureHealth::Level::Unhealthy:
        return StateStyle::Tone::Failure;
    case FailureHealth::Level::NoData:
        break;
    }
    return StateStyle::Tone::Neutral;
}

QLabel* sectionLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

OverviewPage::OverviewPage(OverviewCounts* counts, StatsHistory* stats, QWidget* parent)
    : QWidget(parent), m_counts(counts), m_stats(stats), m_healthDot(new QLabel(this)),
      m_health(new QLabel(this)), m_serverTotals(new ServerTotalsPanel(this)),
      m_jobsSince(sectionLabel(this)), m_runsSince(sectionLabel(this)), m_failures(new QTableView(this)),
      m_noFailures(new QLabel(this))
{
    m_health->setObjectName(QStringLiteral("healthLabel"));
    m_health->setWordWrap(true);
    m_health->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont healthFont = m_health->font();
    healthFont.setPointSizeF(healthFont.pointSizeF() * 1.15);
    m_health->setFont(healthFont);
    m_healthDot->setText(QStringLiteral("●"));
    m_healthDot->setFont(healthFont);

    using Tone = StateStyle::Tone;
    auto* jobCards = new QHBoxLayout;
    for (const dwp::JobState state :
         {dwp::JobState::Pending, dwp::JobState::Running, dwp::JobState::Completed, dwp::JobState::Failed,
          dwp::JobState::Retrying, dwp::JobState::Cancelled}) {
        const QString name = dwp::jobStateName(state);
        addCard(QStringLiteral("jobs/") + name, dwp::StateVocabulary::label(state),
                int(dwp::StateVocabulary::tone(state)), jobCards);
    }
    auto* runCards = new QHBoxLayout;
    for (const dwp::RunState state : dwp::kRunStates) {
        const QString name = dwp::runStateName(state);
        addCard(QStringLiteral("runs/") + name, dwp::StateVocabulary::label(state),
                int(dwp::StateVocabulary::tone(state)), runCards);
    }
    auto* streamCards = new QHBoxLayout;
    addCard(QStringLiteral("events"), tr("Events per second"), int(Tone::Active), streamCards)
        ->setCaption(tr("over the last second"));
    addCard(QStringLiteral("dlq"), tr("Dead-lettered"), int(Tone::Failure), streamCards)
        ->setCaption(tr("jobs with job.dlq seen"));
    addCard(QStringLiteral("connections"), tr("Connections"), int(Tone::Neutral), streamCards)
        ->setCaption(tr("waiting for the server's stats"));
    addCard(QStringLiteral("topics"), tr("Topics"), int(Tone::Neutral), streamCards)
        ->setCaption(tr("waiting for the server's stats"));

    auto* runsAndStream = new QGridLayout;
    m_runsSince->setObjectName(QStringLiteral("runsSinceLabel"));
    runsAndStream->addWidget(m_runsSince, 0, 0);
    QLabel* streamTitle = sectionLabel(this);
    streamTitle->setText(tr("Stream and server"));
    runsAndStream->addWidget(streamTitle, 0, 1);
    runsAndStream->addLayout(runCards, 1, 0);
    runsAndStream->addLayout(streamCards, 1, 1);
    runsAndStream->setColumnStretch(0, 3);
    runsAndStream->setColumnStretch(1, 4);

    m_failures->setObjectName(QStringLiteral("recentFailures"));
    m_failures->setModel(counts->recentFailures());
    m_failures->setItemDelegateForColumn(RecentFailuresModel::TimeColumn, new TimestampDelegate(m_failures));
    m_failures->setItemDelegateForColumn(RecentFailuresModel::ErrorColumn,
                                         new ElideAtEndDelegate(m_failures));
    m_failures->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_failures->setSelectionMode(QAbstractItemView::SingleSelection);
    m_failures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_failures->setAlternatingRowColors(true);
    m_failures->setWordWrap(false);
    m_failures->setTextElideMode(Qt::ElideMiddle);
    m_failures->verticalHeader()->hide();
    // Widths from the font, not from the first rows: the list starts empty.
    const QFontMetrics metrics(m_failures->font());
    QHeaderView* header = m_failures->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for a typical value and for the (translated) header, whichever is wider.
    const auto fit = [&](int column, int sampleWidth) {
        const QString title = counts->recentFailures()->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column, std::max(sampleWidth, metrics.horizontalAdvance(title)) + 20);
    };
    const int x = metrics.horizontalAdvance(QLatin1Char('x'));
    fit(RecentFailuresModel::TimeColumn, metrics.horizontalAdvance(QStringLiteral("00:00:00.000")));
    fit(RecentFailuresModel::KindColumn, metrics.horizontalAdvance(RecentFailuresModel::tr("Workflow run")));
    fit(RecentFailuresModel::NameColumn, x * 22);
    fit(RecentFailuresModel::IdColumn, x * 30);
    header->setSectionResizeMode(RecentFailuresModel::ErrorColumn, QHeaderView::Stretch);
    m_failures->setToolTip(tr("Click a failure to open it on the Jobs or Workflows page."));
    const auto open = [this](const QModelIndex& index) {
        const QString id = index.data(RecentFailuresModel::IdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    };
    connect(m_failures, &QTableView::clicked, this, open);
    connect(m_failures, &QTableView::activated, this, open);
    // Scrolled down, the rows on screen stay put as failures arrive; under the pointer the list holds still
    // (eventFilter) and says how many wait (issue 20 item 14).
    m_failuresFollower = new ListFollower(m_failures);
    m_failures->viewport()->setMouseTracking(true);
    m_failures->viewport()->installEventFilter(this);
    m_arrivedFailures = new QLabel(this);
    m_arrivedFailures->setObjectName(QStringLiteral("arrivedFailuresLabel"));
    m_arrivedFailures->setForegroundRole(QPalette::PlaceholderText);
    m_arrivedFailures->hide();
    watchHeldFailures();

    auto* healthRow = new QHBoxLayout;
    healthRow->addWidget(m_healthDot);
    healthRow->addWidget(m_health, 1);
    auto* failuresTitle = sectionLabel(this);
    failuresTitle->setText(
        //: Title of the recent failures list on the Overview page. %1 is the most rows it shows.
        tr("Recent failures (newest first, at most %1)").arg(RecentFailuresModel::kMaxRows));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 10);
    layout->addLayout(healthRow);
    layout->addSpacing(6);
    m_serverTotals->setObjectName(QStringLiteral("serverTotals"));
    layout->addWidget(m_serverTotals);
    layout->addSpacing(6);
    m_jobsSince->setObjectName(QStringLiteral("jobsSinceLabel"));
    layout->addWidget(m_jobsSince);
    layout->addLayout(jobCards);
    layout->addSpacing(6);
    layout->addLayout(runsAndStream);
    layout->addSpacing(6);
    auto* failuresTitleRow = new QHBoxLayout;
    failuresTitleRow->addWidget(failuresTitle);
    failuresTitleRow->addWidget(m_arrivedFailures, 1);
    layout->addLayout(failuresTitleRow);
    layout->addWidget(m_failures, 1);
    layout->addWidget(m_noFailures, 1, Qt::AlignTop);
    m_noFailures->setObjectName(QStringLiteral("noFailuresLabel"));
    m_noFailures->setForegroundRole(QPalette::PlaceholderText);

    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(kRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(counts, &OverviewCounts::changed, this, &OverviewPage::scheduleRefresh);
    connect(stats, &StatsHistory::pointAdded, this, &OverviewPage::onStatsPoint);
    showLatestStats();
    refresh();
}

void OverviewPage::setModels(OverviewCounts* counts, StatsHistory* stats)
{
    if (counts == m_counts && stats == m_stats)
        return;
    m_counts->disconnect(this);
    m_stats->disconnect(this);
    m_counts->recentFailures()->setHeld(false); // the old session's list is not on screen any more
    m_counts->recentFailures()->disconnect(this);
    m_counts = counts;
    m_stats = stats;
    m_failures->setModel(counts->recentFailures()); // same columns: the header keeps its layout
    m_failuresFollower->watchModel();
    watchHeldFailures();
    connect(counts, &OverviewCounts::changed, this, &OverviewPage::scheduleRefresh);
    connect(stats, &StatsHistory::pointAdded, this, &OverviewPage::onStatsPoint);
    for (const QString& key : {QStringLiteral("connections"), QStringLiteral("topics")})
        m_cards.value(key)->setCaption(tr("waiting for the server's stats"));
    showLatestStats();
    refresh();
}

void OverviewPage::watchHeldFailures()
{
    RecentFailuresModel* failures = m_counts->recentFailures();
    failures->setHeld(m_failures->viewport()->underMouse());
    connect(failures, &RecentFailuresModel::heldBackChanged, this, [this](int count) {
        //: Beside "Recent failures" while the pointer rests on the list, which then holds still. %n is how
        //: many failures arrived meanwhile.
        m_arrivedFailures->setText(
            tr("%n new failure(s) wait until the pointer leaves the list.", nullptr, count));
        m_arrivedFailures->setVisible(count > 0);
    });
}

bool OverviewPage::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_failures->viewport()) {
        const QEvent::Type type = event->type();
        if (type == QEvent::Enter || type == QEvent::MouseMove)
            m_counts->recentFailures()->setHeld(true);
        else if (type == QEvent::Leave || type == QEvent::Hide) // a page switch hides it under the pointer
            m_counts->recentFailures()->setHeld(false);
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewPage::setAdminApi(AdminApiSession* adminApi)
{
    if (m_adminApi)
        m_adminApi->disconnect(this);
    m_adminApi = adminApi;
    if (adminApi) {
        connect(adminApi, &AdminApiSession::totalsChanged, this, &OverviewPage::refresh);
        connect(adminApi, &AdminApiSession::capabilitiesChanged, this, &OverviewPage::refresh);
    }
    m_serverTotals->setAdminApi(adminApi);
    refresh();
}

void OverviewPage::setHistory(SessionHistory* history)
{
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    if (history)
        connect(history, &SessionHistory::recentRestored, this, &OverviewPage::showRestoredStats);
    m_serverTotals->setHistory(history);
    showRestoredStats();
}

void OverviewPage::showRestoredStats()
{
    // The live reply replaces it (onStatsPoint); it is never added to the charts' series, which are live.
    if (!m_history || !m_history->isRecentRestored() || !m_history->recent().stats ||
        !m_stats->series(StatsHistory::SubscriberCount).isEmpty())
        return;
    const dwp::ServerStats& stats = *m_history->recent().stats;
    const QString at = TimestampDelegate::format(
        QDateTime::fromMSecsSinceEpoch(m_history->recent().statsAtMs, Qt::UTC), locale());
    const QLocale numbers;
    for (const auto& [key, value] : {std::pair{QStringLiteral("connections"), stats.broker.subscriberCount},
                                     std::pair{QStringLiteral("topics"), stats.broker.topicCount}}) {
        StatCard* card = m_cards.value(key);
        card->setValue(numbers.toString(value));
        //: Caption of a card on the Overview page before the server's stats arrive. %1 is a date and time.
        card->setCaption(tr("as of %1, from the history").arg(at));
    }
}

FailureHealth OverviewPage::health() const
{
    // The server's totals cover every job and run in its store, not only what this monitor saw (§8).
    if (m_adminApi && m_adminApi->isAvailable() && m_adminApi->totals()) {
        const dwp::AdminStats& totals = *m_adminApi->totals();
        return FailureHealth::assess({totals.jobs.completed, totals.jobs.failed},
                                     {totals.workflows.completed, totals.workflows.failed},
                                     FailureHealth::Basis::ServerTotals);
    }
    return m_counts->health();
}

void OverviewPage::showLatestStats()
{
    for (const QString& key : {StatsHistory::SubscriberCount, StatsHistory::TopicCount}) {
        const QList<QPointF> points = m_stats->series(key);
        if (!points.isEmpty())
            onStatsPoint(key, points.constLast());
    }
}

StatCard* OverviewPage::addCard(const QString& key, const QString& title, int tone, QLayout* layout)
{
    auto* card = new StatCard(title, StateStyle::Tone(tone), this);
    card->setObjectName(QStringLiteral("card:") + key);
    m_cards.insert(key, card);
    layout->addWidget(card);
    return card;
}

void OverviewPage::scheduleRefresh()
{
    if (!m_refreshTimer.isActive())
        m_refreshTimer.start();
}

void OverviewPage::refresh()
{
    const QLocale locale;
    const QString jobsSince = sinceText(m_counts->jobsTrackedSince());
    //: On the Overview page. %1 is when the monitor started seeing jobs (a time or "connecting"), %2 how many
    //: jobs it has seen.
    m_jobsSince->setText(tr("Jobs seen since %1 (%2 in all; the server cannot list older ones)")
                             .arg(jobsSince, locale.toString(m_counts->jobsSeen())));
    //: On the Overview page. %1 is when the monitor started seeing workflow runs (a time or "connecting").
    m_runsSince->setText(tr("Workflow runs seen since %1").arg(sinceText(m_counts->runsTrackedSince())));
    for (const dwp::JobState state :
         {dwp::JobState::Pending, dwp::JobState::Running, dwp::JobState::Completed, dwp::JobState::Failed,
          dwp::JobState::Retrying, dwp::JobState::Cancelled}) {
        StatCard* card = m_cards.value(QStringLiteral("jobs/") + dwp::jobStateName(state));
        card->setValue(locale.toString(m_counts->jobCount(state)));
        card->setCaption(shareText(m_counts->jobCount(state), m_counts->jobsSeen()));
    }
    for (const dwp::RunState state : dwp::kRunStates) {
        StatCard* card = m_cards.value(QStringLiteral("runs/") + dwp::runStateName(state));
        card->setValue(locale.toString(m_counts->runCount(state)));
        card->setCaption(shareText(m_counts->runCount(state), m_counts->runsSeen()));
    }
    m_cards.value(QStringLiteral("dlq"))->setValue(locale.toString(m_counts->deadLettered()));

    // An empty table reads like a page still loading; say plainly that nothing has failed.
    const bool anyFailure = m_counts->recentFailures()->rowCount() > 0;
    m_failures->setVisible(anyFailure);
    m_noFailures->setVisible(!anyFailure);
    //: On the Overview page. %1 is when the monitor started seeing jobs (a time or "connecting").
    m_noFailures->setText(tr("No job or workflow run has failed since %1.").arg(jobsSince));

    const FailureHealth health = this->health();
    m_health->setText(health.summary());
    QPalette dotPalette = m_healthDot->palette();
    dotPalette.setColor(QPalette::WindowText, StateStyle::colours(toneOf(health.level), palette()).outline);
    m_healthDot->setPalette(dotPalette);
    m_healthDot->setToolTip(health.levelText());
}

void OverviewPage::changeEvent(QEvent* event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        refresh(); // the health dot's colour is picked for the palette
}

void OverviewPage::setEventRate(double eventsPerSecond)
{
    const QLocale locale;
    m_cards.value(QStringLiteral("events"))
        ->setValue(eventsPerSecond < 10 ? locale.toString(eventsPerSecond, 'f', 1)
                                        : locale.toString(qRound64(eventsPerSecond)));
}

void OverviewPage::onStatsPoint(const QString& key, QPointF point)
{
    StatCard* card = nullptr;
    if (key == StatsHistory::SubscriberCount)
        card = m_cards.value(QStringLiteral("connections"));
    else if (key == StatsHistory::TopicCount)
        card = m_cards.value(QStringLiteral("topics"));
    if (!card)
        return;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).toLocalTime();
    card->setValue(QLocale().toString(qRound64(point.y())));
    //: Caption of a card on the Overview page. %1 is the time (HH:mm:ss) of the server's stats reply.
    card->setCaption(tr("server stats at %1").arg(at.toString(QStringLiteral("HH:mm:ss"))));
}

} // namespace dispatch
