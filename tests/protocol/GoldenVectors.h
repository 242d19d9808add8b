// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>

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
