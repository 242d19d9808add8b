// SPDX-License-Identifier: MIT
// The REST admin API's payloads (dwp-protocol.md §8): the double body, both error shapes, the totals and
// the objects looked up by id, each written and read back.
#include "protocol/AdminErrorBody.h"
#include "protocol/AdminReplies.h"
#include "protocol/AdminStats.h"
#include "protocol/CronEntry.h"
#include "protocol/DlqEntry.h"

#include <QTest>

using namespace dwp;

class AdminRepliesTest : public QObject
{
    Q_OBJECT

private slots:
    void firstValueOfADoubleBody()
    {
        const QByteArray one = "{\"count\":3}";
        QCOMPARE(*admin::firstJsonValue(one + '\n' + one + '\n'), one);
        QCOMPARE(*admin::firstJsonValue(one), one);
        QCOMPARE(*admin::firstJsonValue(" \n" + one + "garbage"), one);
        // Whole-body parsing is what fails on the real server's replies.
        QVERIFY(!admin::parseCount(one + '\n' + one + '\n', "count"));
        QCOMPARE(*admin::parseCount(*admin::firstJsonValue(one + '\n' + one + '\n'), "count"), 3);
    }

    void firstValueRefusesWhatIsNotJson_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html><body>502</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"jobs\":{\"pending\":1,\"run");
        QTest::newRow("text") << QByteArray("404 page not found\n");
    }

    void firstValueRefusesWhatIsNotJson()
    {
        QFETCH(QByteArray, body);
        const auto first = admin::firstJsonValue(body);
        QVERIFY(!first);
        QVERIFY(!first.error().isEmpty());
    }

    void bothErrorShapes()
    {
        const auto client =
            AdminErrorBody::parse(AdminErrorBody::clientErrorJson(400, QStringLiteral("bad id")));
        QVERIFY(client);
        QCOMPARE(client->code, 400);
        QCOMPARE(client->message, QStringLiteral("bad id"));
        const auto internal =
            AdminErrorBody::parse(AdminErrorBody::internalErrorJson(QStringLiteral("boom")));
        QVERIFY(internal);
        QVERIFY(!internal->code);
        QCOMPARE(internal->codeName, QStringLiteral("INTERNAL_SERVER_ERROR"));
        QCOMPARE(internal->message, QStringLiteral("boom"));
        QCOMPARE(AdminErrorBody::internalErrorJson(QStringLiteral("boom")),
                 QByteArray("{\"code\":\"INTERNAL_SERVER_ERROR\",\"message\":\"boom\"}"));
        QVERIFY(!AdminErrorBody::parse("{\"error\":\"no code\"}"));
        QVERIFY(!AdminErrorBody::parse("{\"code\":true,\"error\":\"x\"}"));
        QVERIFY(!AdminErrorBody::parse("[]"));
    }

    void statsRoundTripAndStrictness()
    {
        AdminStats stats;
        stats.jobs = {1, 2, 3, 4, 5, 6};
        stats.dlqCount = 7;
        stats.workflows = {8, 9, 10};
        QCOMPARE(*AdminStats::parse(stats.toJson()), stats);
        QCOMPARE(stats.jobs.total(), 21);
        const auto wrong =
            AdminStats::parse("{\"jobs\":{\"pending\":\"1\"},\"dlq_count\":0,\"workflows\":{}}");
        QVERIFY(!wrong);
        QVERIFY2(wrong.error().contains(QStringLiteral("pending")), qPrintable(wrong.error()));
        QVERIFY(!AdminStats::parse("{\"jobs\":{}}"));
    }

    void dlqAndCronEntriesRoundTrip()
    {
        DlqEntry entry;
        entry.id = QStringLiteral("dlq_01jd0000000000000000000000");
        entry.jobId = QStringLiteral("job_01jd0000000000000000000000");
        entry.jobName = QStringLiteral("import.csv");
        entry.queue = QStringLiteral("default");
        entry.payload = QByteArrayLiteral("{\"file\":\"a.csv\"}");
        entry.error = QStringLiteral("row 3: bad date");
        entry.retryCount = 3;
        entry.maxRetries = 3;
        entry.failedAt = entry.createdAt = Timestamp::fromNanosSinceEpoch(1764000000123456789);
        QCOMPARE(*DlqEntry::parse(entry.toJson()), entry);
        entry.replayedAt = Timestamp::fromNanosSinceEpoch(1764000001000000000);
        QCOMPARE(*DlqEntry::parse(entry.toJson()), entry);

        CronEntry cron;
        cron.createdAt = cron.updatedAt = Timestamp::fromNanosSinceEpoch(1764000000000000000);
        cron.id = QStringLiteral("cron_01jd0000000000000000000000");
        cron.name = QStringLiteral("nightly");
        cron.schedule = QStringLiteral("0 3 * * *");
        cron.jobName = QStringLiteral("report");
        cron.enabled = false;
        cron.lockedBy = QStringLiteral("wkr_1");
        cron.lockedUntil = Timestamp::fromNanosSinceEpoch(1764000060000000000);
        QCOMPARE(*CronEntry::parse(cron.toJson()), cron);
        QVERIFY(cron.toJson().endsWith("\"enabled\":false}"));
        QVERIFY(!CronEntry::parse("{\"id\":\"cron_x\",\"enabled\":\"yes\"}"));
    }

    void workflowNamesAndReplayAll()
    {
        QCOMPARE(
            *admin::parseWorkflowNames(admin::workflowNamesJson({QStringLiteral("a"), QStringLiteral("b")})),
            (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(*admin::parseWorkflowNames("{\"names\":null}"), QStringList());
        QVERIFY(!admin::parseWorkflowNames("{\"names\":[1]}"));
        const auto result = admin::ReplayAllResult::parse("{\"replayed\":4,\"errors\":1}");
        QCOMPARE(result->replayed, 4);
        QCOMPARE(result->errors, 1);
    }
};

QTEST_GUILESS_MAIN(AdminRepliesTest)
#include "tst_admin_replies.moc"
