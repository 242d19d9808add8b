// SPDX-License-Identifier: MIT
#include "models/ItemRecord.h"

#include "models/JobsModel.h"
#include "models/WorkflowRunsModel.h"

#include <QDateTime>
#include <QJsonValue>

namespace dispatch {

namespace {

QVariant timeValue(const QVariant& value)
{
    const QDateTime time = value.toDateTime();
    return time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant textOrNull(const QVariant& value)
{
    return value.toString().isEmpty() ? QVariant() : QVariant(value.toString());
}

} // namespace

void ItemRecord::add(const QString& key, const QVariant& value)
{
    m_fields.append({key, value});
}

ItemRecord ItemRecord::of(const QAbstractItemModel* model, int row)
{
    ItemRecord record;
    if (row < 0 || !model || row >= model->rowCount())
        return record;
    const QModelIndex index = model->index(row, 0);
    if (qobject_cast<const JobsModel*>(model)) {
        using R = JobsModel::Role;
        record.add(QStringLiteral("id"), index.data(R::IdRole));
        record.add(QStringLiteral("name"), index.data(R::NameRole));
        record.add(QStringLiteral("queue"), index.data(R::QueueRole));
        record.add(QStringLiteral("state"), textOrNull(index.data(R::StateNameRole)));
        record.add(QStringLiteral("priority"), index.data(R::PriorityRole));
        record.add(QStringLiteral("retry_count"), index.data(R::AttemptRole));
        record.add(QStringLiteral("last_error"), textOrNull(index.data(R::LastErrorRole)));
        record.add(QStringLiteral("created_at"), timeValue(index.data(R::EnqueuedAtRole)));
        record.add(QStringLiteral("started_at"), timeValue(index.data(R::StartedAtRole)));
        record.add(QStringLiteral("completed_at"), timeValue(index.data(R::FinishedAtRole)));
        record.add(QStringLiteral("elapsed_ms"), index.data(R::ElapsedMsRole));
        record.add(QStringLiteral("dead_lettered"), index.data(R::DeadLetteredRole));
    } else if (qobject_cast<const WorkflowRunsModel*>(model)) {
        using R = WorkflowRunsModel::Role;
        record.add(QStringLiteral("id"), index.data(R::IdRole));
        record.add(QStringLiteral("name"), index.data(R::NameRole));
        record.add(QStringLiteral("state"), textOrNull(index.data(R::StateNameRole)));
        record.add(QStringLiteral("started_at"), timeValue(index.data(R::StartedAtRole)));
        record.add(QStringLiteral("completed_at"), timeValue(index.data(R::CompletedAtRole)));
        record.add(QStringLiteral("duration_ms"), index.data(R::DurationMsRole));
        record.add(QStringLiteral("current_step"), textOrNull(index.data(R::CurrentStepRole)));
        record.add(QStringLiteral("failed_step"), textOrNull(index.data(R::FailedStepRole)));
        record.add(QStringLiteral("error"), textOrNull(index.data(R::ErrorRole)));
        record.add(QStringLiteral("parent_run_id"), textOrNull(index.data(R::ParentRunIdRole)));
    }
    return record;
}

QStringList ItemRecord::keysFor(const QAbstractItemModel* model)
{
    QStringList keys;
    if (!model || model->rowCount() == 0) {
        // No row to read the keys from: a model of the right kind still has them.
        if (qobject_cast<const JobsModel*>(model))
            return {QStringLiteral("id"),         QStringLiteral("name"),
                    QStringLiteral("queue"),      QStringLiteral("state"),
                    QStringLiteral("priority"),   QStringLiteral("retry_count"),
                    QStringLiteral("last_error"), QStringLiteral("created_at"),
                    QStringLiteral("started_at"), QStringLiteral("completed_at"),
                    QStringLiteral("elapsed_ms"), QStringLiteral("dead_lettered")};
        if (qobject_cast<const WorkflowRunsModel*>(model))
            return {QStringLiteral("id"),           QStringLiteral("name"),
                    QStringLiteral("state"),        QStringLiteral("started_at"),
                    QStringLiteral("completed_at"), QStringLiteral("duration_ms"),
                    QStringLiteral("current_step"), QStringLiteral("failed_step"),
                    QStringLiteral("error"),        QStringLiteral("parent_run_id")};
        return keys;
    }
    const ItemRecord first = of(model, 0);
    for (const Field& field : first.fields())
        keys.append(field.key);
    return keys;
}

QJsonObject ItemRecord::toJson() const
{
    QJsonObject object;
    for (const Field& field : m_fields)
        object.insert(field.key, field.value.isValid() ? QJsonValue::fromVariant(field.value) : QJsonValue());
    return object;
}

QStringList ItemRecord::cells() const
{
    QStringList cells;
    for (const Field& field : m_fields) {
        if (!field.value.isValid())
            cells.append(QString());
        else if (field.value.typeId() == QMetaType::Bool)
            cells.append(field.value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        else
            cells.append(field.value.toString());
    }
    return cells;
}

QString ItemRecord::idAt(const QAbstractItemModel* model, int row)
{
    if (!model || row < 0 || row >= model->rowCount())
        return {};
    if (qobject_cast<const JobsModel*>(model))
        return model->index(row, 0).data(JobsModel::IdRole).toString();
    if (qobject_cast<const WorkflowRunsModel*>(model))
        return model->index(row, 0).data(WorkflowRunsModel::IdRole).toString();
    return {};
}

int ItemRecord::rowOf(const QAbstractItemModel* model, const QString& id)
{
    if (const auto* jobs = qobject_cast<const JobsModel*>(model))
        return jobs->rowOf(id);
    if (const auto* runs = qobject_cast<const WorkflowRunsModel*>(model))
        return runs->rowOf(id);
    return -1;
}

} // namespace dispatch
