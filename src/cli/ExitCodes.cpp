// SPDX-License-Identifier: MIT
#include "cli/ExitCodes.h"

#include "protocol/DispatchErrors.h"

#include <QCoreApplication>

using namespace dispatch;

int exitCodeFor(const DispatchError& error)
{
    using Kind = DispatchError::Kind;
    switch (error.kind()) {
    case Kind::Auth:
        return kAuth;
    case Kind::Permission:
        return kPermission;
    case Kind::NotFound:
        return kNotFound;
    case Kind::UnsupportedMethod:
        return kUnsupported;
    case Kind::Timeout:
        return kTimeout;
    case Kind::Connection:
    case Kind::Certificate:
        return kConnection;
    case Kind::Protocol:
        return kProtocol;
    case Kind::Server:
        return kServer;
    case Kind::BadRequest:
        return kBadRequest;
    case Kind::Aborted:
    case Kind::Unclassified:
        break;
    }
    return error.code() == 400 ? kBadRequest : kFailed;
}

const char* exitCodeHelpText()
{
    return QT_TRANSLATE_NOOP(
        "CliText", "Exit status: 0 ok, 1 other failure, 2 bad request (400), 3 authentication (401),\n"
                   "4 permission (403), 5 not found (404), 6 unsupported method (405), 7 server error,\n"
                   "8 connection, 9 timeout, 10 unreadable reply, 64 usage, 65 invalid JSON argument.");
}
