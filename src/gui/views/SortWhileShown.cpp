// SPDX-License-Identifier: MIT
#include "gui/views/SortWhileShown.h"

#include <QEvent>
#include <QSortFilterProxyModel>
#include <QWidget>

namespace dispatch {

SortWhileShown::SortWhileShown(QWidget* view, QSortFilterProxyModel* proxy, Filtering filtering)
    : QObject(view), m_proxy(proxy), m_filtering(std::move(filtering))
{
    view->installEventFilter(this);
    connect(proxy, &QAbstractProxyModel::sourceModelChanged, this, &SortWhileShown::watchSource);
    watchSource();
}

bool SortWhileShown::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::Hide)
        pause();
    else if (event->type() == QEvent::Show)
        resume();
    return QObject::eventFilter(watched, event);
}

void SortWhileShown::watchSource()
{
    if (m_watchedSource)
        m_watchedSource->disconnect(this);
    m_watchedSource = m_proxy ? m_proxy->sourceModel() : nullptr;
    if (!m_watchedSource)
        return;
    // A changed row may now pass the filter or fail it; the proxy only looks again once sorting is live.
    const auto changed = [this] {
        if (m_paused)
            m_changedWhilePaused = true;
    };
    connect(m_watchedSource, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_watchedSource, &QAbstractItemModel::layoutChanged, this, changed);
    m_changedWhilePaused = m_paused; // another source: look at every row again
}

void SortWhileShown::pause()
{
    if (m_paused || !m_proxy || !m_proxy->dynamicSortFilter())
        return;
    m_paused = true;
    m_changedWhilePaused = false;
    m_proxy->setDynamicSortFilter(false);
}

void SortWhileShown::resume()
{
    if (!m_paused || !m_proxy)
        return;
    m_paused = false;
    m_proxy->setDynamicSortFilter(true); // sorts what came while hidden into place
    if (m_changedWhilePaused && (!m_filtering || m_filtering()))
        m_proxy->invalidate(); // one pass: filter and sort every row again, in a layout change
    m_changedWhilePaused = false;
}

} // namespace dispatch
