// SPDX-License-Identifier: MIT
#pragma once

#include "GoldenVectors.h"
#include "protocol/JsonCodec.h"

#include <QByteArray>

// JSON written with single quotes, so expected server output stays readable in C++ without raw string
// literals (moc cannot parse them): json("{'id':'x'}") is {"id":"x"}. Texts containing a real apostrophe
// must be spelled with double quotes instead.
inline QByteArray json(const char* singleQuoted)
{
    QByteArray text(singleQuoted);
    text.replace('\'', '"');
    return text;
}

// A golden frame, decoded by the JSON codec; a default Frame if the vector is missing or undecodable.
inline dwp::Frame goldenFrame(const QString& vectorName)
{
    for (const GoldenVector& vector : loadGoldenVectors()) {
        if (vector.name == vectorName) {
            const auto frame = dwp::JsonCodec().decode(vector.frameJson);
            return frame ? *frame : dwp::Frame();
        }
    }
    return {};
}

// The `data` bytes of a golden frame exactly as the server's JSON codec wrote them.
inline QByteArray goldenData(const QString& vectorName)
{
    return goldenFrame(vectorName).data;
}
