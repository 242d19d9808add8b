// SPDX-License-Identifier: MIT
#include "gui/pages/ServerTotalsPanel.h"

#include "gui/views/StatCard.h"
#include "gui/views/StateStyle.h"
#include "gui/views/TimestampDelegate.h"
#include "protocol/JobState.h"
#include "protocol/StateVocabulary.h"
#include "session/AdminApiSession.h"
#include "session/SessionHistory.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace dispatch {

namespace {

constexpr dwp::JobState kJobStates[] = {dwp::JobState::Pending,   dwp::JobState::Running,
                                        dwp::JobState::Completed, dwp::JobState::Failed,
                                        dwp::JobState::Retrying,  dwp::JobState::Cancelled};

qint64 countOf(const dwp::JobCounts& counts, dwp::JobState state)
{
    switch (state) {
    case dwp::JobState::Pending:
        return counts.pending;
    case dwp::JobState::Running:
        return counts.running;
    case dwp::JobState::Completed:
        return counts.completed;
    case dwp::JobState::Failed:
        return counts.failed;
    case dwp::JobState::Retrying:
        return counts.retrying;
    case dwp::JobState::Cancelled:
        return counts.cancelled;
    }
    return 0;
}

} // namespace

ServerTotalsPanel::ServerTotalsPanel(QWidget* parent)
    : QWidget(parent), m_cardRow(new QWidget(this)), m_title(new QLabel(this)),
      m_limitations(new QLabel(this)), m_exposure(new QLabel(this))
{
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setObjectName(QStringLiteral("serverTotalsTitle"));
    m_title->setWordWrap(true);
    m_limitations->setObjectName(QStringLiteral("serverTotalsLimitations"));
    m_limitations->setWordWrap(true);
    m_limitations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_limitations->setForegroundRole(QPalette::PlaceholderText);
    m_exposure->setObjectName(QStringLiteral("serverTotalsExposure"));
    m_exposure->setWordWrap(true);
    m_exposure->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* row = new QHBoxLayout(m_cardRow);
    row->setContentsMargins(0, 0, 0, 0);
    for (const dwp::JobState state : kJobStates)
        addCard(QStringLiteral("jobs/") + dwp::jobStateName(state), dwp::StateVocabulary::label(state),
                int(dwp::StateVocabulary::tone(state)));
    using Tone = StateStyle::Tone;
    addCard(QStringLiteral("dlq"), tr("Dead letters"), int(Tone::Failure))
        ->setCaption(tr("replayed ones included"));
    addCard(QStringLiteral("runs/running"), tr("Runs running"), int(Tone::Active));
    addCard(QStringLiteral("runs/completed"), tr("Runs completed"), int(Tone::Success));
    addCard(QStringLiteral("runs/failed"), tr("Runs failed"), int(Tone::Failure));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_cardRow);
    layout->addWidget(m_limitations);
    layout->addWidget(m_exposure);
    refresh();
}

StatCard* ServerTotalsPanel::addCard(const QString& key, const QString& title, int tone)
{
    auto* card = new StatCard(title, StateStyle::Tone(tone), m_cardRow);
    card->setObjectName(QStringLiteral("serverCard:") + key);
    m_cards.insert(key, card);
    m_cardRow->layout()->addWidget(card);
    return card;
}

void ServerTotalsPanel::setAdminApi(AdminApiSession* adminApi)
{
    if (adminApi == m_adminApi)
        return;
    if (m_adminApi) {
        m_adminApi->disconnect(this);
        m_adminApi->setPaused(true); // nobody sees its totals any more
    }
    m_adminApi = adminApi;
    if (adminApi) {
        connect(adminApi, &AdminApiSession::capabilitiesChanged, this, &ServerTotalsPanel::refresh);
        connect(adminApi, &AdminApiSession::totalsChanged, this, &ServerTotalsPanel::refresh);
        adminApi->setPaused(!isVisible());
    }
    refresh();
}

