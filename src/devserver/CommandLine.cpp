// SPDX-License-Identifier: MIT
#include "devserver/CommandLine.h"

#include "devserver/TokensFile.h"

#include <cmath>

namespace devserver {
namespace {

const QString kListen = QStringLiteral("listen");
const QString kPath = QStringLiteral("path");
const QString kToken = QStringLiteral("token");
const QString kTokensFile = QStringLiteral("tokens-file");
const QString kAuth = QStringLiteral("auth");
const QString kWorkload = QStringLiteral("workload");
const QString kRate = QStringLiteral("rate");
const QString kSeed = QStringLiteral("seed");
const QString kSpeed = QStringLiteral("speed");
const QString kMsgpackFrames = QStringLiteral("msgpack-frames");
const QString kFault = QStringLiteral("fault");
const QString kVerbose = QStringLiteral("verbose");
const QString kNoRest = QStringLiteral("no-rest");
const QString kRestLists = QStringLiteral("rest-lists");

} // namespace

CommandLine::CommandLine()
{
    m_parser.setApplicationDescription(
        QStringLiteral("A Dispatch Wire Protocol (DWP) server over a simulated engine: the test double and "
                       "demo backend of\n"
                       "Dispatch Monitor. It behaves like the real server on the wire, quirks included.\n"
                       "Once it accepts connections it prints one line: listening on ws://HOST:PORT/dwp\n\n"
                       "Faults for --fault:\n") +
        FaultPlan::helpText());
    m_parser.addHelpOption();
    m_parser.addOptions({
        {kListen, QStringLiteral("Address to listen on (default 127.0.0.1:8080; port 0 picks a free one)."),
         QStringLiteral("HOST:PORT"), QStringLiteral("127.0.0.1:8080")},
        {kPath, QStringLiteral("WebSocket endpoint path (default /dwp)."), QStringLiteral("PATH"),
         QStringLiteral("/dwp")},
        {kToken,
         QStringLiteral("Accept TOKEN with these scopes; repeatable. Optional ;app=APP ;org=ORG "
                        "attributes. Scopes: job:read job:write workflow:read workflow:write subscribe "
                        "stats:read cron:read dlq:read dlq:write admin *"),
         QStringLiteral("TOKEN=SCOPE[,SCOPE...]")},
        {kTokensFile,
         QStringLiteral("Read tokens from FILE, one TOKEN=SCOPE[,SCOPE...] per line, # comments."),
         QStringLiteral("FILE")},
        {kAuth,
         QStringLiteral("any: accept every token with scope * (the real server's default "
                        "NoopAuthenticator); keys: only configured tokens, or demo-token (*) when none is "
                        "configured. Default: any without --token/--tokens-file, keys with them."),
         QStringLiteral("any|keys")},
        {kWorkload, QStringLiteral("What the engine does on its own: demo (default), idle or burst."),
         QStringLiteral("demo|idle|burst"), QStringLiteral("demo")},
        {kRate, QStringLiteral("Events per second for --workload burst (default 50000)."),
         QStringLiteral("N"), QStringLiteral("50000")},
        {kSeed, QStringLiteral("Random seed; the same seed gives the same ids and events (default 1)."),
         QStringLiteral("N"), QStringLiteral("1")},
        {kSpeed, QStringLiteral("Simulated seconds per real second (default 1)."), QStringLiteral("X"),
         QStringLiteral("1")},
        {kMsgpackFrames,
         QStringLiteral("Message type for msgpack frames: text (default), as the real server sends them "
                        "(QWebSocket then closes with 1007), or binary, for tests of the binary path."),
         QStringLiteral("text|binary"), QStringLiteral("text")},
        {kFault, QStringLiteral("Inject a fault (see the list above); repeatable."),
         QStringLiteral("NAME[=VALUE]")},
        {kNoRest, QStringLiteral("Serve no REST admin API, like a deployment that does not mount it (by "
                                 "default it is at http://HOST:PORT/dispatch/v1/...).")},
        {kRestLists, QStringLiteral("Serve the REST list routes (/v1/jobs, /v1/workflows/runs, /v1/dlq, "
                                    "/v1/crons), which the real server answers with 404.")},
        {{QStringLiteral("v"), kVerbose}, QStringLiteral("Log every connection's auth, errors and drops.")},
    });
}

QString CommandLine::helpText() const
{
    return m_parser.helpText();
}

dwp::Parsed<std::pair<QHostAddress, quint16>> CommandLine::parseListen(const QString& text)
{
    using Result = dwp::Parsed<std::pair<QHostAddress, quint16>>;
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return Result::failure(QStringLiteral("--listen wants HOST:PORT, got \"%1\"").arg(text));
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint port = text.mid(colon + 1).toUInt(&ok);
    if (!ok || port > 65535)
        return Result::failure(
            QStringLiteral("--listen: \"%1\" is not a port number (0-65535)").arg(text.mid(colon + 1)));
    QHostAddress address;
    if (host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return Result::failure(
            QStringLiteral("--listen: \"%1\" is not an IP address (or localhost)").arg(host));
    return std::pair<QHostAddress, quint16>(address, quint16(port));
}

dwp::Parsed<CommandLine::Result> CommandLine::parse(const QStringList& arguments)
{
    using Failure = dwp::Parsed<Result>;
    if (!m_parser.parse(arguments))
        return Failure::failure(m_parser.errorText());
    m_helpRequested = m_parser.isSet(QStringLiteral("help"));
    if (!m_parser.positionalArguments().isEmpty())
        return Failure::failure(
            QStringLiteral("unexpected argument \"%1\"").arg(m_parser.positionalArguments().first()));

    Result result;
    DevServerConfig& config = result.config;
    result.verbose = m_parser.isSet(kVerbose);

    const auto listen = parseListen(m_parser.value(kListen));
    if (!listen)
        return Failure::failure(listen.error());
    config.host = listen->first;
    config.port = listen->second;
    config.path = m_parser.value(kPath);
    if (!config.path.startsWith(QLatin1Char('/')))
        return Failure::failure(QStringLiteral("--path must start with /, got \"%1\"").arg(config.path));

    QList<TokenSpec> specs;
    if (m_parser.isSet(kTokensFile)) {
        const auto file = TokensFile::load(m_parser.value(kTokensFile));
        if (!file)
            return Failure::failure(file.error());
        specs = *file;
    }
    for (const QString& text : m_parser.values(kToken)) {
        const auto spec = TokenSpec::parse(text);
        if (!spec)
            return Failure::failure(QStringLiteral("--token %1: %2").arg(text, spec.error()));
        specs.append(*spec);
    }
    for (const TokenSpec& spec : std::as_const(specs)) {
        if (config.tokens.contains(spec.token))
            return Failure::failure(QStringLiteral("token \"%1\" is configured twice").arg(spec.token));
        config.tokens.add(spec);
    }
    const QString auth = m_parser.isSet(kAuth)
                             ? m_parser.value(kAuth)
                             : (specs.isEmpty() ? QStringLiteral("any") : QStringLiteral("keys"));
    if (auth == QLatin1String("any")) {
        if (!specs.isEmpty())
            return Failure::failure(QStringLiteral("--auth any accepts every token, so the configured tokens "
                                                   "would be ignored; use --auth keys"));
        config.tokens.setMode(TokenStore::Mode::AcceptAny);
    } else if (auth == QLatin1String("keys")) {
        config.tokens.setMode(TokenStore::Mode::ApiKeys);
    } else {
        return Failure::failure(QStringLiteral("--auth must be any or keys, got \"%1\"").arg(auth));
    }

    const auto workload = workloadKindFromName(m_parser.value(kWorkload));
    if (!workload)
        return Failure::failure(QStringLiteral("--workload must be demo, idle or burst, got \"%1\"")
                                    .arg(m_parser.value(kWorkload)));
    config.workload = *workload;
    bool ok = false;
    config.burstRate = m_parser.value(kRate).toDouble(&ok);
    if (!ok || !std::isfinite(config.burstRate) || config.burstRate <= 0)
        return Failure::failure(
            QStringLiteral("--rate must be a positive number, got \"%1\"").arg(m_parser.value(kRate)));
    config.seed = m_parser.value(kSeed).toULongLong(&ok);
    if (!ok)
        return Failure::failure(
            QStringLiteral("--seed must be a whole number, got \"%1\"").arg(m_parser.value(kSeed)));
    config.speed = m_parser.value(kSpeed).toDouble(&ok);
    if (!ok || !std::isfinite(config.speed) || config.speed <= 0)
        return Failure::failure(
            QStringLiteral("--speed must be a positive number, got \"%1\"").arg(m_parser.value(kSpeed)));

    const QString framing = m_parser.value(kMsgpackFrames);
    if (framing == QLatin1String("binary"))
        config.msgpackFraming = MsgpackFraming::Binary;
    else if (framing == QLatin1String("text"))
        config.msgpackFraming = MsgpackFraming::Text;
    else
        return Failure::failure(
            QStringLiteral("--msgpack-frames must be binary or text, got \"%1\"").arg(framing));

    if (m_parser.isSet(kNoRest) && m_parser.isSet(kRestLists))
        return Failure::failure(
            QStringLiteral("--rest-lists needs the REST admin API, which --no-rest turns off"));
    if (m_parser.isSet(kNoRest))
        config.restBasePath.clear();
    config.restListRoutes = m_parser.isSet(kRestLists);

    for (const QString& fault : m_parser.values(kFault)) {
        const auto applied = config.faults.apply(fault);
        if (!applied)
            return Failure::failure(QStringLiteral("--fault: ") + applied.error());
    }
    return result;
}

} // namespace devserver
