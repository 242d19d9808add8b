// SPDX-License-Identifier: MIT
// detached(): a task nobody awaits still reports an exception that escapes it, naming the work and the
// object it was done for, whether it throws before its first suspension or after being resumed.
// Qt's headers before <coroutine> (CoroutineWakeup.h): moc cannot parse GCC's <concepts> unless Qt's
// headers came first.
#include <QObject>
#include <QTest>

#include "coro/CoroutineWakeup.h"
#include "coro/Detached.h"

#include <stdexcept>

using namespace dispatch;

namespace {

// Warnings of the dispatch.coro category, collected while a test runs.
QStringList g_warnings;
QtMessageHandler g_previousHandler = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg && context.category && QByteArray(context.category) == "dispatch.coro")
        g_warnings << message;
    else if (g_previousHandler)
        g_previousHandler(type, context, message);
}

QCoro::Task<> throwAtOnce(QString message)
{
    throw std::runtime_error(message.toStdString());
    co_return;
}

QCoro::Task<> throwWhenWoken(CoroutineWakeup* wakeup, bool* started, QString message)
{
    *started = true;
    co_await wakeup->wait();
    throw std::runtime_error(message.toStdString());
}

QCoro::Task<> finishWhenWoken(CoroutineWakeup* wakeup, bool* finished)
{
    co_await wakeup->wait();
    *finished = true;
}

QCoro::Task<> throwForeign()
{
    throw 42;
    co_return;
}

} // namespace

class TestDetached : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_warnings.clear();
        g_previousHandler = qInstallMessageHandler(collectWarnings);
    }
    void cleanup() { qInstallMessageHandler(g_previousHandler); }

    void exceptionBeforeFirstSuspensionIsLogged()
    {
        QObject context;
        context.setObjectName(QStringLiteral("jobsPage"));
        detached(throwAtOnce(QStringLiteral("no such job")), &context, "opening a job");
        QCOMPARE(g_warnings.size(), 1);
        const QString warning = g_warnings.first();
        QVERIFY2(warning.contains(QStringLiteral("opening a job")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("QObject \"jobsPage\"")), qPrintable(warning));
        QVERIFY2(warning.contains(QStringLiteral("no such job")), qPrintable(warning));
    }

    void exceptionAfterResumingIsLoggedWhenItHappens()
    {
        QObject context;
        CoroutineWakeup wakeup;
        bool started = false;
        detached(throwWhenWoken(&wakeup, &started, QStringLiteral("connection lost")), &context,
                 "watching a run");
        QVERIFY(started);
        QVERIFY(wakeup.hasWaiter());
        QVERIFY2(g_warnings.isEmpty(), qPrintable(g_warnings.join(u'\n'))); // suspended, nothing thrown yet
        wakeup.wake();
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY2(g_warnings.first().contains(QStringLiteral("watching a run")),
                 qPrintable(g_warnings.first()));
        QVERIFY2(g_warnings.first().contains(QStringLiteral("connection lost")),
                 qPrintable(g_warnings.first()));
    }

    // Absence with a positive control in the same window: of two tasks woken together, only the one that
    // throws is reported.
    void taskThatFinishesLogsNothing()
    {
        QObject context;
        CoroutineWakeup quiet;
        CoroutineWakeup failing;
        bool finished = false;
        bool started = false;
        detached(finishWhenWoken(&quiet, &finished), &context, "quiet work");
        detached(throwWhenWoken(&failing, &started, QStringLiteral("boom")), &context, "failing work");
        quiet.wake();
        failing.wake();
        QVERIFY(finished);
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY2(g_warnings.first().contains(QStringLiteral("failing work")), qPrintable(g_warnings.first()));
    }

    void foreignExceptionIsLoggedToo()
    {
        detached(throwForeign(), nullptr, "foreign work");
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY2(g_warnings.first().contains(QStringLiteral("foreign work")), qPrintable(g_warnings.first()));
        QVERIFY2(g_warnings.first().contains(QStringLiteral("not a std::exception")),
                 qPrintable(g_warnings.first()));
    }

    // The context only names the work: it may be gone when the task ends, and the warning still says whose
    // work it was.
    void contextDestroyedBeforeTheTaskEnds()
    {
        CoroutineWakeup wakeup;
        bool started = false;
        {
            QObject context;
            context.setObjectName(QStringLiteral("runDetail"));
            detached(throwWhenWoken(&wakeup, &started, QStringLiteral("late failure")), &context,
                     "late work");
        }
        wakeup.wake();
        QCOMPARE(g_warnings.size(), 1);
        QVERIFY2(g_warnings.first().contains(QStringLiteral("\"runDetail\"")),
                 qPrintable(g_warnings.first()));
    }
};

QTEST_GUILESS_MAIN(TestDetached)
#include "tst_detached.moc"
