// SPDX-License-Identifier: MIT
#include "models/PausableEventProxy.h"

#include "models/EventLogModel.h"

namespace dispatch {

PausableEventProxy::PausableEventProxy(QObject* parent) : EventFilterProxy(parent) {}

quint64 PausableEventProxy::newestSequence() const
{
    if (!log() || log()->rowCount() == 0)
        return 0;
    return log()->sequenceOf(log()->rowCount() - 1);
}

void PausableEventProxy::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_anyShown = sourceModel() && sourceModel()->rowCount() > 0;
    m_lastShownSequence = newestSequence();
    refilter();
}

quint64 PausableEventProxy::heldBackCount() const
{
    if (!m_paused)
        return 0;
    const quint64 newest = newestSequence();
    if (!m_anyShown)
        return sourceModel() ? quint64(sourceModel()->rowCount()) : 0;
    return newest > m_lastShownSequence ? newest - m_lastShownSequence : 0;
}

bool PausableEventProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (m_paused && log() && !sourceParent.isValid()) {
        if (!m_anyShown || log()->sequenceOf(sourceRow) > m_lastShownSequence)
            return false;
    }
    return EventFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace dispatch
