// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace dispatch {

// What to say about a message that arrived on a JSON session and is not a JSON frame: its kind, its size and
// its first bytes, escaped (issue 16 item 12: it used to be reported as an "invalid msgpack frame").
class NotJsonMessage
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::NotJsonMessage)

public:
    static QString describe(QByteArrayView bytes, bool text);
    // The first `count` bytes: printable ASCII as is, everything else as \xNN — enough to tell HTML, msgpack
    // or plain text apart, and nothing a terminal would act on.
    static QString escapedStart(QByteArrayView bytes, qsizetype count = 16);
};

} // namespace dispatch
