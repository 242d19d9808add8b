// SPDX-License-Identifier: MIT
#pragma once

#include "gui/json/JsonDiagnostic.h"

#include <QCoreApplication>
#include <QStringView>

namespace dispatch {

// Finds the first mistake in JSON text and says where it is. dwp::JsonReader stays the judge of what is sent
// (JsonEditor asks it too); this checker exists because the reader reports what went wrong but not where,
// and a person fixing a payload needs the line and column.
class JsonSyntaxChecker
{
    Q_DECLARE_TR_FUNCTIONS(JsonSyntaxChecker)

public:
    // Go's encoding/json (and dwp::JsonReader) stop at this depth.
    static constexpr int kMaxDepth = 10000;

    static JsonDiagnostic check(QStringView text);

    // Turns an offset into 1-based line and column, counting "\r\n", "\n" and "\r" as line breaks.
    static void locate(QStringView text, qsizetype offset, int& line, int& column);
};

} // namespace dispatch
