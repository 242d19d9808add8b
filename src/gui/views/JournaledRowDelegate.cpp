// SPDX-License-Identifier: MIT
#include "gui/views/JournaledRowDelegate.h"

#include "models/EventLogModel.h"

#include <QAbstractItemView>
#include <QHelpEvent>
#include <QToolTip>

namespace dispatch {

JournaledRowDelegate::JournaledRowDelegate(QObject* parent) : CachedTextDelegate(parent) {}

bool JournaledRowDelegate::isJournaled(const QModelIndex& index) const
{
    return m_firstLive > 0 && index.isValid() &&
           index.data(EventLogModel::SequenceRole).toULongLong() < m_firstLive;
}

void JournaledRowDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    CachedTextDelegate::initStyleOption(option, index);
    if (!isJournaled(index))
        return;
    option->font.setItalic(true);
    option->palette.setBrush(QPalette::Text, option->palette.brush(QPalette::PlaceholderText));
}

bool JournaledRowDelegate::helpEvent(QHelpEvent* event, QAbstractItemView* view,
                                     const QStyleOptionViewItem& option, const QModelIndex& index)
{
    if (event && event->type() == QEvent::ToolTip && isJournaled(index)) {
        QToolTip::showText(event->globalPos(),
                           tr("From this profile's history: received before this session began."), view);
        return true;
    }
    return CachedTextDelegate::helpEvent(event, view, option, index);
}

} // namespace dispatch
