// SPDX-License-Identifier: MIT
// dispatch-devserver as a user runs it: --help, the "listening on" line, tokens, bad arguments.
#include "support/RawDwpClient.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <QTest>

using namespace testsupport;

namespace {

struct Run
{
    bool crashed = false;
    int exitCode = -1;
    QString out;
    QString err;
};

Run runToEnd(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral(DEVSERVER_PATH), arguments);
    Run run;
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

// Starts a server and returns the URL it printed, or an empty URL.
QUrl startServer(QProcess& process, const QStringList& arguments)
{
    process.start(QStringLiteral(DEVSERVER_PATH),
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} + arguments);
    if (!process.waitForReadyRead(10000))
        return QUrl();
    while (!process.canReadLine() && process.waitForReadyRead(1000)) {
    }
    const QString line = QString::fromUtf8(process.readLine()).trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^listening on (ws://127\\.0\\.0\\.1:[1-9][0-9]*/dwp)$"));
    const auto match = pattern.match(line);
    return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
}

void stop(QProcess& process)
{
    process.terminate();
    if (!process.waitForFinished(5000)) {
        process.kill();
        process.waitForFinished();
    }
}

} // namespace

class CliTest : public QObject
{
    Q_OBJECT

private slots:
    void helpListsTheOptions()
    {
        const Run run = runToEnd({QStringLiteral("--help")});
        QCOMPARE(run.exitCode, 0);
        for (const char* option : {"--listen", "--token", "--tokens-file", "--workload", "--rate", "--seed",
                                   "--msgpack-frames", "--fault", "--auth", "--speed", "drop-after-frames"})
            QVERIFY2(run.out.contains(QLatin1String(option)), option);
    }

    void printsTheRealPortAndServesConfiguredTokens()
    {
        QProcess process;
        const QUrl url =
            startServer(process, {QStringLiteral("--workload"), QStringLiteral("idle"),
                                  QStringLiteral("--token"), QStringLiteral("k1=job:read,subscribe")});
        QVERIFY2(url.isValid(), qPrintable(QString::fromUtf8(process.readAllStandardError())));
        RawDwpClient client;
        QVERIFY(client.open(url));
        QCOMPARE(client.authenticate(QStringLiteral("k1"))->type, QStringLiteral("response"));
        QCOMPARE(client.call(QStringLiteral("stats"))->error->code, 403); // no stats:read
        RawDwpClient stranger;
        QVERIFY(stranger.open(url));
        QCOMPARE(stranger.authenticate(QStringLiteral("demo-token"))->error->code, 401);
        stop(process);
    }

    void theDemoWorkloadIsLiveFromTheStart()
    {
        QProcess process;
        const QUrl url = startServer(process, {QStringLiteral("--speed"), QStringLiteral("50")});
        QVERIFY(url.isValid());
        RawDwpClient client;
        QVERIFY(client.open(url));
        QVERIFY(client.authenticate());
        QVERIFY(client.call(QStringLiteral("subscribe"), "{\"channel\":\"firehose\"}"));
        QVERIFY(client.waitForEvents(20, 10000));
        stop(process);
    }

    void textFramedMsgpackIsTheCommandLineDefault()
    {
        // Issue 15 item 3: like the real server, msgpack goes out in text messages unless asked otherwise.
        QProcess process;
        const QUrl url = startServer(process, {QStringLiteral("--workload"), QStringLiteral("idle")});
        QVERIFY(url.isValid());
        RawDwpClient client;
        QVERIFY(client.open(url));
        QVERIFY(!client.authenticate(QStringLiteral("t"), dwp::WireFormat::Msgpack, 2000));
        QVERIFY(client.waitForDisconnected());
        QCOMPARE(client.closeCode(), QWebSocketProtocol::CloseCodeWrongDatatype);
        stop(process);

        // --msgpack-frames binary keeps the binary path: the same client authenticates.
        QProcess binary;
        const QUrl binaryUrl =
            startServer(binary, {QStringLiteral("--workload"), QStringLiteral("idle"),
                                 QStringLiteral("--msgpack-frames"), QStringLiteral("binary")});
        QVERIFY(binaryUrl.isValid());
        RawDwpClient binaryClient;
        QVERIFY(binaryClient.open(binaryUrl));
        QVERIFY(binaryClient.authenticate(QStringLiteral("t"), dwp::WireFormat::Msgpack, 2000));
        stop(binary);
    }

