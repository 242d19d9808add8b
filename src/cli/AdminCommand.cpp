// SPDX-License-Identifier: MIT
#include "cli/AdminCommand.h"

#include "cli/CliText.h"
#include "cli/ClientCommandLine.h"
#include "cli/ExitCodes.h"
#include "client/AdminApiClient.h"
#include "protocol/DispatchErrors.h"
#include "protocol/JsonWriter.h"
#include "protocol/ServerText.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <iostream>
#include <optional>
#include <qcoro/qcorotask.h>

namespace {

using namespace dispatch;

struct AdminSpec
{
    const char* name;
    const char* subcommand; // "" when the command has none
    const char* arguments;
    const char* summary; // translated at print time (context CliText)
    int minIds;
    int maxIds; // -1: any number
};

constexpr AdminSpec kAdminCommands[] = {
    {"counts", "", "",
     QT_TRANSLATE_NOOP("CliText", "the server's totals: jobs per state, dead letters, workflow runs"), 0, 0},
    {"retry", "", "ID...", QT_TRANSLATE_NOOP("CliText", "run failed jobs again"), 1, -1},
    {"dlq", "count", "", QT_TRANSLATE_NOOP("CliText", "count dead letters (replayed ones included)"), 0, 0},
    {"dlq", "get", "ID", QT_TRANSLATE_NOOP("CliText", "show a dead letter"), 1, 1},
    {"dlq", "replay", "ID", QT_TRANSLATE_NOOP("CliText", "enqueue a dead letter's job afresh"), 1, 1},
    {"dlq", "replay-all", "",
     QT_TRANSLATE_NOOP("CliText",
                       "replay the first 1000 dead letters not replayed yet (not repeated on failure)"),
     0, 0},
    {"dlq", "purge", "",
     QT_TRANSLATE_NOOP("CliText", "delete dead letters that failed more than 30 days ago"), 0, 0},
    {"cron", "get", "ID", QT_TRANSLATE_NOOP("CliText", "show a cron entry"), 1, 1},
    {"cron", "enable", "ID", QT_TRANSLATE_NOOP("CliText", "let a cron entry fire again"), 1, 1},
    {"cron", "disable", "ID", QT_TRANSLATE_NOOP("CliText", "stop a cron entry from firing"), 1, 1},
    {"cron", "delete", "ID", QT_TRANSLATE_NOOP("CliText", "delete a cron entry"), 1, 1},
    {"workflows", "", "", QT_TRANSLATE_NOOP("CliText", "the workflow names registered on the server"), 0, 0},
};

const AdminSpec* findAdminCommand(const QStringList& positional)
{
    for (const auto& spec : kAdminCommands) {
        if (positional.value(0) != QLatin1String(spec.name))
            continue;
        if (*spec.subcommand == '\0' || positional.value(1) == QLatin1String(spec.subcommand))
            return &spec;
    }
    return nullptr;
}

void printLine(const QByteArray& json)
{
    std::cout << json.toStdString() << std::endl;
}

QByteArray idResult(const char* idKey, const QString& id, const char* flag)
{
    QByteArray out;
    dwp::JsonWriter(out).beginObject().key(idKey).value(id).key(flag).value(true).endObject();
    return out;
}

// One call per id; a failed id is reported and the others still run. The exit status is the first error's.
QCoro::Task<int> retryAll(AdminApiClient& client, QStringList ids)
{
    int exitCode = kOk;
    for (const QString& id : ids) {
        try {
            co_await client.retryJob(id);
            printLine(idResult("job_id", id, "retried"));
        } catch (const DispatchError& error) {
            std::cerr << "dispatchctl: " << dwp::ServerText::printable(id).toStdString() << ": "
                      << dwp::ServerText::printable(error.message()).toStdString() << std::endl;
            if (exitCode == kOk)
                exitCode = exitCodeFor(error);
        }
    }
    co_return exitCode;
}

QCoro::Task<void> runDlq(AdminApiClient& client, QString sub, QString id)
{
    if (sub == QLatin1String("count"))
        printLine(dwp::admin::countJson("count", co_await client.dlqCount()));
    else if (sub == QLatin1String("get"))
        printLine((co_await client.dlqEntry(id)).toJson());
    else if (sub == QLatin1String("replay"))
        printLine((co_await client.replayDlqEntry(id)).toJson());
    else if (sub == QLatin1String("replay-all"))
        printLine((co_await client.replayAllDlq()).toJson());
    else if (sub == QLatin1String("purge"))
        printLine(dwp::admin::countJson("purged", co_await client.purgeDlq()));
}

QCoro::Task<void> runCron(AdminApiClient& client, QString sub, QString id)
{
    if (sub == QLatin1String("get")) {
        printLine((co_await client.cron(id)).toJson());
    } else if (sub == QLatin1String("delete")) {
        co_await client.deleteCron(id);
        printLine(idResult("id", id, "deleted"));
    } else {
        printLine((co_await client.setCronEnabled(id, sub == QLatin1String("enable"))).toJson());
    }
}

QCoro::Task<int> execute(AdminApiClient& client, QString command, QString sub, QStringList ids)
{
    try {
        if (command == QLatin1String("retry"))
            co_return co_await retryAll(client, ids);
        if (command == QLatin1String("counts")) {
            printLine((co_await client.stats()).toJson());
        } else if (command == QLatin1String("workflows")) {
            QStringList names = co_await client.workflowNames();
            names.sort();
            printLine(dwp::admin::workflowNamesJson(names));
        } else if (command == QLatin1String("dlq")) {
            co_await runDlq(client, sub, ids.value(0));
        } else {
            co_await runCron(client, sub, ids.value(0));
        }
    } catch (const DispatchError& error) {
        // The message may carry server-chosen text (an error body, a proxy's page): made safe to print.
        std::cerr << "dispatchctl: " << dwp::ServerText::printable(error.message()).toStdString()
                  << std::endl;
        co_return exitCodeFor(error);
    }
    co_return kOk;
}

struct AdminOptions
{
    QCommandLineOption url{QStringLiteral("url"), CliText::tr("Server URL (ws:// or wss://, path /dwp)."),
                           QStringLiteral("URL"),
                           qEnvironmentVariable("DISPATCH_URL", QStringLiteral("ws://127.0.0.1:8080/dwp"))};
    QCommandLineOption restUrl{
        QStringLiteral("rest-url"),
        CliText::tr("The REST admin API's base URL (default: from --url, ws→http, wss→https, same host and "
                    "port, path /dispatch)."),
        QStringLiteral("URL"), qEnvironmentVariable("DISPATCH_REST_URL")};
    QCommandLineOption restToken{
        QStringLiteral("rest-token"),
        CliText::tr(
            "Send TOKEN as a bearer token to the REST admin API, for an authenticating proxy in front "
            "of it (never printed)."),
        QStringLiteral("TOKEN"), qEnvironmentVariable("DISPATCH_REST_TOKEN")};
    QCommandLineOption timeout{QStringLiteral("timeout"), CliText::tr("Request deadline in seconds."),
                               QStringLiteral("S"), QStringLiteral("30")};
    QCommandLineOption trust{
        QStringLiteral("trust-sha256"),
        CliText::tr("Accept the server's TLS certificate although it fails verification, if "
                    "its SHA-256 fingerprint is HEX (ab:cd:… or abcd…; repeatable)."),
        QStringLiteral("HEX")};
    QCommandLineOption verbose{QStringList{QStringLiteral("v"), QStringLiteral("verbose")},
                               CliText::tr("Log connection details to standard error.")};

