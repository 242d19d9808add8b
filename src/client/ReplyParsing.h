// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/DispatchErrors.h"
#include "protocol/Parsed.h"

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// A reply's data read into its type, or ProtocolError naming the method (in its text and as the error's
// method): a reply we cannot read is the server's fault, not the caller's (dwp-protocol.md §3 gives each
// method's reply shape).
template<typename T>
T parsedOrThrow(dwp::Parsed<T> parsed, const char* method)
{
    if (!parsed)
        std::rethrow_exception(
            ProtocolError(
                //: Error of a request whose reply cannot be read. %1 is the DWP method
                //: (e.g. job.get, not translated), %2 what is wrong with the reply.
                QCoreApplication::translate("dispatch::DispatchClient", "unreadable %1 reply: %2")
                    .arg(QLatin1String(method), parsed.error()))
                .withMethod(QLatin1String(method)));
    return std::move(parsed).value();
}

// A reply for another job or run than the one asked for is not an answer to this call, however
// well-formed (issue 16 item 8: a forged uncorrelated reply was printed as the job asked for).
template<typename T>
T askedFor(T object, const QString& askedId, const char* method)
{
    if (object.id != askedId)
        std::rethrow_exception(
            ProtocolError(
                //: Error of a request whose reply names another object. %1 is the DWP method (e.g. job.get,
                //: not translated), %2 the id in the reply, %3 the id asked for.
                QCoreApplication::translate("dispatch::DispatchClient", "the %1 reply is about %2, not %3")
                    .arg(QLatin1String(method), object.id, askedId))
                .withMethod(QLatin1String(method)));
    return object;
}

} // namespace dispatch
