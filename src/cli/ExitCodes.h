// SPDX-License-Identifier: MIT
#pragma once

namespace dispatch {
class DispatchError;
}

// dispatchctl's exit statuses, one per error type, so scripts can tell a bad token from a missing job. DWP
// and REST commands share them: an error means the same whichever way it came.
enum ExitCode
{
    kOk = 0,
    kFailed = 1,
    kBadRequest = 2,
    kAuth = 3,
    kPermission = 4,
    kNotFound = 5,
    kUnsupported = 6,
    kServer = 7,
    kConnection = 8,
    kTimeout = 9,
    kProtocol = 10,
    kUsage = 64,
    kBadJson = 65,
};

int exitCodeFor(const dispatch::DispatchError& error);
// The exit-status table for --help, translated.
const char* exitCodeHelpText();
