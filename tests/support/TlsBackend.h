// SPDX-License-Identifier: MIT
#pragma once

#include <QSslSocket>
#include <QTest>

namespace testsupport {

// CI=true in the environment (.ci/run sets it, as most CI systems do): a missing prerequisite fails there
// instead of skipping, so the suite cannot go green having checked nothing.
inline bool runsOnCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

} // namespace testsupport

// Skips the test function when this Qt has no TLS backend, and fails it on CI, where one is required.
#define DM_REQUIRE_TLS_BACKEND()                                                                             \
    do {                                                                                                     \
        if (!QSslSocket::supportsSsl()) {                                                                    \
            if (testsupport::runsOnCi())                                                                     \
                QFAIL("this Qt has no TLS backend, which CI requires (install the OpenSSL TLS plugin)");     \
            QSKIP("this Qt has no TLS backend");                                                             \
        }                                                                                                    \
    } while (false)
