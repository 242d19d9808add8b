// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/JobState.h"

#include <QList>
#include <QSortFilterProxyModel>
#include <QStringMatcher>

namespace dispatch {

class JobsModel;

// Filters and sorts a JobsModel: by state (any of a set), queue (exact), name (substring) and free text
// (substring of id, name, queue, last error or payload; case-insensitive). Sorting uses JobsModel::SortRole,
// so times and states sort by value, not by their text. Rows are read through JobsModel's direct accessors,
// not data(): filtering and sorting 100 000 rows is budgeted at 50 ms (bench_models). Source updates arrive
// as dataChanged ranges, which QSortFilterProxyModel turns into moves with persistent indexes kept: a
// selection survives live updates.
class JobFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit JobFilterProxy(QObject* parent = nullptr);

    // The source must be a JobsModel; any other model is shown unfiltered.
    void setSourceModel(QAbstractItemModel* model) override;

    QList<dwp::JobState> states() const;
    void setStates(const QList<dwp::JobState>& states); // empty: every state, unknown included
    QString queue() const { return m_queue; }
    void setQueue(const QString& queue); // empty: every queue
    QString nameFilter() const { return m_name; }
    void setNameFilter(const QString& name);
    QString text() const { return m_text; }
    void setText(const QString& text);
    // Whether any filter is set, so that the rows shown may be fewer than the jobs seen.
    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    // Numeric columns compare JobsModel's keys directly; text columns as QSortFilterProxyModel does.
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void refilter();

    const JobsModel* m_jobs = nullptr;
    quint32 m_stateMask = 0; // bit per dwp::JobState; 0 = all
    QString m_queue;
    QString m_name;
    QString m_text;
    QStringMatcher m_textMatcher; // compiled once per setText(): one Boyer-Moore table for every row
};

} // namespace dispatch
