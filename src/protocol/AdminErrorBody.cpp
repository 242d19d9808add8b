// SPDX-License-Identifier: MIT
#include "protocol/AdminErrorBody.h"

#include "protocol/JsonWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

namespace dwp {

Parsed<AdminErrorBody> AdminErrorBody::parse(QByteArrayView json)
{
    // QJsonDocument suffices here: an error body is small and neither key order nor number text matters.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Parsed<AdminErrorBody>::failure(
            QStringLiteral("AdminErrorBody: invalid JSON (%1)").arg(parseError.errorString()));
    if (!document.isObject())
        return Parsed<AdminErrorBody>::failure(QStringLiteral("AdminErrorBody: expected an object"));
    const QJsonObject object = document.object();
    AdminErrorBody body;
    const QJsonValue code = object.value(QLatin1StringView("code"));
    if (code.isDouble() && code.toDouble() == double(code.toInteger()))
        body.code = code.toInteger();
    else if (code.isString())
        body.codeName = code.toString();
    else
        return Parsed<AdminErrorBody>::failure(
            QStringLiteral("AdminErrorBody: expected an integer or string code"));
    const QJsonValue message = object.contains(QLatin1StringView("error"))
                                   ? object.value(QLatin1StringView("error"))
                                   : object.value(QLatin1StringView("message"));
    if (!message.isString())
        return Parsed<AdminErrorBody>::failure(QStringLiteral("AdminErrorBody: expected an error message"));
    body.message = message.toString();
    return body;
}

QByteArray AdminErrorBody::clientErrorJson(qint64 code, const QString& message)
{
    QByteArray out;
    JsonWriter(out).beginObject().key("code").value(code).key("error").value(message).endObject();
    return out;
}

QByteArray AdminErrorBody::internalErrorJson(const QString& message)
{
    QByteArray out;
    JsonWriter(out)
        .beginObject()
        .key("code")
        .valueUtf8("INTERNAL_SERVER_ERROR")
        .key("message")
        .value(message)
        .endObject();
    return out;
}

} // namespace dwp
