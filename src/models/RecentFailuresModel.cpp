// SPDX-License-Identifier: MIT
#include "models/RecentFailuresModel.h"

#include "protocol/ServerText.h"

#include <algorithm>
#include <utility>

namespace dispatch {

RecentFailuresModel::RecentFailuresModel(QObject* parent) : QAbstractTableModel(parent) {}

int RecentFailuresModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RecentFailuresModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecentFailuresModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Group& group = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return group.newest.id;
    case KindRole:
        return int(group.newest.kind);
    case AtRole:
        return group.newest.at;
    case CountRole:
        return int(group.members.size());
    case Qt::ToolTipRole:
        return toolTip(group);
    case Qt::DisplayRole:
        return displayData(group, index.column());
    default:
        return {};
    }
}

QVariant RecentFailuresModel::displayData(const Group& group, int column) const
{
    const Failure& failure = group.newest;
    switch (column) {
    case TimeColumn:
        return failure.at;
    case KindColumn:
        return failure.kind == Kind::Job ? tr("Job") : tr("Workflow run");
    case NameColumn:
        if (group.members.size() > 1) {
            //: Recent failures on the Overview: identical failures in one row. %1 is the job or workflow
            //: name, %2 how many jobs or runs failed with the same error.
            return tr("%1 ×%2").arg(failure.name).arg(group.members.size());
        }
        return failure.name;
    case ErrorColumn:
        // One line: the full text is in the tooltip and on the detail page.
        return failure.error.section(u'\n', 0, 0);
    case IdColumn:
        return failure.id;
    default:
        return {};
    }
}

QString RecentFailuresModel::toolTip(const Group& group) const
{
    const Failure& failure = group.newest;
    QString text = failure.error.isEmpty() ? failure.id : failure.id + u'\n' + failure.error;
    if (group.members.size() > 1) {
        //: Tooltip of a row of recent failures that stands for several. %n is how many jobs or runs failed
        //: with this error; the id of the newest is shown above.
        text += QStringLiteral("\n\n") +
                tr("%n failed with this error; the newest is shown.", nullptr, int(group.members.size()));
    }
    return text;
}

QVariant RecentFailuresModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Failed at");
    case KindColumn:
        return tr("Kind");
    case NameColumn:
        return tr("Name");
    case ErrorColumn:
        return tr("Error");
    case IdColumn:
        return tr("ID");
    default:
        return {};
    }
}

int RecentFailuresModel::rowOfMember(const QString& id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).members.contains(id))
            return row;
    }
    return -1;
}

int RecentFailuresModel::rowOfGroup(const Failure& failure) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        const Failure& newest = m_rows.at(row).newest;
        if (newest.kind == failure.kind && newest.name == failure.name && newest.error == failure.error)
            return row;
    }
    return -1;
}

// Names and errors are cut to a display length as they arrive: a card or tooltip never lays out megabytes of
// a server's error text (issue 16 item 4). The job itself keeps whatever its own model keeps.
RecentFailuresModel::Failure RecentFailuresModel::shown(Failure failure)
{
    failure.name = dwp::ServerText::forDisplay(failure.name, dwp::ServerText::kDisplayNameChars);
    failure.error = dwp::ServerText::forDisplay(failure.error, dwp::ServerText::kDisplayErrorChars);
    return failure;
}

void RecentFailuresModel::add(const Failure& arriving)
{
    if (m_held) {
        m_waiting.append({shown(arriving), false});
        emit heldBackChanged(heldBackCount());
        return;
    }
    const Failure failure = shown(arriving);
    removeMember(failure.id);
    const int row = rowOfGroup(failure);
    if (row < 0) {
        insertGroup(Group{failure, {{failure.id, failure.at}}});
        return;
    }
    Group& group = m_rows[row];
    group.members.insert(failure.id, failure.at);
    if (failure.at >= group.newest.at) // an equal time counts as newer, since it was seen later
        group.newest = failure;
    placeRow(row);
}

