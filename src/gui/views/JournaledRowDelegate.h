// SPDX-License-Identifier: MIT
#pragma once

#include "gui/views/CachedTextDelegate.h"

namespace dispatch {

// Sets the event log's rows that came from the profile's journal apart from live ones (issue 19 item 3,
// README "Journal"): in italics and the placeholder colour, with a tooltip saying where they come from. A row
// is the journal's when its EventLogModel::SequenceRole is below the first live sequence (SessionHistory
// puts them into the log before any live event). The Events page's default delegate: its topic and data
// columns; the time and type columns keep their own delegates.
class JournaledRowDelegate : public CachedTextDelegate
{
    Q_OBJECT

public:
    explicit JournaledRowDelegate(QObject* parent = nullptr);

    // 0: no row is the journal's.
    void setFirstLiveSequence(quint64 sequence) { m_firstLive = sequence; }
    quint64 firstLiveSequence() const { return m_firstLive; }
    bool isJournaled(const QModelIndex& index) const;

    bool helpEvent(QHelpEvent* event, QAbstractItemView* view, const QStyleOptionViewItem& option,
                   const QModelIndex& index) override;

protected:
    void initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const override;

private:
    quint64 m_firstLive = 0;
};

} // namespace dispatch
