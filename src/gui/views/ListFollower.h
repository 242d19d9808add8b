// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPersistentModelIndex>

class QAbstractItemView;

namespace dispatch {

// Keeps a newest-first list where the person reading it left it (issue 20 item 14). While the view is at the
// top and no row is selected, the view follows: new rows show at the top as they arrive. Otherwise nothing
// moves under the reader: when rows are inserted, removed, moved or sorted above the first row on screen,
// the scroll position moves by as much, so that row stays where it was; the rows that arrived above are
// counted until the view is back at the top.
//
// Works with the view's model at construction, or at watchModel(), and rows of one fixed height.
class ListFollower : public QObject
{
    Q_OBJECT

public:
    explicit ListFollower(QAbstractItemView* view);

    // Whether new rows show at the top as they arrive.
    bool isFollowing() const;
    // Rows inserted above the first row on screen since the view stopped following.
    int arrivedAbove() const { return m_arrivedAbove; }
    // Watches the view's model again, after the view got another one.
    void watchModel();

signals:
    void arrivedAboveChanged(int count);

private:
    void rememberTopRow();
    void keepTopRow();
    void noteInserted(int first, int last);
    void setArrivedAbove(int count);
    void scrolled();

    QAbstractItemView* m_view;
    bool m_changing = false;        // between a model's "about to" signal and its "done" one
    bool m_followedAtStart = true;  // whether the view followed when the change began
    QPersistentModelIndex m_topRow; // the first row on screen when the change began
    int m_topRowBefore = 0;         // its row number then
    int m_arrivedAbove = 0;
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace dispatch
