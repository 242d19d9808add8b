// SPDX-License-Identifier: MIT
#include "protocol/AdminReplies.h"

#include "protocol/JsonReader.h"
#include "protocol/JsonWriter.h"
#include "protocol/PayloadReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dwp::admin {

Parsed<QByteArray> firstJsonValue(QByteArrayView body)
{
    const std::string_view text(body.data(), size_t(body.size()));
    JsonReader reader(text);
    const JsonReader::Kind kind = reader.peek();
    if (kind == JsonReader::Kind::End)
        return Parsed<QByteArray>::failure(QStringLiteral("the body is empty"));
    // Every reply is an object, an array, or null for an empty list; text such as "404 page not found"
    // starts with a valid JSON number and is not one.
    if (kind != JsonReader::Kind::Object && kind != JsonReader::Kind::Array && kind != JsonReader::Kind::Null)
        return Parsed<QByteArray>::failure(QStringLiteral("the body is not JSON"));
    std::string_view value;
    if (!reader.readRawValue(value))
        return Parsed<QByteArray>::failure(QStringLiteral("the body is not JSON (%1 at byte %2)")
                                               .arg(reader.error())
                                               .arg(reader.offset(text)));
    return QByteArray(value.data(), qsizetype(value.size()));
}

Parsed<qint64> parseCount(QByteArrayView json, const char* key)
{
    PayloadReader reader(json, QLatin1StringView("AdminCount"));
    qint64 value = 0;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            if (reader.field() == key)
                reader.read(value);
            else
                reader.skip();
        }
    }
    if (!reader.finish({key}))
        return Parsed<qint64>::failure(reader.error());
    return value;
}

QByteArray countJson(const char* key, qint64 value)
{
    QByteArray out;
    JsonWriter(out).beginObject().key(key).value(value).endObject();
    return out;
}

Parsed<QStringList> parseWorkflowNames(QByteArrayView json)
{
    // QJsonDocument suffices: a list of names, no order or number text to keep.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return Parsed<QStringList>::failure(QStringLiteral("WorkflowNames: expected an object"));
    const QJsonValue names = document.object().value(QLatin1StringView("names"));
    if (names.isNull()) // Go's nil slice: no workflow registered
        return QStringList();
    if (!names.isArray())
        return Parsed<QStringList>::failure(QStringLiteral("WorkflowNames.names: expected an array"));
    QStringList result;
    for (const QJsonValue& name : names.toArray()) {
        if (!name.isString())
            return Parsed<QStringList>::failure(QStringLiteral("WorkflowNames.names: expected strings"));
        result.append(name.toString());
    }
    return result;
}

QByteArray workflowNamesJson(const QStringList& names)
{
    QByteArray out;
    JsonWriter writer(out);
    writer.beginObject().key("names").beginArray();
    for (const QString& name : names)
        writer.value(name);
    writer.endArray().endObject();
    return out;
}

Parsed<ReplayAllResult> ReplayAllResult::parse(QByteArrayView json)
{
    PayloadReader reader(json, QLatin1StringView("ReplayAllResult"));
    ReplayAllResult result;
    if (reader.beginObject()) {
        while (reader.nextField()) {
            const QByteArrayView key = reader.field();
            if (key == "replayed")
                reader.read(result.replayed);
            else if (key == "errors")
                reader.read(result.errors);
            else
                reader.skip();
        }
    }
    if (!reader.finish({"replayed", "errors"}))
        return Parsed<ReplayAllResult>::failure(reader.error());
    return result;
}

QByteArray ReplayAllResult::toJson() const
{
    QByteArray out;
    JsonWriter(out).beginObject().key("replayed").value(replayed).key("errors").value(errors).endObject();
    return out;
}

} // namespace dwp::admin
