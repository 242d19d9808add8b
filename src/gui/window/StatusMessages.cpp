// SPDX-License-Identifier: MIT
#include "gui/window/StatusMessages.h"

#include "protocol/ServerText.h"

#include <QStatusBar>

namespace dispatch {

StatusMessages::StatusMessages(QStatusBar* bar, QObject* parent) : QObject(parent), m_bar(bar) {}

void StatusMessages::show(const QString& message, int timeoutMs, Scope scope)
{
    // Most messages quote the server (an error's text, a close reason): one line, control characters as
    // visible escapes, the token masked, cut to what a status bar shows (issue 16 items 10, 11).
    m_message = dwp::ServerText::printable(message, kMaxChars);
    m_scope = scope;
    if (m_bar)
        m_bar->showMessage(m_message, timeoutMs);
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
