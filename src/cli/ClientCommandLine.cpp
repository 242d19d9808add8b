// SPDX-License-Identifier: MIT
#include "cli/ClientCommandLine.h"

#include "cli/AdminCommand.h"
#include "cli/CliText.h"
#include "cli/ExitCodes.h"
#include "protocol/JsonReader.h"

#include "protocol/ServerText.h"

#include <QCommandLineParser>
#include <QLoggingCategory>
#include <cmath>
#include <iostream>

namespace {

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

void printError(const QString& message)
{
    std::cerr << "dispatchctl: " << message.toStdString() << "\n";
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

void printCommandHelp(const QCommandLineParser& parser, const CommandSpec& spec)
{
    // Qt's own heading, in the user's language when Qt's catalogue is installed.
    // (Not a string literal, so that lupdate leaves Qt's heading to Qt's catalogue.)
    static const char* const qtContext = "QCommandLineParser";
    const QString options = QCoreApplication::translate(qtContext, "Options:");
    std::cout << CliText::tr("usage:").toStdString() << " dispatchctl [options] " << spec.name << " "
              << spec.arguments << "\n  " << summaryOf(spec).toStdString() << "\n\n"
              << parser.helpText().section(options, 1).prepend(options).toStdString() << "\n"
              << exitCodeHelp().toStdString() << "\n";
}

void quietenLibraries()
{
    // Results go to stdout and errors to stderr; the library's connection log only when asked for.
    QLoggingCategory::setFilterRules(QStringLiteral("dispatch.*.debug=false\ndispatch.*.info=false\n"
                                                    "qt.websockets.*=false"));
    // Qt and QCoro also print uncategorised warnings ("QWebSocket failed to connect…") that repeat what our
    // own error line says better.
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext& context, const QString& message) {
        if (type == QtWarningMsg && qstrcmp(context.category, "default") == 0)
            return;
        // -v logs may quote what the server sent (a skipped frame's reason, a close reason).
        std::cerr << qPrintable(dwp::ServerText::printable(qFormatLogMessage(type, context, message)))
                  << std::endl;
    });
}

// The options every client command shares, declared once.
struct Options
{
    QCommandLineOption url{QStringLiteral("url"), CliText::tr("Server URL (ws:// or wss://, path /dwp)."),
                           QStringLiteral("URL"),
                           qEnvironmentVariable("DISPATCH_URL", QStringLiteral("ws://127.0.0.1:8080/dwp"))};
    QCommandLineOption token{QStringLiteral("token"), CliText::tr("API token (never printed)."),
                             QStringLiteral("TOKEN"), qEnvironmentVariable("DISPATCH_TOKEN")};
    QCommandLineOption format{QStringLiteral("format"), CliText::tr("json or msgpack."),
                              QStringLiteral("FORMAT"), QStringLiteral("json")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               CliText::tr("Seconds the whole command may take, connecting included (for "
                                           "subscribe and watch: until subscribed)."),
                               QStringLiteral("S"), QStringLiteral("30")};
    QCommandLineOption heartbeat{
        QStringLiteral("heartbeat"),
        CliText::tr("Seconds between pings that check the server is alive (0: none)."), QStringLiteral("S"),
        QStringLiteral("15")};
    QCommandLineOption reconnect{
        QStringLiteral("reconnect"),
        CliText::tr("subscribe/watch: reconnect and resume when the connection is lost, "
                    "instead of exiting.")};
    QCommandLineOption queue{QStringLiteral("queue"), CliText::tr("enqueue: the queue."),
                             QStringLiteral("Q")};
    QCommandLineOption priority{QStringLiteral("priority"), CliText::tr("enqueue: the priority."),
                                QStringLiteral("P"), QStringLiteral("0")};
    QCommandLineOption count{QStringLiteral("count"), CliText::tr("subscribe/watch: stop after N events."),
                             QStringLiteral("N"), QStringLiteral("0")};
    QCommandLineOption verbose{QStringList{QStringLiteral("v"), QStringLiteral("verbose")},
                               CliText::tr("Log connection details to standard error.")};
    QCommandLineOption trust{
        QStringLiteral("trust-sha256"),
        CliText::tr("Accept the server's TLS certificate although it fails verification, if "
                    "its SHA-256 fingerprint is HEX (ab:cd:… or abcd…; repeatable)."),
        QStringLiteral("HEX")};
    QCommandLineOption maxMessage{
        QStringLiteral("max-message-bytes"), CliText::tr("Refuse server messages larger than N bytes."),
        QStringLiteral("N"), QString::number(dispatch::ClientOptions().connection.maxIncomingMessageBytes)};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({url, token, format, timeout, heartbeat, reconnect, queue, priority, count, trust,
                           maxMessage, verbose});
    }
};

