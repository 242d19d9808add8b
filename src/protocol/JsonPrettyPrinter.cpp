// SPDX-License-Identifier: MIT
#include "protocol/JsonPrettyPrinter.h"

#include "protocol/JsonReader.h"

#include <QByteArray>

#include <algorithm>

namespace dwp {

QString JsonPrettyPrinter::print(std::string_view validJson, int indentWidth, int maxIndentedDepth)
{
    const QByteArray compact = JsonReader::compact(validJson);
    QByteArray out;
    out.reserve(compact.size() * 2);
    int depth = 0;
    // Containers nested deeper than kMaxIndentedDepth stay on their parent's line, compact: indenting every
    // line by its depth made the output quadratic (20 kB nested 9 990 deep became 831 MB; issue 16 item 5).
    const int deepest = std::min(maxIndentedDepth, kMaxIndentedDepth);
    const auto breaks = [&depth, deepest] { return depth <= deepest; };
    const auto newline = [&] {
        out.append('\n');
        out.append(QByteArray(qsizetype(depth) * indentWidth, ' '));
    };
    bool inString = false;
    for (qsizetype i = 0; i < compact.size(); ++i) {
        const char c = compact[i];
        if (inString) {
            out.append(c);
            if (c == '\\' && i + 1 < compact.size())
                out.append(compact[++i]);
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            out.append(c);
            break;
        case '{':
        case '[': {
            out.append(c);
            const char closer = c == '{' ? '}' : ']';
            if (i + 1 < compact.size() && compact[i + 1] == closer) {
                out.append(closer); // an empty container stays on one line: {} or []
                ++i;
            } else {
                ++depth;
                if (breaks())
                    newline();
            }
            break;
        }
        case '}':
        case ']': {
            const bool broken = breaks();
            --depth;
            if (broken)
                newline();
            out.append(c);
            break;
        }
        case ',':
            out.append(c);
            if (breaks())
                newline();
            break;
        case ':':
            out.append(breaks() ? ": " : ":");
            break;
        default:
            out.append(c);
        }
    }
    return QString::fromUtf8(out);
}

} // namespace dwp
