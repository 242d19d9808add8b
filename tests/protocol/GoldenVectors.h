// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// The frames in shared/golden/vectors.json, encoded by the real server's codecs.
struct GoldenVector
{
    QString name;
    QByteArray frameJson;
    QByteArray msgpack;
};

inline QList<GoldenVector> loadGoldenVectors()
{
    QFile file(QStringLiteral(DM_SHARED_DIR "/golden/vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<GoldenVector> vectors;
    const QJsonArray entries = QJsonDocument::fromJson(file.readAll()).array();
    for (const auto& entry : entries) {
        const QJsonObject object = entry.toObject();
        vectors.append(
            {object.value(QLatin1String("name")).toString(),
             object.value(QLatin1String("frame_json")).toString().toUtf8(),
             QByteArray::fromHex(object.value(QLatin1String("msgpack_hex")).toString().toLatin1())});
    }
    return vectors;
}

// The frames the suites rely on (the three events among them are counted by the event decoder tests). A loop
// over vectors that did not load checks nothing, so every user verifies what it loaded against this list
// first.
inline QStringList expectedGoldenVectorNames()
{
    return {QStringLiteral("auth_request"),
            QStringLiteral("auth_response"),
            QStringLiteral("job_enqueue_request"),
            QStringLiteral("job_enqueue_response"),
            QStringLiteral("error_not_found"),
            QStringLiteral("error_forbidden"),
            QStringLiteral("event_job_completed"),
            QStringLiteral("event_workflow_step_completed"),
            QStringLiteral("event_cron_fired"),
            QStringLiteral("ping"),
            QStringLiteral("pong"),
            QStringLiteral("pong_zero_ts"),
            QStringLiteral("credits"),
            QStringLiteral("credits_large"),
            QStringLiteral("stats_request_no_data"),
            QStringLiteral("stats_response"),
            QStringLiteral("unicode_payload"),
            QStringLiteral("large_integers"),
            QStringLiteral("tenant_fields"),
            QStringLiteral("error_with_details"),
            QStringLiteral("old_timestamp")};
}

// Empty when `vectors` holds every expected frame, each with both encodings; otherwise what is wrong.
inline QString goldenVectorsProblem(const QList<GoldenVector>& vectors)
{
    if (vectors.isEmpty())
        return QStringLiteral("no golden vectors loaded from " DM_SHARED_DIR "/golden/vectors.json");
    QStringList names;
    for (const GoldenVector& vector : vectors) {
        if (vector.frameJson.isEmpty() || vector.msgpack.isEmpty())
            return QStringLiteral("golden vector '%1' lacks frame_json or msgpack_hex").arg(vector.name);
        names.append(vector.name);
    }
    QStringList missing;
    for (const QString& name : expectedGoldenVectorNames())
        if (!names.contains(name))
            missing.append(name);
    if (!missing.isEmpty())
        return QStringLiteral("golden vectors missing: %1").arg(missing.join(QStringLiteral(", ")));
    return {};
}
