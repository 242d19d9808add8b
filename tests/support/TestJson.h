// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

// Small helpers for asserting on JSON the server wrote. Assertions about key *order* compare the raw text;
// everything else goes through QJsonDocument.
namespace testjson {

inline QJsonObject object(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).object();
}

inline QJsonArray array(const QByteArray& json)
{
    return QJsonDocument::fromJson(json).array();
}

inline QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// The keys of a JSON object in the order they appear in the text (top level only).
inline QStringList keysInOrder(const QByteArray& json)
{
    QStringList keys;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    qsizetype stringStart = -1;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                qsizetype next = i + 1;
                while (next < json.size() && json[next] == ' ')
                    ++next;
                if (depth == 1 && next < json.size() && json[next] == ':')
                    keys.append(QString::fromUtf8(json.mid(stringStart + 1, i - stringStart - 1)));
            }
            continue;
        }
        if (c == '"') {
            inString = true;
            stringStart = i;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return keys;
}

} // namespace testjson