    void addTo(QCommandLineParser& parser) const
    {
        parser.addOptions({url, restUrl, restToken, timeout, trust, verbose});
        parser.addHelpOption();
    }
};

// The REST settings from the options, or a usage message.
std::optional<AdminApiSettings> settingsFrom(const QCommandLineParser& parser, const AdminOptions& options,
                                             QString& error)
{
    AdminApiSettings settings;
    const QString explicitUrl = parser.value(options.restUrl);
    settings.baseUrl = explicitUrl.isEmpty()
                           ? AdminApiSettings::derivedBaseUrl(QUrl(parser.value(options.url)))
                           : QUrl(explicitUrl);
    const QString scheme = settings.baseUrl.scheme();
    if (!settings.baseUrl.isValid() || settings.baseUrl.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        error = CliText::tr("--rest-url (or --url, which it is derived from) is not an http:// or https:// "
                            "address");
        return std::nullopt;
    }
    // The same bounds as the DWP commands': inf or 1e300 have no milliseconds (issue 16 item 3).
    const auto deadline = ClientCommandLine::parseSeconds(parser.value(options.timeout), false);
    if (!deadline) {
        error = CliText::tr("--timeout wants a positive number of seconds");
        return std::nullopt;
    }
    settings.requestDeadline = *deadline;
    settings.bearerToken = parser.value(options.restToken);
    dwp::ServerText::maskSecret(settings.bearerToken); // never echoed back by a proxy's error page
    const auto trusted = ClientCommandLine::trustedCertificates(parser.values(options.trust));
    if (!trusted) {
        error = CliText::tr("--trust-sha256 wants the 64 hex digits of a SHA-256 fingerprint");
        return std::nullopt;
    }
    settings.trustedCertificateSha256 = *trusted;
    return settings;
}

} // namespace

