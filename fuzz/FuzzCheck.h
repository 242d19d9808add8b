// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QString>

#include <cstdio>
#include <cstdlib>

// A property every input must keep. A broken one is a finding: libFuzzer sees the abort, saves the input as a
// crash artifact and the run fails, so the message says what broke and shows the input.
inline void fuzzCheck(bool holds, const char* property, QByteArrayView input, const QString& detail = {})
{
    if (holds)
        return;
    std::fprintf(stderr, "fuzz property broken: %s\n  input (hex): %s\n", property,
                 QByteArray(input.data(), input.size()).toHex().constData());
    if (!detail.isEmpty())
        std::fprintf(stderr, "  detail: %s\n", qPrintable(detail));
    std::abort();
}
