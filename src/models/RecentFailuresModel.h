// SPDX-License-Identifier: MIT
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace dispatch {

// The latest failed jobs and workflow runs, newest first, at most kMaxRows: what an operator looks at first.
// A job or run that fails again moves back to the top rather than appearing twice. Fed by OverviewCounts.
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
        IdRole = Qt::UserRole + 1, // QString: the job or run id
        KindRole,                  // int: a Kind
        AtRole,                    // QDateTime (UTC)
    };

    explicit RecentFailuresModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Inserts in time order (newest first), replacing an earlier entry of the same id, and drops the oldest
    // beyond kMaxRows.
    void add(const Failure& failure);
    // Refreshes the name or error of a listed entry (a job.get reply can add them later).
    void update(const QString& id, const QString& name, const QString& error);
    const Failure& failure(int row) const { return m_rows.at(row); }
    void clear();

private:
    static Failure shown(Failure failure);
    int rowOf(const QString& id) const;

    QList<Failure> m_rows;
};

} // namespace dispatch
