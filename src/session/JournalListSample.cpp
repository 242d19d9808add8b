// SPDX-License-Identifier: MIT
#include "session/JournalListSample.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dispatch::JournalListSample {

namespace {

template<typename Entry>
QByteArray listToJson(const QList<Entry>& entries)
{
    QByteArray out("[");
    for (qsizetype i = 0; i < entries.size(); ++i) {
        if (i > 0)
            out.append(',');
        out.append(entries.at(i).toJson());
    }
    out.append(']');
    return out;
}

template<typename Entry>
std::optional<QList<Entry>> parseList(QByteArrayView json)
{
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
    if (!document.isArray())
        return std::nullopt;
    QList<Entry> entries;
    const QJsonArray array = document.array();
    for (const QJsonValue& value : array) {
        if (!value.isObject())
            return std::nullopt;
        auto entry = Entry::parse(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
        if (!entry)
            return std::nullopt;
        entries.append(std::move(entry).value());
    }
    return entries;
}

} // namespace

QByteArray toJson(const QList<dwp::DlqEntry>& entries)
{
    return listToJson(entries);
}

QByteArray toJson(const QList<dwp::CronEntry>& entries)
{
    return listToJson(entries);
}

std::optional<QList<dwp::DlqEntry>> parseDeadLetters(QByteArrayView json)
{
    return parseList<dwp::DlqEntry>(json);
}

std::optional<QList<dwp::CronEntry>> parseCrons(QByteArrayView json)
{
    return parseList<dwp::CronEntry>(json);
}

} // namespace dispatch::JournalListSample
