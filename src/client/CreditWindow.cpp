// SPDX-License-Identifier: MIT
#include "client/CreditWindow.h"

namespace dispatch {

qint64 CreditWindow::initialGrant()
{
    m_eventsReceived = 0;
    m_sinceTopUp = 0;
    m_granted = m_window;
    return m_window;
}

qint64 CreditWindow::onEventReceived()
{
    ++m_eventsReceived;
    if (++m_sinceTopUp < m_window / 2)
        return 0;
    m_sinceTopUp = 0;
    m_granted += m_window / 2;
    return m_window / 2;
}

} // namespace dispatch
