// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace dispatch {

// The verdict on a piece of JSON text: valid, or the first mistake with where it is. Line and column are
// 1-based and count characters (UTF-16 code units), as an editor's status bar does. The judge is
// dwp::JsonReader, the same reader that checks what is sent, so the editor never accepts what the protocol
// layer would refuse.
struct JsonDiagnostic
{
    Q_DECLARE_TR_FUNCTIONS(JsonDiagnostic)

public:
    bool valid = true;
    qsizetype offset = 0; // of the mistake, in UTF-16 code units
    int line = 1;
    int column = 1;
    QString message;      // what is wrong, e.g. "expected ',' or '}'"
    bool pending = false; // a long text not checked yet (JsonEditor waits for typing to pause)

    // Checks `text`; when it is valid and `compacted` is given, that receives the text without blanks.
    static JsonDiagnostic check(QStringView text, QByteArray* compacted = nullptr);

    // "line 3, column 12: expected ',' or '}'", or an empty string when valid.
    QString toText() const
    {
        if (valid)
            return {};
        if (pending)
            //: Under a JSON editor holding a long text, while typing and until it has been checked.
            return tr("Checking the JSON…");
        //: Under a JSON editor (payload, data) when the text is not valid JSON. %1 is the line number, %2 the
        //: column, %3 what is wrong (e.g. expected ',' or '}').
        return tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    }
};

} // namespace dispatch
