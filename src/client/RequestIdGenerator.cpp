// SPDX-License-Identifier: MIT
#include "client/RequestIdGenerator.h"

#include <QRandomGenerator>
#include <atomic>

namespace dispatch {

const QString& RequestIdGenerator::processPrefix()
{
    // A function-local static is initialised once, thread-safely, on first use.
    static const QString prefix =
        QStringLiteral("r%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
    return prefix;
}

QString RequestIdGenerator::next()
{
    static std::atomic<quint64> counter{0};
    const quint64 number = counter.fetch_add(1, std::memory_order_relaxed) + 1;
    return processPrefix() + QLatin1Char('-') + QString::number(number);
}

} // namespace dispatch
