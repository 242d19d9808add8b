// SPDX-License-Identifier: MIT
// dispatchctl's REST admin commands (counts, retry, dlq, cron, workflows) against a real dispatch-devserver
// process: JSON results, the base URL derived from --url, and the same exit statuses as the DWP commands.
#include "DispatchctlProcess.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QTimer>

using clitest::DevServerProcess;
using clitest::dispatchctl;
using clitest::json;
using clitest::Run;

namespace {

// A list route of a --rest-lists devserver, read by the test itself (dispatchctl has no list command: the
// real server cannot list).
QJsonArray listRoute(const QString& adminUrl, const QString& route)
{
    QNetworkAccessManager network;
    QNetworkReply* reply = network.get(QNetworkRequest(QUrl(adminUrl + route)));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QByteArray body = reply->readAll();
    delete reply;
    return QJsonDocument::fromJson(body).array();
}

} // namespace

class DispatchctlAdminTest : public QObject
{
    Q_OBJECT

private slots:
    void retryAndDeadLetters()
    {
        DevServerProcess server({QStringLiteral("--workload"), QStringLiteral("idle"),
                                 QStringLiteral("--speed"), QStringLiteral("50"),
                                 QStringLiteral("--rest-lists")});
        QVERIFY(!server.url().isEmpty());
        const QStringList url{QStringLiteral("--url"), server.url()};
        const Run enqueued =
            dispatchctl(url + QStringList{QStringLiteral("enqueue"), QStringLiteral("devserver.scripted"),
                                          QStringLiteral("{\"fail_attempts\":-1}")});
        QCOMPARE(enqueued.exitCode, 0);
        const QString jobId = json(enqueued.out).value(QLatin1String("job_id")).toString();

        // Waits (at most 20 s) for the job to fail through its retries into the DLQ: 7 s simulated at 50×.
        Run count;
        const bool buried = QTest::qWaitFor(
            [&] {
                count = dispatchctl(url + QStringList{QStringLiteral("dlq"), QStringLiteral("count")});
                return count.exitCode == 0 && json(count.out).value(QLatin1String("count")).toInt() >= 1;
            },
            20000);
        QVERIFY2(buried, count.out.constData());

        const Run counts = dispatchctl(url + QStringList{QStringLiteral("counts")});
        QCOMPARE(counts.exitCode, 0);
        const QJsonObject totals = json(counts.out);
        QCOMPARE(totals.value(QLatin1String("jobs")).toObject().value(QLatin1String("failed")).toInt(), 1);
        QCOMPARE(totals.value(QLatin1String("dlq_count")).toInt(), 1);

        const Run retried = dispatchctl(url + QStringList{QStringLiteral("retry"), jobId});
        QCOMPARE(retried.exitCode, 0);
        QCOMPARE(json(retried.out).value(QLatin1String("retried")).toBool(), true);
        // Several ids: the unknown one is reported with the server's 500 and the status of that error.
        const Run mixed =
            dispatchctl(url + QStringList{QStringLiteral("retry"),
                                          QStringLiteral("job_01jd0000000000000000000000"), jobId});
        QCOMPARE(mixed.exitCode, 7);
        QVERIFY2(mixed.err.contains("job not found"), mixed.err.constData());
        const Run badId = dispatchctl(url + QStringList{QStringLiteral("retry"), QStringLiteral("wfrun_x")});
        QCOMPARE(badId.exitCode, 2);

        const QJsonArray entries = listRoute(server.adminUrl(), QStringLiteral("/v1/dlq"));
        QVERIFY(!entries.isEmpty());
        const QString entryId = entries.first().toObject().value(QLatin1String("id")).toString();
        const Run entry =
            dispatchctl(url + QStringList{QStringLiteral("dlq"), QStringLiteral("get"), entryId});
        QCOMPARE(entry.exitCode, 0);
        QCOMPARE(json(entry.out).value(QLatin1String("job_id")).toString(), jobId);
        const Run replay =
            dispatchctl(url + QStringList{QStringLiteral("dlq"), QStringLiteral("replay"), entryId});
        QCOMPARE(replay.exitCode, 0);
        QVERIFY(json(replay.out).value(QLatin1String("id")).toString() != jobId);
        const Run all = dispatchctl(url + QStringList{QStringLiteral("dlq"), QStringLiteral("replay-all")});
        QCOMPARE(all.exitCode, 0);
        QVERIFY(json(all.out).contains(QLatin1String("replayed")));
        const Run purge = dispatchctl(url + QStringList{QStringLiteral("dlq"), QStringLiteral("purge")});
        QCOMPARE(purge.exitCode, 0);
        QCOMPARE(json(purge.out).value(QLatin1String("purged")).toInt(), 0);
        const Run missing = dispatchctl(url + QStringList{QStringLiteral("dlq"), QStringLiteral("get"),
                                                          QStringLiteral("dlq_01jd0000000000000000000000")});
        QCOMPARE(missing.exitCode, 5);
    }

