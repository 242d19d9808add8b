// SPDX-License-Identifier: MIT
#include "cli/ClientCommand.h"

#include "cli/CliText.h"
#include "cli/ClientCommandLine.h"
#include "cli/ExitCodes.h"
#include "client/DispatchClient.h"
#include "protocol/DispatchErrors.h"
#include "protocol/ServerText.h"
#include "protocol/TimelineEntry.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QTimer>
#include <iostream>
#include <qcoro/qcorotask.h>

namespace {

using namespace dispatch;

void printLine(const QByteArray& json)
{
    std::cout << json.toStdString() << std::endl;
}

// Error messages carry server text (an error frame's message, a close reason): made printable, so a server
// can neither recolour, overwrite nor spoof the operator's terminal or CI log, nor print 8 MiB into it, nor
// echo the token back (issue 16 items 10, 11).
void printError(const QString& message)
{
    std::cerr << "dispatchctl: " << dwp::ServerText::printable(message).toStdString() << std::endl;
}

QCoro::Task<void> printEvents(std::unique_ptr<Subscription> subscription, qint64 count)
{
    qint64 printed = 0;
    auto events = subscription->events();
    for (auto it = co_await events.begin(); it != events.end(); co_await ++it) {
        printLine((*it).toJson());
        if (count > 0 && ++printed >= count)
            co_return;
    }
}

// One command's run: the client, what was asked, and the one deadline for all of it (issue 16 item 3: each of
// connect, auth and the call used to get the whole --timeout of its own).
struct CommandRun
{
    DispatchClient* client;
    ClientInvocation invocation;
    QDeadlineTimer deadline;
    QTimer watchdog;
    bool deadlinePassed = false;

    CallOptions remaining() const
    {
        return CallOptions{std::chrono::milliseconds(std::max<qint64>(1, deadline.remainingTime()))};
    }
};

QCoro::Task<void> runCommand(CommandRun* run)
{
    DispatchClient& client = *run->client;
    const QString command = run->invocation.command;
    const QString first = run->invocation.arguments.value(0);
    const QByteArray json = run->invocation.arguments.value(1).toUtf8();
    const CallOptions within = run->remaining();
    if (command == QLatin1String("enqueue")) {
        const EnqueueOptions enqueueOptions{run->invocation.queue, run->invocation.priority, within.deadline};
        printLine((co_await client.enqueue(first, json, enqueueOptions)).toJson());
    } else if (command == QLatin1String("job")) {
        printLine((co_await client.getJob(first, within)).toJson());
    } else if (command == QLatin1String("cancel")) {
        printLine((co_await client.cancelJob(first, within)).toJson());
    } else if (command == QLatin1String("start")) {
        // Without a deadline of its own it would get the client's long-call deadline, an hour (issue 16 item
        // 2).
        printLine((co_await client.startWorkflow(first, json, {}, within)).toJson());
    } else if (command == QLatin1String("run")) {
        printLine((co_await client.getWorkflow(first, within)).toJson());
    } else if (command == QLatin1String("timeline")) {
        printLine(dwp::TimelineEntry::listToJson(co_await client.workflowTimeline(first, within)));
    } else if (command == QLatin1String("publish")) {
        printLine((co_await client.publishEvent(first, json, within)).toJson());
    } else if (command == QLatin1String("stats")) {
        printLine((co_await client.stats(within)).toJson());
    } else {
        // Two statements, not one conditional: GCC 12 miscompiles co_await inside ?: (dispatchctl crashed).
        std::unique_ptr<Subscription> subscription;
        if (command == QLatin1String("watch"))
            subscription = co_await client.watch(first);
        else
            subscription = co_await client.subscribe(first);
        run->watchdog.stop(); // subscribed: the stream itself runs until --count or the connection ends
        co_await printEvents(std::move(subscription), run->invocation.count);
    }
}

QCoro::Task<int> execute(CommandRun* run)
{
    try {
        co_await run->client->connect();
        co_await runCommand(run);
    } catch (const DispatchError& error) {
        run->client->close();
        if (run->deadlinePassed) {
            //: %1 is the --timeout value in seconds
            printError(CliText::tr("no result within %1 s (--timeout)")
                           .arg(double(run->invocation.timeout.count()) / 1000));
            co_return kTimeout;
        }
        printError(error.message());
        co_return exitCodeFor(error);
    }
    run->client->close();
    co_return kOk;
}

// With --reconnect, a lost connection is said, and so is the resumption.
void reportReconnects(DispatchClient& client)
{
    QObject::connect(&client, &DispatchClient::connectionLost, &client, [](const QString& reason) {
        //: dispatchctl message on standard error. %1 is why the connection was lost.
        printError(CliText::tr("connection lost (%1); reconnecting").arg(reason));
    });
    QObject::connect(&client, &DispatchClient::sessionStarted, &client, [started = false]() mutable {
        if (std::exchange(started, true))
            printError(CliText::tr("reconnected; events resume (those sent meanwhile are not replayed)"));
    });
}

} // namespace

int runClientCommand(const QStringList& arguments)
{
    auto parsed = ClientCommandLine::parse(arguments);
    if (const int* exitCode = std::get_if<int>(&parsed))
        return *exitCode;
    CommandRun run;
    run.invocation = std::get<ClientInvocation>(std::move(parsed));
    DispatchClient client(run.invocation.options);
    run.client = &client;
    QObject::connect(&client, &DispatchClient::warning, &client,
                     [](const QString& message) { printError(message); });
    if (run.invocation.options.reconnect)
        reportReconnects(client);
    // When the deadline passes, closing the client fails whatever waits, with ConnectionError, and then
    // execute() says that it was the deadline.
    run.deadline = QDeadlineTimer(run.invocation.timeout);
    run.watchdog.setSingleShot(true);
    QObject::connect(&run.watchdog, &QTimer::timeout, &client, [&run] {
        run.deadlinePassed = true;
        run.client->close();
    });
    run.watchdog.start(run.invocation.timeout);
    int exitCode = kFailed;
    QCoro::connect(execute(&run), &client, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QCoreApplication::exec();
    return exitCode;
}
