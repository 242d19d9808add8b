// SPDX-License-Identifier: MIT
#pragma once

#include "client/AdminApiTransport.h"
#include "protocol/Parsed.h"

#include <QByteArray>
#include <QCoreApplication>

namespace dispatch {

// Judges an admin API response (dwp-protocol.md §8): the expected status gives the body's first JSON value
// (single-object replies carry it twice); a redirect, an unexpected success code or an unreadable body is a
// ProtocolError; an error status becomes the DispatchError its code maps to, as for DWP error frames
// (400 BadRequestError, 401 AuthError, 403 PermissionError, 404 NotFoundError, 405 UnsupportedMethodError,
// other ServerError), with the message from either error shape, or a description of a body that is not
// the API's (a proxy's HTML page).
class AdminApiReply
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::AdminApiReply)

public:
    // Throws unless the status is `expectedStatus`; returns the body's first JSON value (empty when the
    // expected status is 204).
    static QByteArray expect(const AdminApiResponse& response, int expectedStatus);

    // Parses the first JSON value with T::parse-like `parse`, turning a failure into a ProtocolError.
    template<typename T, typename Parse>
    static T parsed(const AdminApiResponse& response, int expectedStatus, Parse parse)
    {
        dwp::Parsed<T> value = parse(expect(response, expectedStatus));
        if (!value)
            throwUnreadable(response, value.error());
        return std::move(value).value();
    }

    [[noreturn]] static void throwUnreadable(const AdminApiResponse& response, const QString& why);
    [[noreturn]] static void throwError(const AdminApiResponse& response);
};

} // namespace dispatch