    void cronsAndWorkflows()
    {
        DevServerProcess server(
            {QStringLiteral("--rest-lists")}); // the demo workload has crons and workflows
        QVERIFY(!server.url().isEmpty());
        const QStringList url{QStringLiteral("--url"), server.url()};
        const QJsonArray crons = listRoute(server.adminUrl(), QStringLiteral("/v1/crons"));
        QVERIFY(!crons.isEmpty());
        const QString id = crons.first().toObject().value(QLatin1String("id")).toString();
        const auto cron = [&](const QString& action) {
            return dispatchctl(url + QStringList{QStringLiteral("cron"), action, id});
        };
        QCOMPARE(json(cron(QStringLiteral("get")).out).value(QLatin1String("enabled")).toBool(), true);
        QCOMPARE(json(cron(QStringLiteral("disable")).out).value(QLatin1String("enabled")).toBool(), false);
        QCOMPARE(json(cron(QStringLiteral("get")).out).value(QLatin1String("enabled")).toBool(), false);
        QCOMPARE(json(cron(QStringLiteral("enable")).out).value(QLatin1String("enabled")).toBool(), true);
        const Run deleted = cron(QStringLiteral("delete"));
        QCOMPARE(deleted.exitCode, 0);
        QCOMPARE(json(deleted.out).value(QLatin1String("deleted")).toBool(), true);
        QCOMPARE(cron(QStringLiteral("get")).exitCode, 5);

        const Run workflows = dispatchctl(url + QStringList{QStringLiteral("workflows")});
        QCOMPARE(workflows.exitCode, 0);
        const QJsonArray names = json(workflows.out).value(QLatin1String("names")).toArray();
        QVERIFY2(!names.isEmpty(), workflows.out.constData());
    }

    void withoutRestAndUnreachable()
    {
        DevServerProcess server(
            {QStringLiteral("--no-rest"), QStringLiteral("--workload"), QStringLiteral("idle")});
        QVERIFY(!server.url().isEmpty());
        const Run counts = dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("counts")});
        QCOMPARE(counts.exitCode, 5);
        QVERIFY2(counts.err.contains("404"), counts.err.constData());
        // Positive control: DWP on the same server answers.
        QCOMPARE(dispatchctl({QStringLiteral("--url"), server.url(), QStringLiteral("stats")}).exitCode, 0);

        const Run refused =
            dispatchctl({QStringLiteral("--rest-url"), QStringLiteral("http://127.0.0.1:1/dispatch"),
                         QStringLiteral("counts")});
        QCOMPARE(refused.exitCode, 8);
        QVERIFY2(refused.err.contains("Could not reach the admin API"), refused.err.constData());
    }

    void usageErrors()
    {
        QCOMPARE(dispatchctl({QStringLiteral("dlq")}).exitCode, 64);
        QCOMPARE(dispatchctl({QStringLiteral("retry")}).exitCode, 64);
        QCOMPARE(dispatchctl({QStringLiteral("cron"), QStringLiteral("get")}).exitCode, 64);
        QCOMPARE(
            dispatchctl({QStringLiteral("--rest-url"), QStringLiteral("ftp://x"), QStringLiteral("counts")})
                .exitCode,
            64);
        // Absurd deadlines are refused before any request (issue 16 item 3: inf and 1e300 have no
        // milliseconds); the control, a sane deadline against a closed port, gets as far as connecting.
        const QStringList closedPort{QStringLiteral("--rest-url"),
                                     QStringLiteral("http://127.0.0.1:1/dispatch")};
        for (const char* absurd : {"inf", "1e300", "nan", "-1"}) {
            const Run run =
                dispatchctl(closedPort + QStringList{QStringLiteral("--timeout"), QString::fromLatin1(absurd),
                                                     QStringLiteral("counts")});
            QVERIFY2(run.exitCode == 64 && run.err.contains("--timeout"), absurd);
        }
        QCOMPARE(dispatchctl(closedPort + QStringList{QStringLiteral("--timeout"), QStringLiteral("1.5"),
                                                      QStringLiteral("counts")})
                     .exitCode,
                 8);
        const Run help = dispatchctl({QStringLiteral("--help")});
        QVERIFY2(help.out.contains("dlq replay-all") && help.out.contains("cron disable ID"),
                 help.out.constData());
    }
};

QTEST_GUILESS_MAIN(DispatchctlAdminTest)
#include "tst_dispatchctl_admin.moc"
