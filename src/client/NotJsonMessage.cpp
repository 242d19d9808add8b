// SPDX-License-Identifier: MIT
#include "client/NotJsonMessage.h"

namespace dispatch {

QString NotJsonMessage::describe(QByteArrayView bytes, bool text)
{
    if (bytes.isEmpty())
        return text ? tr("an empty text message, not a JSON frame")
                    : tr("an empty binary message, not a JSON frame");
    const QString size = QString::number(bytes.size());
    //: %1 is a byte count, %2 the message's first bytes
    return text ? tr("a text message of %1 bytes that is not a JSON frame, starting \"%2\"")
                      .arg(size, escapedStart(bytes))
                //: %1 is a byte count, %2 the message's first bytes
                : tr("a binary message of %1 bytes that is not a JSON frame, starting \"%2\"")
                      .arg(size, escapedStart(bytes));
}

QString NotJsonMessage::escapedStart(QByteArrayView bytes, qsizetype count)
{
    QString start;
    for (const char byte : bytes.first(std::min(bytes.size(), count))) {
        const auto value = uchar(byte);
        if (value >= 0x20 && value < 0x7f && value != '\\')
            start += QLatin1Char(char(value));
        else
            start += QStringLiteral("\\x%1").arg(value, 2, 16, QLatin1Char('0'));
    }
    return start;
}

} // namespace dispatch