void ServerTotalsPanel::setHistory(SessionHistory* history)
{
    if (history == m_history)
        return;
    if (m_history)
        m_history->disconnect(this);
    m_history = history;
    if (history)
        connect(history, &SessionHistory::recentRestored, this, &ServerTotalsPanel::refresh);
    refresh();
}

void ServerTotalsPanel::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_adminApi)
        m_adminApi->setPaused(false);
}

void ServerTotalsPanel::hideEvent(QHideEvent* event)
{
    QWidget::hideEvent(event);
    if (m_adminApi)
        m_adminApi->setPaused(true);
}

void ServerTotalsPanel::refresh()
{
    const AdminApiSession* admin = m_adminApi.data();
    const bool available = admin && admin->isAvailable();
    m_cardRow->setVisible(available);
    m_limitations->setText(admin ? admin->limitations().join(QLatin1Char('\n')) : QString());
    m_limitations->setVisible(!m_limitations->text().isEmpty());
    m_exposure->setText(admin ? admin->exposure() : QString());
    m_exposure->setVisible(!m_exposure->text().isEmpty());
    if (!admin)
        m_title->setText(tr("Server totals: not connected."));
    else if (!admin->totals() && (!admin->isDetected() || available) && showRestoredTotals())
        return;
    else if (!admin->isDetected())
        //: On the Overview page. %1 is the admin API's base URL.
        m_title->setText(
            tr("Server totals: asking the admin API at %1…").arg(admin->baseUrl().toDisplayString()));
    else if (!available)
        m_title->setText(tr("Server totals are unavailable."));
    else
        showTotals();
}

void ServerTotalsPanel::showTotals()
{
    const std::optional<dwp::AdminStats>& totals = m_adminApi->totals();
    const QString at = m_adminApi->totalsAt().toLocalTime().toString(QStringLiteral("HH:mm:ss"));
    if (!m_adminApi->totalsError().isEmpty())
        //: On the Overview page. %1 is when the shown totals arrived (HH:mm:ss), %2 why the latest request
        //: for them failed.
        m_title->setText(
            tr("Server totals at %1 (the latest request failed: %2)").arg(at, m_adminApi->totalsError()));
    else
        //: On the Overview page, above the server's own counts. %1 is when they arrived (HH:mm:ss).
        m_title->setText(tr("Server totals at %1 (every job and run in the server's store)").arg(at));
    if (totals)
        showCounts(*totals);
}

bool ServerTotalsPanel::showRestoredTotals()
{
    if (!m_history || !m_history->isRecentRestored() || !m_history->recent().totals)
        return false;
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(m_history->recent().totalsAtMs, Qt::UTC);
    m_cardRow->setVisible(true);
    //: On the Overview page, above the server's counts from the profile's history before the server has
    //: answered. %1 is a date and time.
    m_title->setText(tr("Server totals as of %1, from this profile's history (every job and run in the "
                        "server's store); asking the server…")
                         .arg(TimestampDelegate::format(at, locale())));
    showCounts(*m_history->recent().totals);
    return true;
}

void ServerTotalsPanel::showCounts(const dwp::AdminStats& totals)
{
    const QLocale locale;
    for (const dwp::JobState state : kJobStates)
        m_cards.value(QStringLiteral("jobs/") + dwp::jobStateName(state))
            ->setValue(locale.toString(countOf(totals.jobs, state)));
    m_cards.value(QStringLiteral("dlq"))->setValue(locale.toString(totals.dlqCount));
    m_cards.value(QStringLiteral("runs/running"))->setValue(locale.toString(totals.workflows.running));
    m_cards.value(QStringLiteral("runs/completed"))->setValue(locale.toString(totals.workflows.completed));
    m_cards.value(QStringLiteral("runs/failed"))->setValue(locale.toString(totals.workflows.failed));
}

} // namespace dispatch
