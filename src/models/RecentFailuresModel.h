// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace dispatch {

// The latest failed jobs and workflow runs, newest first, at most kMaxRows: what an operator looks at first.
// Identical failures are one row with a count (issue 20 item 14): the same kind, name and error make a group,
// shown with its newest failure's time and id, so a burst of one error does not push every other failure off
// the list. A job or run counts once, by its latest failure: one that fails again moves to that failure's
// group rather than counting twice. Fed by OverviewCounts.
//
// Rows change by inserts, removals, moves (a group whose newest failure changed) and dataChanged, never a
// reset except clear() and removeKind(), so a view can keep the rows under the reader still (ListFollower).
// While held (the pointer rests on the list), arriving failures wait and the rows stand still: a list that
// fits its view cannot scroll to keep a row in place, so the changes themselves wait.
class RecentFailuresModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kMaxRows = 100;

    enum class Kind
    {
        Job,
        Run,
    };

    struct Failure
    {
        Kind kind = Kind::Job;
        QString id;
        QString name;
        QString error;
        QDateTime at; // when it failed (UTC), or when we saw it if the server did not say
    };

    enum Column
    {
        TimeColumn,
        KindColumn,
        NameColumn,
        ErrorColumn,
        IdColumn,
        ColumnCount
    };

    enum Role
    {
        IdRole = Qt::UserRole + 1, // QString: the job or run id of the group's newest failure
        KindRole,                  // int: a Kind
        AtRole,                    // QDateTime (UTC) of the group's newest failure
        CountRole,                 // int: how many jobs or runs failed so
    };

    explicit RecentFailuresModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Adds the failure to its group (a new row in time order when it has none), taking its id out of the
    // group of its earlier failure, and drops the oldest rows beyond kMaxRows.
    void add(const Failure& failure);
    // Refreshes the name or error of a listed failure (a job.get reply can add them later); it may then
    // belong to another group.
    void update(const QString& id, const QString& name, const QString& error);
    // The newest failure of a row's group, and how many jobs or runs the group holds.
    const Failure& failure(int row) const { return m_rows.at(row).newest; }
    int count(int row) const { return int(m_rows.at(row).members.size()); }
    // Forgets the failures of one kind (its model was reset), or all; waiting ones too.
    void removeKind(Kind kind);
    void clear();

    // While held, add() and update() wait; releasing applies them in their order.
    void setHeld(bool held);
    bool isHeld() const { return m_held; }
    // The failures that arrived while held (updates of listed ones not counted).
    int heldBackCount() const;

signals:
    void heldBackChanged(int count);

private:
    struct Group
    {
        Failure newest;
        QHash<QString, QDateTime> members; // id → when it failed
    };

    static Failure shown(Failure failure);
    int rowOfMember(const QString& id) const;
    int rowOfGroup(const Failure& failure) const;
    void removeMember(const QString& id);
    void insertGroup(Group group);
    void placeRow(int row);
    QVariant displayData(const Group& group, int column) const;
    QString toolTip(const Group& group) const;

    QList<Group> m_rows;
    bool m_held = false;
    struct Waiting
    {
        Failure failure;
        bool isUpdate = false;
    };
    QList<Waiting> m_waiting;
};

} // namespace dispatch
