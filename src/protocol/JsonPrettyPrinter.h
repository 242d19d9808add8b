// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <string_view>

namespace dwp {

// Indents JSON for people to read. It works on the text, not on a parsed document, so key order, number
// text (integers beyond 2^53 included) and string escapes stay exactly as the server sent them —
// QJsonDocument would sort keys and round large integers.
class JsonPrettyPrinter
{
public:
    // Deeper containers are written compact on one line, so that no line is indented by more than
    // kMaxIndentedDepth levels and the output stays within a small multiple of the input, however deep it
    // nests.
    static constexpr int kMaxIndentedDepth = 16;

    // `validJson` must already be valid (JsonReader::validateAndCompact checks it).
    // Containers deeper than `maxIndentedDepth` (at most kMaxIndentedDepth) stay compact on one line: 1 puts
    // each element of the top-level array or object on a line of its own and no more.
    static QString print(std::string_view validJson, int indentWidth = 2,
                         int maxIndentedDepth = kMaxIndentedDepth);
};

} // namespace dwp
