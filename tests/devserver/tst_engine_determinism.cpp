// SPDX-License-Identifier: MIT
#include "devserver/DevServer.h"
#include "devserver/SimClock.h"
#include "devserver/SimEngine.h"
#include "devserver/Workload.h"

#include <QTest>

using namespace devserver;

namespace {

// Runs a workload for `minutes` of simulated time and returns every event's JSON in order.
QList<QByteArray> simulate(WorkloadKind kind, quint64 seed, int minutes)
{
    SimClock clock;
    clock.setSpeed(0);
    clock.setStart(qint64(1795343400) * SimClock::kNanosPerSecond);
    SimEngine engine(clock, seed);
    QList<QByteArray> events;
    engine.setEventSink([&events](const dwp::StreamEvent& event) { events.append(event.toJson()); });
    auto workload = Workload::create(kind, 3000);
    workload->install(engine);
    for (int i = 0; i < minutes * 60; ++i)
        clock.advanceMs(1000);
    return events;
}

int count(const QList<QByteArray>& events, const char* type)
{
    const QByteArray needle = QByteArray("{\"type\":\"") + type + '"';
    return int(std::count_if(events.cbegin(), events.cend(),
                             [&](const QByteArray& e) { return e.startsWith(needle); }));
}

} // namespace

class EngineDeterminismTest : public QObject
{
    Q_OBJECT

private slots:
    void theSameSeedReplaysTheSameDemo()
    {
        const auto first = simulate(WorkloadKind::Demo, 7, 10);
        const auto second = simulate(WorkloadKind::Demo, 7, 10);
        QVERIFY(first.size() > 500);
        QCOMPARE(second.size(), first.size());
        for (qsizetype i = 0; i < first.size(); ++i)
            QCOMPARE(second[i], first[i]);
    }

    void anotherSeedGivesAnotherRun()
    {
        QVERIFY(simulate(WorkloadKind::Demo, 7, 2) != simulate(WorkloadKind::Demo, 8, 2));
    }

    void theDemoLooksLikeProduction()
    {
        const auto events = simulate(WorkloadKind::Demo, 1, 30);
        QVERIFY(count(events, "job.completed") > 1000);
        QVERIFY(count(events, "job.retrying") > 20);
        QVERIFY(count(events, "job.dlq") > 0);
        QCOMPARE(count(events, "job.failed"), count(events, "job.dlq"));
        QVERIFY(count(events, "workflow.started") > 50);
        QVERIFY(count(events, "workflow.completed") > 20);
        QVERIFY(count(events, "workflow.failed") > 0);
        QVERIFY(count(events, "cron.fired") >= 30);
        // The orphan job keeps being started without ever finishing.
        const QByteArray orphan = "\"job_name\":\"legacy-reindex\"";
        int orphanStarts = 0;
        for (const QByteArray& e : events) {
            if (e.startsWith("{\"type\":\"job.started\"") && e.contains(orphan))
                ++orphanStarts;
            QVERIFY(!(e.startsWith("{\"type\":\"job.completed\"") && e.contains(orphan)));
        }
        QVERIFY(orphanStarts > 30);
    }

    void twoServersWithTheSameSeedAgreeOnEveryByte()
    {
        DevServerConfig config;
        config.speed = 0;
        config.clockStartNanos = qint64(1795343400) * SimClock::kNanosPerSecond;
        config.workload = WorkloadKind::Demo;
        config.seed = 11;
        DevServer first(config);
        DevServer second(config);
        for (DevServer* server : {&first, &second})
            server->clock().advanceMs(5 * 60 * 1000);
        // Worker ids, job ids, timestamps: whole objects match, not just event streams.
        const QString id =
            first.engine().enqueue({QStringLiteral("send-email"), QByteArrayLiteral("{}"), {}, 0, {}}).id;
        QCOMPARE(
            second.engine().enqueue({QStringLiteral("send-email"), QByteArrayLiteral("{}"), {}, 0, {}}).id,
            id);
        first.clock().advanceMs(60 * 1000);
        second.clock().advanceMs(60 * 1000);
        QCOMPARE(second.engine().job(id)->toJson(), first.engine().job(id)->toJson());
        QVERIFY(first.engine().job(id)->workerId.startsWith(QLatin1String("wkr_")));
    }

    void burstProducesItsRate()
    {
        const auto events = simulate(WorkloadKind::Burst, 1, 1); // 3000 events/s for a minute
        QVERIFY2(qAbs(events.size() - 180000) < 500, qPrintable(QString::number(events.size())));
    }
};

QTEST_GUILESS_MAIN(EngineDeterminismTest)
#include "tst_engine_determinism.moc"