// The JSON argument, validated and compacted in place; false (with the message printed) if it is not JSON.
bool compactJsonArgument(QStringList& positional)
{
    if (positional.size() < 2)
        return true;
    QByteArray compact;
    QString error;
    if (!dwp::JsonReader::validateAndCompact(positional[1].toUtf8().toStdString(), compact, error)) {
        //: dispatchctl error on standard error, after "dispatchctl: ". %1 is the JSON parser's message
        //: (English) with the offset of the error.
        printError(CliText::tr("the JSON argument is not valid JSON: %1").arg(error));
        return false;
    }
    positional[1] = QString::fromUtf8(compact);
    return true;
}

// The option values, checked; the exit status if one is wrong (its message printed).
std::variant<ClientInvocation, int> readValues(const QCommandLineParser& parser, const Options& options)
{
    ClientInvocation invocation;
    bool ok = false;
    const quint64 maxMessageBytes = parser.value(options.maxMessage).toULongLong(&ok);
    if (!ok || maxMessageBytes < 1024) {
        printError(CliText::tr("--max-message-bytes wants a number of bytes, at least 1024"));
        return kUsage;
    }
    const auto timeout = ClientCommandLine::parseSeconds(parser.value(options.timeout), false);
    const auto heartbeat = ClientCommandLine::parseSeconds(parser.value(options.heartbeat), true);
    if (!timeout || !heartbeat) {
        //: %1 is the largest number of seconds accepted
        printError(
            CliText::tr("--timeout and --heartbeat want a number of seconds, more than 0 (--heartbeat: 0 "
                        "or more) and at most %1")
                .arg(ClientCommandLine::kMaxSeconds));
        return kUsage;
    }
    const auto trusted = ClientCommandLine::trustedCertificates(parser.values(options.trust));
    if (!trusted) {
        printError(CliText::tr("--trust-sha256 wants the 64 hex digits of a SHA-256 fingerprint"));
        return kUsage;
    }
    bool numbersOk = true;
    invocation.priority = parser.value(options.priority).toLongLong(&ok);
    numbersOk &= ok;
    invocation.count = parser.value(options.count).toLongLong(&ok);
    numbersOk &= ok && invocation.count >= 0;
    const auto wireFormat = dwp::wireFormatFromName(parser.value(options.format));
    const QUrl serverUrl(parser.value(options.url));
    if (!numbersOk || !wireFormat || !serverUrl.isValid()) {
        printError(CliText::tr("--priority, --count, --format or --url has an invalid value"));
        return kUsage;
    }
    invocation.queue = parser.value(options.queue);
    invocation.timeout = *timeout;
    dispatch::ClientOptions& client = invocation.options;
    client.reconnect = parser.isSet(options.reconnect);
    client.requestDeadline = *timeout;
    dispatch::ConnectionSettings& connection = client.connection;
    connection.url = serverUrl;
    connection.token = parser.value(options.token);
    connection.format = *wireFormat;
    connection.authTimeout = *timeout;
    connection.heartbeatInterval = *heartbeat;
    connection.maxIncomingMessageBytes = maxMessageBytes;
    connection.trustedCertificateSha256 = *trusted;
    return invocation;
}

} // namespace

std::optional<std::chrono::milliseconds> ClientCommandLine::parseSeconds(const QString& text,
                                                                         bool zeroAllowed)
{
    bool ok = false;
    const double seconds = text.toDouble(&ok);
    // Checked before any conversion: a double beyond int64 (1e300, inf) has no milliseconds, and NaN passes
    // no comparison.
    if (!ok || !std::isfinite(seconds) || seconds < 0 || (seconds == 0 && !zeroAllowed) ||
        seconds > kMaxSeconds)
        return std::nullopt;
    return std::chrono::milliseconds(std::llround(seconds * 1000));
}

std::optional<QList<QByteArray>> ClientCommandLine::trustedCertificates(const QStringList& values)
{
    QList<QByteArray> digests;
    for (const QString& hex : values) {
        const QByteArray digest = QByteArray::fromHex(hex.toLatin1().replace(':', QByteArray()));
        if (digest.size() != 32)
            return std::nullopt;
        digests.append(digest);
    }
    return digests;
}

std::variant<ClientInvocation, int> ClientCommandLine::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Talk to a Dispatch server over DWP."));
    parser.addHelpOption();
    const Options options;
    options.addTo(parser);
    parser.addPositionalArgument(QStringLiteral("command"), CliText::tr("See the list below."));
    if (!parser.parse(arguments)) {
        printError(parser.errorText());
        return kUsage;
    }
    if (!parser.isSet(options.verbose))
        quietenLibraries();
    QStringList positional = parser.positionalArguments();
    const CommandSpec* spec = positional.isEmpty() ? nullptr : findCommand(positional.first());
    if (parser.isSet(QStringLiteral("help"))) {
        if (spec)
            printCommandHelp(parser, *spec);
        else
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
    if (!compactJsonArgument(positional))
        return kBadJson;
    auto values = readValues(parser, options);
    if (auto* invocation = std::get_if<ClientInvocation>(&values)) {
        invocation->command = QString::fromLatin1(spec->name);
        invocation->arguments = positional;
    }
    return values;
}
