// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class QAbstractItemModel;

namespace dispatch {

// One job or workflow run as the monitor knows it, for copying and export: its fields in a fixed order under
// the server's own JSON names where it has one (id, name, queue, state, priority, retry_count, last_error,
// created_at, started_at, completed_at, §3), values as plain as JSON holds them — times as RFC 3339 UTC with
// milliseconds, unknowns as null. Whole texts, not the cut ones the tables display.
//
// Read from JobsModel and WorkflowRunsModel through their roles, so it is whatever the live models hold:
// a priority is known only once the job was opened (events do not carry it).
class ItemRecord
{
public:
    struct Field
    {
        QString key;
        QVariant value; // QString, qint64, bool, or invalid for unknown
    };

    // The fields of `row` of `model`, a JobsModel or a WorkflowRunsModel; empty for any other model.
    static ItemRecord of(const QAbstractItemModel* model, int row);
    // The keys `of` gives for rows of that model, in order; empty for any other model.
    static QStringList keysFor(const QAbstractItemModel* model);

    const QList<Field>& fields() const { return m_fields; }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QJsonObject toJson() const;
    // The values as text, in keysFor() order: unknowns empty, booleans true / false; for CSV and the like.
    QStringList cells() const;
    // The id of the job or run at `row` of `model`, or empty.
    static QString idAt(const QAbstractItemModel* model, int row);
    // The row of the job or run `id` in `model` (a JobsModel or a WorkflowRunsModel), or -1.
    static int rowOf(const QAbstractItemModel* model, const QString& id);

private:
    QList<Field> m_fields;
};

} // namespace dispatch
