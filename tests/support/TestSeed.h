// SPDX-License-Identifier: MIT
#pragma once

#include <QRandomGenerator>
#include <QtGlobal>
#include <cstdio>

namespace testsupport {

// A random generator for a test's random inputs, seeded from DM_TEST_SEED when set (to replay a failure) and
// from the system otherwise, so every run explores new inputs. The seed is printed before the first draw: a
// failing run's log says how to replay it.
inline QRandomGenerator seededRandom(const char* what)
{
    bool fromEnvironment = false;
    quint32 seed = quint32(qEnvironmentVariable("DM_TEST_SEED").toUInt(&fromEnvironment));
    if (!fromEnvironment)
        seed = QRandomGenerator::system()->generate();
    std::fprintf(stderr, "%s: random seed %u%s (replay with DM_TEST_SEED=%u)\n", what, seed,
                 fromEnvironment ? " from DM_TEST_SEED" : "", seed);
    return QRandomGenerator(seed);
}

} // namespace testsupport
