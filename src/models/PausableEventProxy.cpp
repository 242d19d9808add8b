// SPDX-License-Identifier: MIT
#include "models/PausableEventProxy.h"

#include "models/EventLogModel.h"

namespace dispatch {

PausableEventProxy::PausableEventProxy(QObject* parent) : EventFilterProxy(parent) {}

quint64 PausableEventProxy::newestSequence() const
{
    const QAbstractItemModel* source = sourceModel();
    if (!source || source->rowCount() == 0)
        return 0;
    return source->index(source->rowCount() - 1, 0).data(EventLogModel::SequenceRole).toULongLong();
}

void PausableEventProxy::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_anyShown = sourceModel() && sourceModel()->rowCount() > 0;
    m_lastShownSequence = newestSequence();
    invalidateFilter();
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
    if (m_paused) {
        if (!m_anyShown)
            return false;
        const quint64 sequence =
            sourceModel()->index(sourceRow, 0, sourceParent).data(EventLogModel::SequenceRole).toULongLong();
        if (sequence > m_lastShownSequence)
            return false;
    }
    return EventFilterProxy::filterAcceptsRow(sourceRow, sourceParent);
}

} // namespace dispatch
