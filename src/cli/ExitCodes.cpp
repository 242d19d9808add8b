// SPDX-License-Identifier: MIT
#include "cli/ExitCodes.h"

#include "protocol/DispatchErrors.h"

#include <QCoreApplication>

using namespace dispatch;

int exitCodeFor(const DispatchError& error)
{
    if (dynamic_cast<const AuthError*>(&error))
        return kAuth;
    if (dynamic_cast<const PermissionError*>(&error))
        return kPermission;
    if (dynamic_cast<const NotFoundError*>(&error))
        return kNotFound;
    if (dynamic_cast<const UnsupportedMethodError*>(&error))
        return kUnsupported;
    if (dynamic_cast<const TimeoutError*>(&error))
        return kTimeout;
    if (dynamic_cast<const ConnectionError*>(&error))
        return kConnection;
    if (dynamic_cast<const ProtocolError*>(&error))
        return kProtocol;
    if (dynamic_cast<const ServerError*>(&error))
        return kServer;
    return error.code() == 400 ? kBadRequest : kFailed;
}

const char* exitCodeHelpText()
{
    return QT_TRANSLATE_NOOP(
        "CliText", "Exit status: 0 ok, 1 other failure, 2 bad request (400), 3 authentication (401),\n"
                   "4 permission (403), 5 not found (404), 6 unsupported method (405), 7 server error,\n"
                   "8 connection, 9 timeout, 10 unreadable reply, 64 usage, 65 invalid JSON argument.");
}
