// SPDX-License-Identifier: MIT
#include "coro/Detached.h"

#include <QLoggingCategory>
#include <QObject>
#include <exception>

namespace dispatch {
namespace {

Q_LOGGING_CATEGORY(lcDetached, "dispatch.coro")

QString describeContext(const QObject* context)
{
    if (!context)
        return QStringLiteral("no context");
    const QString name = context->objectName();
    const QString className = QString::fromLatin1(context->metaObject()->className());
    return name.isEmpty() ? className : QStringLiteral("%1 \"%2\"").arg(className, name);
}

// Parameters by value: the frame outlives the caller's arguments (style.md, coroutines).
QCoro::Task<> awaitAndLog(QCoro::Task<> task, QString context, QByteArray what)
{
    try {
        co_await std::move(task);
    } catch (const std::exception& error) {
        qCWarning(lcDetached, "%s failed (%s): %s", what.constData(), qPrintable(context), error.what());
    } catch (...) {
        qCWarning(lcDetached, "%s failed (%s): an exception that is not a std::exception", what.constData(),
                  qPrintable(context));
    }
}

} // namespace

void detached(QCoro::Task<> task, const QObject* context, const char* what)
{
    // The returned task is dropped at once; QCoro keeps the frame alive until it finishes (the last of the
    // task and the frame destroys it).
    awaitAndLog(std::move(task), describeContext(context), QByteArray(what));
}

} // namespace dispatch
