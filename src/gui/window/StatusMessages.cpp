// SPDX-License-Identifier: MIT
#include "gui/window/StatusMessages.h"

#include <QStatusBar>

namespace dispatch {

StatusMessages::StatusMessages(QStatusBar* bar, QObject* parent) : QObject(parent), m_bar(bar) {}

void StatusMessages::show(const QString& message, int timeoutMs, Scope scope)
{
    m_message = message;
    m_scope = scope;
    if (m_bar)
        m_bar->showMessage(message, timeoutMs);
}

void StatusMessages::sessionSuperseded()
{
    clearIfShown(false);
}

void StatusMessages::attemptSuperseded()
{
    clearIfShown(true);
}

QString StatusMessages::current() const
{
    return m_bar ? m_bar->currentMessage() : QString();
}

void StatusMessages::clearIfShown(bool attemptOnly)
{
    // Only while it is still the one on the bar: a later message of the window's own (a settings problem)
    // replaced it and stays.
    if (!m_bar || m_message.isEmpty() || m_bar->currentMessage() != m_message)
        return;
    if (attemptOnly && m_scope != Scope::ConnectionAttempt)
        return;
    m_bar->clearMessage();
    m_message.clear();
}

} // namespace dispatch
