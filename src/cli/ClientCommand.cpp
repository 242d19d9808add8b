// SPDX-License-Identifier: MIT
#include "cli/ClientCommand.h"

#include "cli/AdminCommand.h"
#include "cli/CliText.h"
#include "cli/ExitCodes.h"
#include "client/DispatchClient.h"
#include "protocol/DispatchErrors.h"
#include "protocol/JsonReader.h"
#include "protocol/TimelineEntry.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>
#include <iostream>
#include <qcoro/qcorotask.h>

namespace {

using namespace dispatch;

struct CommandSpec
{
    const char* name;
    const char* arguments;
    const char* summary; // translated at print time (context CliText)
    int minArguments;
    int maxArguments;
};

constexpr CommandSpec kCommands[] = {
    {"enqueue", "NAME [JSON]",
     QT_TRANSLATE_NOOP("CliText", "enqueue a job (options --queue Q, --priority P)"), 1, 2},
    {"job", "ID", QT_TRANSLATE_NOOP("CliText", "show a job"), 1, 1},
    {"cancel", "ID",
     QT_TRANSLATE_NOOP("CliText", "relabel a job as cancelled (does not stop a running handler)"), 1, 1},
    {"start", "NAME [JSON]", QT_TRANSLATE_NOOP("CliText", "start a workflow and wait until it ends"), 1, 2},
    {"run", "ID", QT_TRANSLATE_NOOP("CliText", "show a workflow run"), 1, 1},
    {"timeline", "ID", QT_TRANSLATE_NOOP("CliText", "show a run's step checkpoints"), 1, 1},
    {"publish", "NAME [JSON]",
     QT_TRANSLATE_NOOP("CliText", "publish an event that waiting workflows resume on"), 1, 2},
    {"stats", "", QT_TRANSLATE_NOOP("CliText", "show the server's broker statistics"), 0, 0},
    {"subscribe", "CHANNEL",
     QT_TRANSLATE_NOOP("CliText", "print events as JSON lines (--count N to stop after N)"), 1, 1},
    {"watch", "RUN",
     QT_TRANSLATE_NOOP("CliText", "print a run's events as JSON lines (--count N to stop after N)"), 1, 1},
};

QString summaryOf(const CommandSpec& spec)
{
    return CliText::tr(spec.summary);
}

QString exitCodeHelp()
{
    return CliText::tr(exitCodeHelpText());
}

const CommandSpec* findCommand(const QString& name)
{
    for (const auto& spec : kCommands)
        if (name == QLatin1String(spec.name))
            return &spec;
    return nullptr;
}

void printLine(const QByteArray& json)
{
    std::cout << json.toStdString() << std::endl;
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

QCoro::Task<int> execute(DispatchClient& client, QString command, QStringList arguments, QString queue,
                         qint64 priority, qint64 count)
{
    const QString first = arguments.value(0);
    const QByteArray json = arguments.value(1).toUtf8();
    try {
        co_await client.connect();
        const EnqueueOptions enqueueOptions{queue, priority, {}};
        if (command == QLatin1String("enqueue"))
            printLine((co_await client.enqueue(first, json, enqueueOptions)).toJson());
        else if (command == QLatin1String("job"))
            printLine((co_await client.getJob(first)).toJson());
        else if (command == QLatin1String("cancel"))
            printLine((co_await client.cancelJob(first)).toJson());
        else if (command == QLatin1String("start"))
            printLine((co_await client.startWorkflow(first, json)).toJson());
        else if (command == QLatin1String("run"))
            printLine((co_await client.getWorkflow(first)).toJson());
        else if (command == QLatin1String("timeline"))
            printLine(dwp::TimelineEntry::listToJson(co_await client.workflowTimeline(first)));
        else if (command == QLatin1String("publish"))
            printLine((co_await client.publishEvent(first, json)).toJson());
        else if (command == QLatin1String("stats"))
            printLine((co_await client.stats()).toJson());
        else if (command == QLatin1String("subscribe"))
            co_await printEvents(co_await client.subscribe(first), count);
        else if (command == QLatin1String("watch"))
            co_await printEvents(co_await client.watch(first), count);
    } catch (const DispatchError& error) {
        std::cerr << "dispatchctl: " << error.message().toStdString() << std::endl;
        client.close();
        co_return exitCodeFor(error);
    }
    client.close();
    co_return kOk;
}

QString usageText(const QCommandLineParser& parser)
{
    QString text = parser.helpText();
    text += u'\n' + CliText::tr("Commands:") + u'\n';
    for (const auto& spec : kCommands)
        text += QStringLiteral("  %1 %2\n      %3\n")
                    .arg(QLatin1String(spec.name), QLatin1String(spec.arguments), summaryOf(spec));
    text += adminCommandsHelp();
    text += QStringLiteral("  frame decode|encode --format json|msgpack\n      %1\n")
                .arg(CliText::tr("check DWP frames from standard input"));
    text += u'\n' + CliText::tr("DISPATCH_URL and DISPATCH_TOKEN are the defaults for --url and --token.") +
            u'\n' + exitCodeHelp() + u'\n';
    return text;
}

} // namespace

int runClientCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Talk to a Dispatch server over DWP."));
    parser.addHelpOption();
    const QCommandLineOption url(
        QStringLiteral("url"), CliText::tr("Server URL (ws:// or wss://, path /dwp)."), QStringLiteral("URL"),
        qEnvironmentVariable("DISPATCH_URL", QStringLiteral("ws://127.0.0.1:8080/dwp")));
    const QCommandLineOption token(QStringLiteral("token"), CliText::tr("API token (never printed)."),
                                   QStringLiteral("TOKEN"), qEnvironmentVariable("DISPATCH_TOKEN"));
    const QCommandLineOption format(QStringLiteral("format"), CliText::tr("json or msgpack."),
                                    QStringLiteral("FORMAT"), QStringLiteral("json"));
    const QCommandLineOption timeout(QStringLiteral("timeout"), CliText::tr("Request deadline in seconds."),
                                     QStringLiteral("S"), QStringLiteral("30"));
    const QCommandLineOption queue(QStringLiteral("queue"), CliText::tr("enqueue: the queue."),
                                   QStringLiteral("Q"));
    const QCommandLineOption priority(QStringLiteral("priority"), CliText::tr("enqueue: the priority."),
                                      QStringLiteral("P"), QStringLiteral("0"));
    const QCommandLineOption count(QStringLiteral("count"),
                                   CliText::tr("subscribe/watch: stop after N events."), QStringLiteral("N"),
                                   QStringLiteral("0"));
    const QCommandLineOption verbose(QStringList{QStringLiteral("v"), QStringLiteral("verbose")},
                                     CliText::tr("Log connection details to standard error."));
    const QCommandLineOption trust(QStringLiteral("trust-sha256"),
                                   CliText::tr("Accept the server's TLS certificate although it fails "
                                               "verification, if its SHA-256 fingerprint is HEX "
                                               "(ab:cd:… or abcd…; repeatable)."),
                                   QStringLiteral("HEX"));
    const QCommandLineOption maxMessage(
        QStringLiteral("max-message-bytes"), CliText::tr("Refuse server messages larger than N bytes."),
        QStringLiteral("N"), QString::number(ClientOptions().maxIncomingMessageBytes));
    parser.addOptions({url, token, format, timeout, queue, priority, count, trust, maxMessage, verbose});
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("See the list below."));
    if (!parser.parse(arguments)) {
        std::cerr << "dispatchctl: " << parser.errorText().toStdString() << "\n";
        return kUsage;
    }
    // Results go to stdout and errors to stderr; the library's connection log only when asked for.
    if (!parser.isSet(verbose)) {
        QLoggingCategory::setFilterRules(QStringLiteral("dispatch.*.debug=false\ndispatch.*.info=false\n"
                                                        "qt.websockets.*=false"));
        // Qt and QCoro also print uncategorised warnings ("QWebSocket failed to connect…") that repeat what
        // our own error line says better.
        qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
            if (type == QtWarningMsg && qstrcmp(context.category, "default") == 0)
                return;
            std::cerr << qPrintable(qFormatLogMessage(type, context, message)) << std::endl;
        });
    }
    QStringList positional = parser.positionalArguments();
    const CommandSpec* spec = positional.isEmpty() ? nullptr : findCommand(positional.first());
    if (parser.isSet(QStringLiteral("help"))) {
        if (spec) {
            // Qt's own heading, in the user's language when Qt's catalogue is installed.
            // (Not a string literal, so that lupdate leaves Qt's heading to Qt's catalogue.)
            static const char* const qtContext = "QCommandLineParser";
            const QString options = QCoreApplication::translate(qtContext, "Options:");
            std::cout << CliText::tr("usage:").toStdString() << " dispatchctl [options] " << spec->name << " "
                      << spec->arguments << "\n  " << summaryOf(*spec).toStdString() << "\n\n"
                      << parser.helpText().section(options, 1).prepend(options).toStdString() << "\n"
                      << exitCodeHelp().toStdString() << "\n";
        } else
            std::cout << usageText(parser).toStdString();
        return kOk;
    }
    if (!spec) {
        std::cerr << usageText(parser).toStdString();
        return kUsage;
    }
    positional.removeFirst();
    if (positional.size() < spec->minArguments || positional.size() > spec->maxArguments) {
        std::cerr << CliText::tr("usage:").toStdString() << " dispatchctl " << spec->name << " "
                  << spec->arguments << "\n";
        return kUsage;
    }
    if (positional.size() == 2) {
        QByteArray compact;
        QString error;
        if (!dwp::JsonReader::validateAndCompact(positional[1].toUtf8().toStdString(), compact, error)) {
            std::cerr << "dispatchctl: "
                      << CliText::tr("the JSON argument is not valid JSON: %1").arg(error).toStdString()
                      << "\n";
            return kBadJson;
        }
        positional[1] = QString::fromUtf8(compact);
    }
    bool numbersOk = true;
    bool ok = false;
    const double seconds = parser.value(timeout).toDouble(&ok);
    numbersOk &= ok && seconds > 0;
    const qint64 priorityValue = parser.value(priority).toLongLong(&ok);
    numbersOk &= ok;
    const qint64 countValue = parser.value(count).toLongLong(&ok);
    numbersOk &= ok && countValue >= 0;
    const quint64 maxMessageBytes = parser.value(maxMessage).toULongLong(&ok);
    if (!ok || maxMessageBytes < 1024) {
        std::cerr << "dispatchctl: "
                  << CliText::tr("--max-message-bytes wants a number of bytes, at least 1024").toStdString()
                  << "\n";
        return kUsage;
    }
    QList<QByteArray> trustedCertificates;
    for (const QString& hex : parser.values(trust)) {
        const QByteArray digest = QByteArray::fromHex(hex.toLatin1().replace(':', QByteArray()));
        if (digest.size() != 32) {
            std::cerr << "dispatchctl: "
                      << CliText::tr("--trust-sha256 wants the 64 hex digits of a SHA-256 fingerprint")
                             .toStdString()
                      << "\n";
            return kUsage;
        }
        trustedCertificates.append(digest);
    }
    const auto wireFormat = dwp::wireFormatFromName(parser.value(format));
    const QUrl serverUrl(parser.value(url));
    if (!numbersOk || !wireFormat || !serverUrl.isValid()) {
        std::cerr << "dispatchctl: "
                  << CliText::tr("--timeout, --priority, --count, --format or --url has an invalid value")
                         .toStdString()
                  << "\n";
        return kUsage;
    }

    ClientOptions options;
    options.url = serverUrl;
    options.token = parser.value(token);
    options.format = *wireFormat;
    options.reconnect = false;
    options.requestDeadline = std::chrono::milliseconds(qint64(seconds * 1000));
    options.authTimeout = options.requestDeadline;
    options.maxIncomingMessageBytes = maxMessageBytes;
    options.trustedCertificateSha256 = trustedCertificates;
    DispatchClient client(options);
    QObject::connect(&client, &DispatchClient::warning, [](const QString& message) {
        std::cerr << "dispatchctl: " << message.toStdString() << "\n";
    });
    int exitCode = kFailed;
    QCoro::connect(execute(client, QString::fromLatin1(spec->name), positional, parser.value(queue),
                           priorityValue, countValue),
                   &client, [&exitCode](int code) {
                       exitCode = code;
                       QCoreApplication::exit(code);
                   });
    QCoreApplication::exec();
    return exitCode;
}
