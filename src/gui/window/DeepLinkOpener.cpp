// SPDX-License-Identifier: MIT
#include "gui/window/DeepLinkOpener.h"

#include "gui/controllers/MonitorController.h"
#include "session/MonitorSession.h"
#include "session/SessionHost.h"

#include <QWidget>
#include <utility>

namespace dispatch {

DeepLinkOpener::DeepLinkOpener(QWidget* window, SessionHost* host, QString key, MonitorController* controller)
    : m_window(window), m_key(std::move(key)), m_controller(controller)
{
    connect(host, &SessionHost::sessionReplaced, this,
            [this](const QString& replacedKey, MonitorSession*, MonitorSession* current) {
                if (replacedKey == m_key)
                    follow(current);
            });
    follow(host->session(m_key));
}

void DeepLinkOpener::open(const QString& id)
{
    if (m_window->isMinimized())
        m_window->showNormal();
    m_window->raise();
    m_window->activateWindow();
    m_pending = id;
    openPendingIfConnected();
}

void DeepLinkOpener::follow(MonitorSession* session)
{
    if (m_session)
        m_session->disconnect(this);
    m_session = session;
    if (m_session)
        connect(m_session, &MonitorSession::stateChanged, this, &DeepLinkOpener::openPendingIfConnected);
    openPendingIfConnected();
}

void DeepLinkOpener::openPendingIfConnected()
{
    if (m_pending.isEmpty() || !m_session || m_session->state() != ClientState::Ready)
        return;
    m_controller->open(std::exchange(m_pending, {}));
}

} // namespace dispatch
