// SPDX-License-Identifier: MIT
#include "gui/views/ListFollower.h"

#include <QAbstractItemView>
#include <QItemSelectionModel>
#include <QScrollBar>

namespace dispatch {

ListFollower::ListFollower(QAbstractItemView* view) : QObject(view), m_view(view)
{
    watchModel();
    connect(view->verticalScrollBar(), &QScrollBar::valueChanged, this, &ListFollower::scrolled);
}

void ListFollower::watchModel()
{
    for (const QMetaObject::Connection& connection : std::as_const(m_modelConnections))
        disconnect(connection);
    m_modelConnections.clear();
    m_changing = false;
    setArrivedAbove(0);
    const QAbstractItemModel* model = m_view->model();
    if (!model)
        return;
    // Connected after the view's own slots (setModel came first), so the view has taken the change in when
    // keepTopRow() looks at it.
    m_modelConnections << connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
                                  &ListFollower::rememberTopRow);
    m_modelConnections << connect(model, &QAbstractItemModel::rowsInserted, this,
                                  [this](const QModelIndex& parent, int first, int last) {
                                      if (!parent.isValid())
                                          noteInserted(first, last);
                                      keepTopRow();
                                  });
    m_modelConnections << connect(model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
                                  &ListFollower::rememberTopRow);
    m_modelConnections << connect(model, &QAbstractItemModel::rowsRemoved, this, &ListFollower::keepTopRow);
    m_modelConnections << connect(model, &QAbstractItemModel::rowsAboutToBeMoved, this,
                                  &ListFollower::rememberTopRow);
    m_modelConnections << connect(
        model, &QAbstractItemModel::rowsMoved, this,
        [this](const QModelIndex&, int first, int last, const QModelIndex&, int destination) {
            // A row that moved from the top row or below to above it has news (a group's new failure).
            const int count = last - first + 1;
            const int movedTo = destination > first ? destination - count : destination;
            if (first >= m_topRowBefore)
                noteInserted(movedTo, movedTo + count - 1);
            keepTopRow();
        });
    m_modelConnections << connect(model, &QAbstractItemModel::layoutAboutToBeChanged, this,
                                  &ListFollower::rememberTopRow);
    m_modelConnections << connect(model, &QAbstractItemModel::layoutChanged, this, &ListFollower::keepTopRow);
    m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this,
                                  [this] { setArrivedAbove(0); });
}

bool ListFollower::isFollowing() const
{
    const QScrollBar* bar = m_view->verticalScrollBar();
    const QItemSelectionModel* selection = m_view->selectionModel();
    return bar->value() <= bar->minimum() && !(selection && selection->hasSelection());
}

void ListFollower::rememberTopRow()
{
    if (m_changing)
        return; // nested: the outer change's top row counts
    m_changing = true;
    m_followedAtStart = isFollowing();
    m_topRow =
        m_followedAtStart ? QPersistentModelIndex() : QPersistentModelIndex(m_view->indexAt(QPoint(1, 1)));
    m_topRowBefore = m_topRow.isValid() ? m_topRow.row() : 0;
}

void ListFollower::noteInserted(int first, int last)
{
    // After the insert the top row's number has grown past the new rows when they went above it.
    if (!m_followedAtStart && m_topRow.isValid() && last < m_topRow.row())
        setArrivedAbove(m_arrivedAbove + (last - first + 1));
}

void ListFollower::keepTopRow()
{
    if (!m_changing)
        return;
    m_changing = false;
    if (m_followedAtStart || !m_topRow.isValid())
        return; // following: the newest rows are at the top, where the view is
    const int rowsMoved = m_topRow.row() - m_topRowBefore;
    if (rowsMoved == 0)
        return;
    // The scroll bar's range follows the rows only at the view's next layout: bring it up to date first.
    QMetaObject::invokeMethod(m_view, "updateGeometries");
    QScrollBar* bar = m_view->verticalScrollBar();
    const int step = m_view->verticalScrollMode() == QAbstractItemView::ScrollPerItem
                         ? 1
                         : m_view->visualRect(m_topRow).height();
    bar->setValue(bar->value() + rowsMoved * step);
}

void ListFollower::setArrivedAbove(int count)
{
    if (count == m_arrivedAbove)
        return;
    m_arrivedAbove = count;
    emit arrivedAboveChanged(count);
}

void ListFollower::scrolled()
{
    // Back at the top, the rows that arrived above are in view.
    const QScrollBar* bar = m_view->verticalScrollBar();
    if (!m_changing && bar->value() <= bar->minimum())
        setArrivedAbove(0);
}

} // namespace dispatch
