// SPDX-License-Identifier: MIT
// Every payload parser against truncated and corrupted copies of valid input: each one either parses or
// fails with a message, and never crashes, hangs or reads out of bounds (run it under the sanitizers).
#include "PayloadFixtures.h"
#include "protocol/AuthRequest.h"
#include "protocol/ChannelRequest.h"
#include "protocol/EnqueueRequest.h"
#include "protocol/EnqueueResult.h"
#include "protocol/Job.h"
#include "protocol/ServerStats.h"
#include "protocol/StreamEvent.h"
#include "protocol/TimelineEntry.h"
#include "protocol/WorkflowRun.h"

#include <QRandomGenerator>
#include <QTest>
#include <functional>

using namespace dwp;

namespace {

// Parses `text` with one parser: an empty string when it parsed, else the error message, or
// kNoMessage for a failure that came without one (which would be a bug).
using Probe = std::function<QString(QByteArrayView)>;
const QString kNoMessage = QStringLiteral("<failure without a message>");

template<typename T>
QString outcome(const Parsed<T>& result)
{
    if (result.ok())
        return QString();
    return result.error().isEmpty() ? kNoMessage : result.error();
}

template<typename T>
Probe probe(Parsed<T> (*parse)(QByteArrayView))
{
    return [parse](QByteArrayView text) { return outcome(parse(text)); };
}

struct Sample
{
    const char* name;
    QByteArray text;
    Probe parse;
};

QList<Sample> samples()
{
    return {
        {"job",
         json("{'created_at':'2026-11-22T10:30:00Z','updated_at':'2026-11-22T10:30:00.5Z','id':'job_1','name'"
              ":'n',"
              "'queue':'q','payload':'eyJhIjoxfQ==','state':'pending','priority':1,'max_retries':3,'retry_"
              "count':0,"
              "'worker_id':'','run_at':'2026-11-22T10:30:00Z','started_at':null,'timeout':5}"),
         probe(&Job::parse)},
        {"run",
         json("{'created_at':'2026-11-22T10:30:00Z','updated_at':'2026-11-22T10:30:00Z','id':'wfrun_1','name'"
              ":'n',"
              "'state':'running','input':'e30=','started_at':'2026-11-22T10:30:00Z','version':1}"),
         probe(&WorkflowRun::parse)},
        {"timeline",
         json("[{'step_name':'a','data':'DP+B','created_at':'2026-11-22T10:30:00Z'},{'step_name':'b',"
              "'created_at':'2026-11-22T10:30:01Z'}]"),
         probe(&TimelineEntry::parseList)},
        {"event", goldenData(QStringLiteral("event_job_completed")), probe(&StreamEvent::parse)},
        {"job event data",
         json("{'job_id':'j','job_name':'n','queue':'q','attempt':1,'next_run_at':'2026-11-22T10:31:00Z'}"),
         probe(&JobEventData::parse)},
        {"stats", goldenData(QStringLiteral("stats_response")), probe(&ServerStats::parse)},
        {"enqueue result", goldenData(QStringLiteral("job_enqueue_response")), probe(&EnqueueResult::parse)},
        {"enqueue request", goldenData(QStringLiteral("job_enqueue_request")), probe(&EnqueueRequest::parse)},
        {"auth request", goldenData(QStringLiteral("auth_request")), probe(&AuthRequest::parse)},
        {"channel request", json("{'channel':'jobs','credits':5}"),
         [](QByteArrayView text) { return outcome(ChannelRequest::parse(text)); }},
    };
}

} // namespace

class PayloadRobustnessTest : public QObject
{
    Q_OBJECT

private slots:
    void samplesParse()
    {
        for (const Sample& sample : samples()) {
            QVERIFY2(!sample.text.isEmpty(), sample.name);
            // The untouched sample is valid, so the probes below start from something that parses.
            QCOMPARE(sample.parse(sample.text), QString());
        }
    }

    void everyTruncationFailsWithAMessage()
    {
        for (const Sample& sample : samples()) {
            for (qsizetype length = 0; length < sample.text.size(); ++length) {
                // A copy of exactly `length` bytes, so reading past the end is caught by the sanitizers.
                const QByteArray prefix = sample.text.left(length);
                const QString result = sample.parse(prefix);
                const QString where =
                    QStringLiteral("%1 cut at %2").arg(QLatin1String(sample.name)).arg(length);
                QVERIFY2(!result.isEmpty() && result != kNoMessage, qPrintable(where));
            }
        }
    }

    void randomCorruptionFailsCleanly()
    {
        QRandomGenerator random(20261122); // fixed seed: a failure can be replayed
        static constexpr char kInteresting[] = {'"', '\\', '{', '}', '[',  ']',    ',',    ':', '0',
                                                '-', 'e',  '.', '=', '\0', '\x80', '\xff', ' '};
        for (const Sample& sample : samples()) {
            for (int round = 0; round < 2000; ++round) {
                QByteArray text = sample.text;
                const int edits = 1 + int(random.bounded(3));
                for (int i = 0; i < edits; ++i) {
                    const auto at = qsizetype(random.bounded(quint32(text.size())));
                    text[at] = kInteresting[random.bounded(quint32(sizeof kInteresting))];
                }
                QVERIFY2(sample.parse(text) != kNoMessage, sample.name);
            }
        }
    }

    void deepNestingInRawValuesIsBounded()
    {
        // Raw values are stepped over without recursion; hostile depth is an error, not a stack overflow.
        const QByteArray deep =
            "{\"name\":\"x\",\"payload\":" + QByteArray(200000, '[') + QByteArray(200000, ']') + '}';
        const auto request = EnqueueRequest::parse(deep);
        QVERIFY(!request.ok());
        QVERIFY(request.error().contains(QLatin1String("nesting too deep")));
    }
};

QTEST_GUILESS_MAIN(PayloadRobustnessTest)
#include "tst_payloads_robustness.moc"