bool isAdminCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    const AdminOptions options;
    options.addTo(parser);
    return parser.parse(arguments) && !parser.positionalArguments().isEmpty() &&
           std::any_of(std::begin(kAdminCommands), std::end(kAdminCommands),
                       [&parser](const AdminSpec& spec) {
                           return parser.positionalArguments().first() == QLatin1String(spec.name);
                       });
}

QString adminCommandsHelp()
{
    QString text;
    for (const auto& spec : kAdminCommands) {
        QStringList words;
        for (const char* word : {spec.name, spec.subcommand, spec.arguments}) {
            if (*word != '\0')
                words.append(QLatin1String(word));
        }
        text += QStringLiteral("  %1\n      %2 (REST)\n")
                    .arg(words.join(QLatin1Char(' ')), CliText::tr(spec.summary));
    }
    return text;
}

int runAdminCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    const AdminOptions options;
    options.addTo(parser);
    if (!parser.parse(arguments)) {
        std::cerr << "dispatchctl: " << parser.errorText().toStdString() << "\n";
        return kUsage;
    }
    if (!parser.isSet(options.verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("dispatch.*.debug=false\ndispatch.*.info=false"));
    if (parser.isSet(QStringLiteral("help"))) {
        std::cout << parser.helpText().toStdString() << "\n"
                  << CliText::tr("Commands:").toStdString() << "\n"
                  << adminCommandsHelp().toStdString() << "\n"
                  << CliText::tr(exitCodeHelpText()).toStdString() << "\n";
        return kOk;
    }
    const QStringList positional = parser.positionalArguments();
    const AdminSpec* spec = findAdminCommand(positional);
    const qsizetype words = spec && *spec->subcommand ? 2 : 1;
    const QStringList ids = positional.mid(words);
    if (!spec || ids.size() < spec->minIds || (spec->maxIds >= 0 && ids.size() > spec->maxIds)) {
        std::cerr << CliText::tr("usage:").toStdString() << "\n" << adminCommandsHelp().toStdString();
        return kUsage;
    }
    QString error;
    const auto settings = settingsFrom(parser, options, error);
    if (!settings) {
        std::cerr << "dispatchctl: " << error.toStdString() << "\n";
        return kUsage;
    }
    AdminApiClient client(*settings);
    int exitCode = kFailed;
    QCoreApplication* application = QCoreApplication::instance();
    QCoro::connect(execute(client, QLatin1String(spec->name), QLatin1String(spec->subcommand), ids),
                   application, [&exitCode](int code) {
                       exitCode = code;
                       QCoreApplication::exit(code);
                   });
    QCoreApplication::exec();
    return exitCode;
}
