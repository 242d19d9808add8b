// SPDX-License-Identifier: MIT
#include "gui/window/ConnectionBar.h"

#include "gui/views/ElidingLabel.h"
#include "gui/views/EnvironmentBadge.h"
#include "gui/views/StateStyle.h"
#include "gui/window/ProfileComboBox.h"
#include "protocol/ServerText.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QToolButton>

namespace dispatch {

namespace {
// When the bar is short of room the session id gives way first. The layout shrinks both labels alike down to
// their minimums, and with room for 20 characters it was the address that went ("ws://12…769/dwp" at 1024
// px); 32 hold a local address whole. "session ws…" still says there is one (the tooltips carry both whole).
constexpr int kFewestServerCharacters = 32;
constexpr int kFewestSessionCharacters = 8;
} // namespace

ConnectionBar::ConnectionBar(QWidget* parent)
    : QWidget(parent), m_stateDot(new QLabel(this)),
      m_server(new ElidingLabel(Qt::ElideMiddle, kFewestServerCharacters, this)),
      m_stateLabel(new QLabel(this)),
      m_session(new ElidingLabel(Qt::ElideRight, kFewestSessionCharacters, this)), m_ping(new QLabel(this)),
      m_connectButton(new QToolButton(this)), m_environmentBadge(new EnvironmentBadge(this)),
      m_profileCombo(new ProfileComboBox(this)), m_profilesButton(new QToolButton(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    m_stateDot->setObjectName(QStringLiteral("stateDot"));
    m_server->setObjectName(QStringLiteral("serverLabel"));
    m_stateLabel->setObjectName(QStringLiteral("stateLabel"));
    m_session->setObjectName(QStringLiteral("sessionLabel"));
    m_ping->setObjectName(QStringLiteral("pingLabel"));
    m_connectButton->setObjectName(QStringLiteral("connectButton"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_session->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_stateLabel->font();
    bold.setWeight(QFont::DemiBold);
    m_stateLabel->setFont(bold);
    m_connectButton->setText(tr("Connect…"));
    m_connectButton->setToolTip(tr("Connect to another server"));
    m_connectButton->setAutoRaise(true);
    m_environmentBadge->setObjectName(QStringLiteral("environmentBadge"));
    m_profileCombo->setObjectName(QStringLiteral("profileCombo"));
    m_profilesButton->setObjectName(QStringLiteral("profilesButton"));
    m_profilesButton->setText(tr("Profiles…"));
    m_profilesButton->setToolTip(tr("Add, edit or remove server profiles"));
    m_profilesButton->setAutoRaise(true);
    layout->addWidget(m_environmentBadge);
    layout->addWidget(m_profileCombo);
    layout->addWidget(m_profilesButton);
    layout->addSpacing(12);
    layout->addWidget(m_stateDot);
    layout->addWidget(m_stateLabel);
    layout->addSpacing(12);
    layout->addWidget(m_server, 1);
    layout->addWidget(m_session);
    layout->addSpacing(12);
    layout->addWidget(m_ping);
    layout->addWidget(m_connectButton);
    connect(m_connectButton, &QToolButton::clicked, this, &ConnectionBar::connectRequested);
    connect(m_profilesButton, &QToolButton::clicked, this, &ConnectionBar::manageProfilesRequested);
    // The countdown of "Reconnecting in 4 s" ticks on its own between the client's signals.
    m_countdown.setInterval(250);
    connect(&m_countdown, &QTimer::timeout, this, &ConnectionBar::refresh);
    setServer({});
    refresh();
}

void ConnectionBar::addConnectionActions(QAction* reconnectNow, QAction* disconnect)
{
    auto* layout = static_cast<QHBoxLayout*>(this->layout());
    int at = layout->indexOf(m_connectButton);
    for (QAction* action : {reconnectNow, disconnect}) {
        auto* button = new QToolButton(this);
        button->setObjectName(action->objectName() + QStringLiteral("Button"));
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        button->setVisible(action->isEnabled());
        connect(action, &QAction::changed, button,
                [button, action] { button->setVisible(action->isEnabled()); });
        layout->insertWidget(at++, button);
    }
}

void ConnectionBar::setServer(const QUrl& url)
{
    m_server->setText(url.isEmpty() ? tr("No server") : url.toDisplayString(QUrl::RemoveUserInfo));
    m_server->setToolTip(m_server->text()); // whole, for when the bar is too narrow for it
}

void ConnectionBar::setState(ClientState state)
{
    m_state = state;
    if (state != ClientState::Disconnected)
        m_disconnectedByUser = false;
    if (state != ClientState::Reconnecting)
        m_reconnectAt = {};
    if (state == ClientState::Ready || state == ClientState::Connecting) {
        m_fatalMessage.clear();
        m_fatalCode = 0;
    }
    if (state != ClientState::Ready)
        m_ping->clear();
    refresh();
}

void ConnectionBar::setReconnectScheduled(std::chrono::milliseconds delay, int attempt)
{
    m_reconnectAt = QDateTime::currentDateTimeUtc().addMSecs(delay.count());
    m_attempt = attempt;
    refresh();
}

void ConnectionBar::setSessionId(const QString& sessionId)
{
    //: Connection bar. %1 is the server's session id for this connection.
    m_session->setText(sessionId.isEmpty() ? QString() : tr("session %1").arg(sessionId));
    m_session->setToolTip(m_session->text());
}

void ConnectionBar::setPingRoundTrip(std::chrono::milliseconds roundTrip)
{
    //: Connection bar. %1 is the last ping's round trip in milliseconds.
    m_ping->setText(tr("ping %1 ms").arg(roundTrip.count()));
}

void ConnectionBar::setFatalError(const QString& message, int code)
{
    m_fatalMessage = dwp::ServerText::printable(message, kMaxReasonChars); // often the server's close reason
    m_fatalCode = code;
    refresh();
}

void ConnectionBar::setDisconnectedByUser()
{
    m_disconnectedByUser = true;
    refresh();
}

QString ConnectionBar::stateWords() const
{
    switch (m_state) {
    case ClientState::Disconnected:
        if (m_disconnectedByUser)
            //: Connection bar after the operator chose File → Disconnect.
            return tr("Disconnected by you");
        return tr("Not connected");
    case ClientState::Connecting:
        return tr("Connecting…");
    case ClientState::Authenticating:
        return tr("Signing in…");
    case ClientState::Ready:
        return tr("Connected");
    case ClientState::Reconnecting: {
        if (!m_reconnectAt.isValid())
            return tr("Reconnecting…");
        const qint64 ms = QDateTime::currentDateTimeUtc().msecsTo(m_reconnectAt);
        if (ms <= 0)
            return tr("Reconnecting…");
        //: Connection bar while waiting to reconnect. %1 is the number of seconds left.
        return tr("Reconnecting in %1 s").arg((ms + 999) / 1000);
    }
    case ClientState::Closed:
        // 401, or 400 on the auth frame, ends in a close without retries (dwp-protocol.md §2).
        if (m_fatalCode == 401 || m_fatalCode == 400)
            return tr("Token rejected");
        if (!m_fatalMessage.isEmpty())
            //: Connection bar after the connection was closed for good. %1 is the reason (a whole sentence or
            //: the server's message).
            return tr("Disconnected: %1").arg(m_fatalMessage);
        return tr("Disconnected");
    }
    return {};
}

QString ConnectionBar::stateText() const
{
    return stateWords();
}

void ConnectionBar::refresh()
{
    m_stateLabel->setText(stateWords());
    m_stateLabel->setToolTip(m_state == ClientState::Reconnecting && m_attempt > 0
                                 ? tr(
                                       //: Tooltip of the connection state while reconnecting. %1 is the
                                       //: number of the reconnect attempt, from 1.
                                       "Attempt %1")
                                       .arg(m_attempt)
                                 : m_fatalMessage);
    using Tone = StateStyle::Tone;
    const Tone tone = m_state == ClientState::Ready          ? Tone::Success
                      : m_state == ClientState::Closed       ? Tone::Failure
                      : m_state == ClientState::Disconnected ? Tone::Muted
                                                             : Tone::Warning;
    const StateStyle::Colours colours = StateStyle::colours(tone, palette());
    QPixmap dot(12, 12);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(colours.text);
        painter.setBrush(colours.outline);
        painter.drawEllipse(QRectF(1, 1, 10, 10));
    }
    m_stateDot->setPixmap(dot);
    if (m_state == ClientState::Reconnecting && m_reconnectAt.isValid())
        m_countdown.start();
    else
        m_countdown.stop();
}

} // namespace dispatch