    void aMalformedTokensFileNamesTheLine()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        file.write("# tokens\nops-key=*\n\nreader=job:read,\n");
        file.close();
        const Run run = runToEnd({QStringLiteral("--tokens-file"), file.fileName()});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(file.fileName() + QLatin1String(":4: empty scope")), qPrintable(run.err));
    }

    void badArgumentsAreExplained_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* tag, QStringList arguments, const char* message) {
            QTest::newRow(tag) << arguments << QString::fromUtf8(message);
        };
        row("workload", {QStringLiteral("--workload"), QStringLiteral("busy")},
            "--workload must be demo, idle or burst");
        row("framing", {QStringLiteral("--msgpack-frames"), QStringLiteral("utf8")},
            "--msgpack-frames must be binary or text");
        row("fault", {QStringLiteral("--fault"), QStringLiteral("explode")}, "unknown fault \"explode\"");
        row("listen", {QStringLiteral("--listen"), QStringLiteral("8080")}, "--listen wants HOST:PORT");
        row("port", {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:99999")}, "is not a port number");
        row("token", {QStringLiteral("--token"), QStringLiteral("nokey")}, "expected TOKEN=SCOPE");
        row("any with tokens",
            {QStringLiteral("--auth"), QStringLiteral("any"), QStringLiteral("--token"),
             QStringLiteral("a=*")},
            "would be ignored");
        row("duplicate",
            {QStringLiteral("--token"), QStringLiteral("a=*"), QStringLiteral("--token"),
             QStringLiteral("a=admin")},
            "configured twice");
        row("missing file", {QStringLiteral("--tokens-file"), QStringLiteral("/nonexistent/tokens")},
            "cannot read the tokens file");
        row("rate", {QStringLiteral("--rate"), QStringLiteral("-3")}, "--rate must be a positive number");
        row("rate nan", {QStringLiteral("--rate"), QStringLiteral("nan")},
            "--rate must be a positive number");
        row("speed inf", {QStringLiteral("--speed"), QStringLiteral("inf")},
            "--speed must be a positive number");
        row("speed word", {QStringLiteral("--speed"), QStringLiteral("fast")},
            "--speed must be a positive number");
        row("seed", {QStringLiteral("--seed"), QStringLiteral("-1")}, "--seed must be a whole number");
        row("auth", {QStringLiteral("--auth"), QStringLiteral("none")}, "--auth must be any or keys");
        row("path", {QStringLiteral("--path"), QStringLiteral("dwp")}, "--path must start with /");
        row("unknown option", {QStringLiteral("--colour")}, "Unknown option 'colour'");
        row("missing value", {QStringLiteral("--listen")}, "Missing value after '--listen'");
        row("stray argument", {QStringLiteral("serve")}, "unexpected argument \"serve\"");
        row("token attribute", {QStringLiteral("--token"), QStringLiteral("k=*;app=")},
            "--token k=*;app=: attribute \"app=\" needs a value");
        row("tokens file is a folder", {QStringLiteral("--tokens-file"), QStringLiteral("/")},
            "/: is a directory, not a tokens file");
    }
    void badArgumentsAreExplained()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const Run run = runToEnd(arguments);
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void malformedTokensFilesAreConfigErrors_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message"); // after "<file>"
        QTest::newRow("JSON") << QByteArray("{\"ops\": \"*\"}\n")
                              << QStringLiteral(":1: this looks like JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral(": the tokens file has no tokens");
        QTest::newRow("comments only")
            << QByteArray("# later\n") << QStringLiteral(": the tokens file has no tokens");
        QTest::newRow("duplicate") << QByteArray("a=*\nb=job:read\na=admin\n")
                                   << QStringLiteral(":3: token \"a\" is given twice");
        QTest::newRow("binary") << QByteArray("ops=*\n\xff\xfe\x00\x01\n")
                                << QStringLiteral(":2: the tokens file is not UTF-8");
        QTest::newRow("NUL") << QByteArray("ops=*\nk\0ey=*\n", 13)
                             << QStringLiteral(":2: control character U+0000");
    }
    void malformedTokensFilesAreConfigErrors()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryFile file;
        QVERIFY(file.open());
        QCOMPARE(file.write(content), content.size());
        file.close();
        const Run run = runToEnd({QStringLiteral("--tokens-file"), file.fileName()});
        QVERIFY(!run.crashed);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QLatin1String("dispatch-devserver: ") + file.fileName() + message),
                 qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void aBusyPortIsAnErrorNotACrash()
    {
        QProcess first;
        const QUrl url = startServer(first, {QStringLiteral("--workload"), QStringLiteral("idle")});
        QVERIFY(url.isValid());
        const Run second =
            runToEnd({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(url.port())});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QLatin1String("cannot listen")), qPrintable(second.err));
        stop(first);
    }
};

QTEST_GUILESS_MAIN(CliTest)
#include "tst_cli.moc"
