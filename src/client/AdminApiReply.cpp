// SPDX-License-Identifier: MIT
#include "client/AdminApiReply.h"

#include "protocol/AdminErrorBody.h"
#include "protocol/AdminReplies.h"
#include "protocol/DispatchErrors.h"

#include <QCoreApplication>

namespace dispatch {
namespace {

// What a body that is not the API's JSON looks like, for the operator to recognise (a proxy's error page).
QString glimpseOf(const AdminApiResponse& response)
{
    QString text = QString::fromUtf8(response.body.left(120)).simplified();
    if (response.body.size() > 120)
        text += QStringLiteral("…");
    const QString type = QString::fromLatin1(response.contentType).section(QLatin1Char(';'), 0, 0).trimmed();
    if (text.isEmpty())
        return AdminApiReply::tr("an empty body");
    if (type.isEmpty()) {
        //: A glimpse of an unexpected reply body without a content type, the last placeholder of the admin
        //: API errors. %1 is the start of the body.
        return AdminApiReply::tr("\"%1\"").arg(text);
    }
    //: A glimpse of an unexpected reply body, the last placeholder of the admin API errors. %1 is the content
    //: type (e.g. text/html), %2 the start of the body.
    return AdminApiReply::tr("%1 \"%2\"").arg(type, text);
}

} // namespace

QByteArray AdminApiReply::expect(const AdminApiResponse& response, int expectedStatus)
{
    if (response.status != expectedStatus)
        throwError(response);
    if (expectedStatus == 204)
        return QByteArray();
    auto first = dwp::admin::firstJsonValue(response.body);
    if (!first)
        throwUnreadable(response, first.error());
    return *first;
}

void AdminApiReply::throwUnreadable(const AdminApiResponse& response, const QString& why)
{
    //: %1 URL, %2 HTTP status, %3 what was wrong, %4 the body's start
    throw ProtocolError(
        AdminApiReply::tr("The admin API at %1 answered HTTP %2 with a body that cannot be read (%3): %4")
            .arg(response.url.toDisplayString())
            .arg(response.status)
            .arg(why, glimpseOf(response)));
}

void AdminApiReply::throwError(const AdminApiResponse& response)
{
    const QString where = response.url.toDisplayString();
    if (response.status >= 300 && response.status < 400) {
        //: %1 URL, %2 HTTP status, %3 the redirect's target
        throw ProtocolError(
            AdminApiReply::tr("The admin API at %1 answered with a redirect (HTTP %2) to %3, which is not "
                              "followed. Check the admin API address, or whether a proxy asks for a login.")
                .arg(where)
                .arg(response.status)
                .arg(QString::fromUtf8(response.location)));
    }
    if (response.status < 400) {
        throw ProtocolError(
            //: Error from the admin (REST) API. %1 is the API URL, %2 the HTTP status code, %3 a glimpse of
            //: the reply (content type and the start of the body).
            AdminApiReply::tr(
                "The admin API at %1 answered HTTP %2, which this client does not expect here: %3")
                .arg(where)
                .arg(response.status)
                .arg(glimpseOf(response)));
    }
    dwp::FrameError error;
    error.code = response.status;
    const auto first = dwp::admin::firstJsonValue(response.body);
    const auto body =
        first ? dwp::AdminErrorBody::parse(*first) : dwp::Parsed<dwp::AdminErrorBody>::failure({});
    if (body)
        error.message = body->message;
    else
        //: %1 HTTP status, %2 URL, %3 the body's start (often a proxy's HTML error page)
        error.message = AdminApiReply::tr("HTTP %1 from %2, with a body that is not the admin API's: %3")
                            .arg(response.status)
                            .arg(where, glimpseOf(response));
    throwDispatchError(error);
}

} // namespace dispatch
