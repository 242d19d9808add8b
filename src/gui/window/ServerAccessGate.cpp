// SPDX-License-Identifier: MIT
#include "gui/window/ServerAccessGate.h"

#include "gui/views/FollowServerAccess.h"

#include <QAbstractButton>
#include <QAction>
#include <QLabel>

namespace dispatch {

ServerAccessGate::ServerAccessGate(QWidget* bannerParent, QObject* parent)
    : QObject(parent), m_banner(new QLabel(bannerParent))
{
    m_banner->setObjectName(QStringLiteral("staleBanner"));
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setMargin(6);
    // The palette's highlight pair reads in light and dark themes alike; a fixed yellow would not.
    m_banner->setAutoFillBackground(true);
    m_banner->setBackgroundRole(QPalette::Highlight);
    m_banner->setForegroundRole(QPalette::HighlightedText);
    m_banner->hide();
}

void ServerAccessGate::addAction(QAction* action, const QString& method)
{
    m_actions.append({action, method, action->toolTip()});
    update();
}

void ServerAccessGate::addButton(QAbstractButton* button, const QString& method)
{
    m_actions.append({button, method, button->toolTip()});
    update();
}

void ServerAccessGate::setAccess(ServerAccess* access)
{
    followServerAccess(m_access, access, this, &ServerAccessGate::update);
}

void ServerAccessGate::update()
{
    // Before the first connection there is nothing stale to warn about: the connection bar says it is
    // connecting, and the pages are empty.
    const bool stale = m_access && !m_access->isOnline() && m_access->offlineSince().isValid();
    m_banner->setText(stale ? m_access->whyOffline() : QString());
    m_banner->setVisible(stale);
    for (const Gated& gated : std::as_const(m_actions)) {
        const QString whyNot = m_access ? m_access->whyNot(gated.method) : QString();
        const QString toolTip = whyNot.isEmpty() ? gated.toolTip : whyNot;
        if (auto* action = qobject_cast<QAction*>(gated.target)) {
            action->setEnabled(whyNot.isEmpty());
            action->setToolTip(toolTip);
        } else if (auto* button = qobject_cast<QAbstractButton*>(gated.target)) {
            button->setEnabled(whyNot.isEmpty());
            button->setToolTip(toolTip);
        }
    }
}

} // namespace dispatch
