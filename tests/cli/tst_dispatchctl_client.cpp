// SPDX-License-Identifier: MIT
// dispatchctl's client commands against a real dispatch-devserver process: results as JSON, and one exit
// status per error type, as --help documents.
#include "DispatchctlProcess.h"

#include <QTest>

using clitest::DevServerProcess;
using clitest::dispatchctl;
using clitest::json;
using clitest::Run;

class DispatchctlClientTest : public QObject
{
    Q_OBJECT

private slots:
    void commandsPrintJson()
    {
        DevServerProcess server({});
        QVERIFY(!server.url().isEmpty());
        const QStringList url{QStringLiteral("--url"), server.url()};
        const Run enqueued = dispatchctl(
            url + QStringList{QStringLiteral("enqueue"), QStringLiteral("devserver.noop"),
                              QStringLiteral("{\"to\": \"ops@example.com\"}"), QStringLiteral("--queue"),
                              QStringLiteral("default"), QStringLiteral("--priority"), QStringLiteral("3")});
        QCOMPARE(enqueued.exitCode, 0);
        const QString jobId = json(enqueued.out).value(QLatin1String("job_id")).toString();
        QVERIFY2(jobId.startsWith(QLatin1String("job_")), enqueued.out.constData());

        const Run job = dispatchctl(url + QStringList{QStringLiteral("job"), jobId});
        QCOMPARE(job.exitCode, 0);
        QCOMPARE(json(job.out).value(QLatin1String("priority")).toInt(), 3);
        // the payload travelled as a JSON value: base64 of its compact text
        QCOMPARE(QByteArray::fromBase64(json(job.out).value(QLatin1String("payload")).toString().toLatin1()),
                 QByteArray("{\"to\":\"ops@example.com\"}"));

        const Run cancelled = dispatchctl(url + QStringList{QStringLiteral("cancel"), jobId});
        QCOMPARE(cancelled.exitCode, 0);
        QCOMPARE(json(cancelled.out).value(QLatin1String("status")).toString(), QStringLiteral("cancelled"));

        const Run stats = dispatchctl(url + QStringList{QStringLiteral("stats")});
        QCOMPARE(stats.exitCode, 0);
        QVERIFY(json(stats.out).contains(QLatin1String("broker")));

        const Run timeline =
            dispatchctl(url + QStringList{QStringLiteral("timeline"),
                                          QStringLiteral("wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e")});
        QCOMPARE(timeline.exitCode, 0);
        QCOMPARE(timeline.out.trimmed(), QByteArray("[]"));
    }

