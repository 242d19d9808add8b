// SPDX-License-Identifier: MIT
#pragma once

#include "models/EventFilterProxy.h"

namespace dispatch {

// The Events page's filter with a pause: while paused, events that arrive are kept out of the view (they
// are still logged), so the rows a person is reading stand still. Resuming lets them all in at once.
class PausableEventProxy : public EventFilterProxy
{
    Q_OBJECT

public:
    explicit PausableEventProxy(QObject* parent = nullptr);

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);
    // Events logged since the pause began, shown or not by the other filters.
    quint64 heldBackCount() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    quint64 newestSequence() const;

    bool m_paused = false;
    quint64 m_lastShownSequence = 0; // while paused: rows after this one are held back
    bool m_anyShown = false;
};

} // namespace dispatch
