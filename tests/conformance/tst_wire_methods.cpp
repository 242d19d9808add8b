// SPDX-License-Identifier: MIT
// dwp-protocol.md §3 and §4, over the wire only: the error texts of the implemented methods for ids and
// channels no server knows, and an unknown run's empty timeline. Runs against any DWP server
// (ConformanceTarget), the devserver by default.
#include "ConformanceTarget.h"

#include <QTest>

class WireMethodsTest : public QObject
{
    Q_OBJECT

private:
    ConformanceTarget m_target;

private slots:
    void initTestCase() { QVERIFY2(m_target.problem().isEmpty(), qPrintable(m_target.problem())); }

    void idErrors_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        const auto row = [](const char* tag, const char* method, const char* data, int code,
                            const char* message) {
            QTest::newRow(tag) << QString::fromLatin1(method) << QByteArray(data) << code
                               << QString::fromUtf8(message);
        };
        row("job.get of a run id", "job.get", "{\"job_id\":\"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e\"}", 400,
            "invalid job ID: id: expected prefix \"job\", got \"wfrun\"");
        row("job.get unknown", "job.get", "{\"job_id\":\"job_01kaqz3c4de5f6g7h8j9kmnpqr\"}", 404,
            "job not found: dispatch: job not found");
        row("job.cancel unknown", "job.cancel", "{\"job_id\":\"job_01kaqz3c4de5f6g7h8j9kmnpqr\"}", 404,
            "job not found");
        row("job.cancel of a run id", "job.cancel", "{\"job_id\":\"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e\"}", 400,
            "invalid job ID: id: expected prefix \"job\", got \"wfrun\"");
        row("workflow.get of a job id", "workflow.get", "{\"run_id\":\"job_01kaqz3c4de5f6g7h8j9kmnpqr\"}",
            400, "invalid run ID: id: expected prefix \"wfrun\", got \"job\"");
        row("workflow.get unknown", "workflow.get", "{\"run_id\":\"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e\"}", 404,
            "run not found: dispatch: run not found");
        row("timeline of a job id", "workflow.timeline", "{\"run_id\":\"job_01kaqz3c4de5f6g7h8j9kmnpqr\"}",
            400, "invalid run ID: id: expected prefix \"wfrun\", got \"job\"");
        row("unknown workflow", "workflow.start", "{\"name\":\"x\",\"input\":{}}", 500,
            "workflow start failed: no workflow registered for \"x\"");
        row("subscribe to nonsense", "subscribe", "{\"channel\":\"job\"}", 400,
            "stream: invalid topic \"job\"");
        row("subscribe to an unknown entity", "subscribe", "{\"channel\":\"cron:nightly\"}", 400,
            "stream: unknown topic entity type \"cron\"");
        row("subscribe credits of the wrong type", "subscribe", "{\"channel\":\"jobs\",\"credits\":\"many\"}",
            400,
            "invalid request: json: cannot unmarshal string into Go struct field SubscribeRequest.credits of "
            "type int");
    }
    void idErrors()
    {
        QFETCH(QString, method);
        QFETCH(QByteArray, data);
        QFETCH(int, code);
        QFETCH(QString, message);
        auto client = m_target.connect();
        QVERIFY(client);
        const auto reply = client->call(method, data);
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("error"));
        QCOMPARE(reply->error->code, code);
        QCOMPARE(reply->error->message, message);
        QVERIFY(!reply->hasData());
    }

    void timelineOfAnUnknownRunIsEmpty()
    {
        auto client = m_target.connect();
        QVERIFY(client);
        const auto reply = client->call(QStringLiteral("workflow.timeline"),
                                        "{\"run_id\":\"wfrun_01kaqz5v6w7x8y9z0a1b2c3d4e\"}");
        QVERIFY(reply);
        QCOMPARE(reply->type, QStringLiteral("response"));
        QCOMPARE(reply->data, QByteArrayLiteral("[]"));
    }
};

QTEST_GUILESS_MAIN(WireMethodsTest)
#include "tst_wire_methods.moc"