void RecentFailuresModel::removeMember(const QString& id)
{
    const int row = rowOfMember(id);
    if (row < 0)
        return;
    Group& group = m_rows[row];
    if (group.members.size() == 1) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        return;
    }
    group.members.remove(id);
    if (group.newest.id == id) {
        // The group's newest is now its newest remaining member: same kind, name and error.
        auto newest = group.members.cbegin();
        for (auto member = group.members.cbegin(); member != group.members.cend(); ++member) {
            if (member.value() > newest.value())
                newest = member;
        }
        group.newest.id = newest.key();
        group.newest.at = newest.value();
    }
    placeRow(row);
}

void RecentFailuresModel::insertGroup(Group group)
{
    // Newest first; an equal time goes above, since it was seen later.
    int position = 0;
    while (position < m_rows.size() && m_rows.at(position).newest.at > group.newest.at)
        ++position;
    if (position >= kMaxRows)
        return; // older than everything kept
    beginInsertRows({}, position, position);
    m_rows.insert(position, std::move(group));
    endInsertRows();
    if (m_rows.size() > kMaxRows) {
        beginRemoveRows({}, kMaxRows, int(m_rows.size()) - 1);
        m_rows.resize(kMaxRows);
        endRemoveRows();
    }
}

// Moves a changed row to its place in time order (a move, so views keep their selection and anchors) and
// announces its new content.
void RecentFailuresModel::placeRow(int row)
{
    const QDateTime at = m_rows.at(row).newest.at;
    int target = 0; // the row's index once placed, counted without it
    for (int other = 0; other < m_rows.size(); ++other) {
        if (other != row && m_rows.at(other).newest.at > at)
            ++target;
    }
    // Among equal times the changed row goes above: it changed last.
    if (target != row) {
        beginMoveRows({}, row, row, {}, target > row ? target + 1 : target);
        m_rows.move(row, target);
        endMoveRows();
    }
    emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void RecentFailuresModel::update(const QString& id, const QString& name, const QString& error)
{
    if (m_held) {
        m_waiting.append({Failure{Kind::Job, id, name, error, {}}, true});
        return;
    }
    const int row = rowOfMember(id);
    if (row < 0)
        return;
    const Group& group = m_rows.at(row);
    const Failure arriving = shown(Failure{group.newest.kind, id, name, error, group.members.value(id)});
    if (group.newest.name == arriving.name && group.newest.error == arriving.error)
        return;
    add(arriving);
}

void RecentFailuresModel::removeKind(Kind kind)
{
    const qsizetype waiting = m_waiting.size();
    m_waiting.removeIf(
        [kind](const Waiting& entry) { return !entry.isUpdate && entry.failure.kind == kind; });
    if (m_waiting.size() != waiting)
        emit heldBackChanged(heldBackCount());
    beginResetModel();
    m_rows.removeIf([kind](const Group& group) { return group.newest.kind == kind; });
    endResetModel();
}

void RecentFailuresModel::clear()
{
    if (!m_waiting.isEmpty()) {
        m_waiting.clear();
        emit heldBackChanged(0);
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

void RecentFailuresModel::setHeld(bool held)
{
    if (held == m_held)
        return;
    m_held = held;
    if (held)
        return;
    const QList<Waiting> waiting = std::exchange(m_waiting, {});
    for (const Waiting& entry : waiting) {
        if (entry.isUpdate)
            update(entry.failure.id, entry.failure.name, entry.failure.error);
        else
            add(entry.failure);
    }
    if (!waiting.isEmpty())
        emit heldBackChanged(0);
}

int RecentFailuresModel::heldBackCount() const
{
    return int(std::count_if(m_waiting.cbegin(), m_waiting.cend(),
                             [](const Waiting& entry) { return !entry.isUpdate; }));
}

} // namespace dispatch