    void subscribePrintsEventsUntilCount()
    {
        DevServerProcess server({QStringLiteral("--workload"), QStringLiteral("burst"),
                                 QStringLiteral("--rate"), QStringLiteral("2000")});
        const Run run = dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("subscribe"),
                                     QStringLiteral("jobs"), QStringLiteral("--count"), QStringLiteral("5")});
        QCOMPARE(run.exitCode, 0);
        const auto lines = run.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 5);
        for (const auto& line : lines)
            QVERIFY(json(line).value(QLatin1String("type")).toString().startsWith(QLatin1String("job.")));
    }

    void exitCodesTellErrorsApart()
    {
        DevServerProcess server({QStringLiteral("--token"), QStringLiteral("admin=*"),
                                 QStringLiteral("--token"), QStringLiteral("reader=job:read")});
        const QStringList admin{QStringLiteral("--url"), server.url(), QStringLiteral("--token"),
                                QStringLiteral("admin")};
        QCOMPARE(dispatchctl(admin + QStringList{QStringLiteral("job"),
                                                 QStringLiteral("job_01kaqz3c4de5f6g7h8j9kmnpqr")})
                     .exitCode,
                 5); // not found
        QCOMPARE(dispatchctl(admin + QStringList{QStringLiteral("job"),
                                                 QStringLiteral("wfrun_01kaqz3c4de5f6g7h8j9kmnpqr")})
                     .exitCode,
                 2); // bad request: wrong id prefix
        const Run wrongToken = dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("--token"),
                                            QStringLiteral("nope"), QStringLiteral("stats")});
        QCOMPARE(wrongToken.exitCode, 3);
        QVERIFY(!wrongToken.err.contains("nope")); // the token is never printed
        QCOMPARE(dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("--token"),
                              QStringLiteral("reader"), QStringLiteral("enqueue"), QStringLiteral("x")})
                     .exitCode,
                 4); // permission
        QCOMPARE(dispatchctl(admin + QStringList{QStringLiteral("enqueue"), QStringLiteral("x"),
                                                 QStringLiteral("{oops")})
                     .exitCode,
                 65); // invalid JSON argument, refused before connecting
        QCOMPARE(dispatchctl({QStringLiteral("--url"), QStringLiteral("ws://127.0.0.1:1/dwp"),
                              QStringLiteral("stats")})
                     .exitCode,
                 8); // connection refused
        QCOMPARE(dispatchctl(admin + QStringList{QStringLiteral("frobnicate")}).exitCode, 64);
    }

    // The token reaches neither output stream: not on success, not on a rejected token, not in --help (the
    // token option's default comes from DISPATCH_TOKEN), not with -v.
    void tokenIsNeverPrinted()
    {
        const QString token = QStringLiteral("ctl-Secret-8d7c6b5a4f3e2d1c");
        DevServerProcess server({QStringLiteral("--token"), token + QStringLiteral("=*")});
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("DISPATCH_TOKEN"), token);
        environment.insert(QStringLiteral("DISPATCH_URL"), server.url());
        QProcessEnvironment wrong = environment;
        wrong.insert(QStringLiteral("DISPATCH_TOKEN"), QStringLiteral("ctl-Wrong-1a2b3c4d5e6f7a8b"));
        const QList<std::pair<QString, Run>> runs = {
            {QStringLiteral("stats"), dispatchctl({QStringLiteral("stats")}, 30000, environment)},
            {QStringLiteral("stats -v"),
             dispatchctl({QStringLiteral("-v"), QStringLiteral("stats")}, 30000, environment)},
            {QStringLiteral("--token subscribe"),
             dispatchctl({QStringLiteral("--token"), token, QStringLiteral("-v"), QStringLiteral("subscribe"),
                          QStringLiteral("firehose"), QStringLiteral("--count"), QStringLiteral("2")},
                         30000, environment)},
            {QStringLiteral("wrong token -v"),
             dispatchctl({QStringLiteral("-v"), QStringLiteral("stats")}, 30000, wrong)},
            {QStringLiteral("--help"), dispatchctl({QStringLiteral("--help")}, 30000, environment)},
            {QStringLiteral("stats --help"),
             dispatchctl({QStringLiteral("stats"), QStringLiteral("--help")}, 30000, environment)},
            {QStringLiteral("usage error"), dispatchctl({QStringLiteral("frobnicate")}, 30000, environment)},
        };
        QCOMPARE(runs[0].second.exitCode, 0);
        QCOMPARE(runs[3].second.exitCode, 3);
        QCOMPARE(runs[4].second.exitCode, 0);
        for (const auto& [what, run] : runs) {
            for (const QString& secret : {token.mid(8), QStringLiteral("1a2b3c4d5e6f7a8b")}) {
                QVERIFY2(!run.out.contains(secret.toUtf8()), qPrintable(what + QStringLiteral(": stdout")));
                QVERIFY2(!run.err.contains(secret.toUtf8()), qPrintable(what + QStringLiteral(": stderr")));
            }
        }
    }

    void anOversizedMessageIsRefusedWithItsLimit()
    {
        DevServerProcess server({QStringLiteral("--fault"), QStringLiteral("oversized-every=1"),
                                 QStringLiteral("--fault"), QStringLiteral("oversized-bytes=200000")});
        const Run refused =
            dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("--max-message-bytes"),
                         QStringLiteral("100000"), QStringLiteral("stats")});
        QCOMPARE(refused.exitCode, 8);
        QVERIFY2(refused.err.contains("limit of 100000 bytes"), refused.err.constData());
        QCOMPARE(dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("stats")}).exitCode, 0);
        QCOMPARE(dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("--max-message-bytes"),
                              QStringLiteral("12"), QStringLiteral("stats")})
                     .exitCode,
                 64);
    }

    void slowServerTimesOut()
    {
        DevServerProcess server({QStringLiteral("--fault"), QStringLiteral("delay-ms=3000")});
        const Run run = dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("--timeout"),
                                     QStringLiteral("0.5"), QStringLiteral("stats")});
        QCOMPARE(run.exitCode, 9);
    }
};

QTEST_GUILESS_MAIN(DispatchctlClientTest)
#include "tst_dispatchctl_client.moc"
