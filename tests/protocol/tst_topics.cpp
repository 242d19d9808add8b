// SPDX-License-Identifier: MIT
#include "protocol/Topics.h"

#include <QTest>

using namespace dwp;

class TopicsTest : public QObject
{
    Q_OBJECT

private slots:
    void channelValidation_data()
    {
        QTest::addColumn<QString>("channel");
        QTest::addColumn<QString>("error");
        QTest::newRow("firehose") << QStringLiteral("firehose") << QString();
        QTest::newRow("jobs") << QStringLiteral("jobs") << QString();
        QTest::newRow("workflows") << QStringLiteral("workflows") << QString();
        QTest::newRow("job topic") << QStringLiteral("job:job_01kaqz3c4de5f6g7h8j9kmnpqr") << QString();
        QTest::newRow("any job text") << QStringLiteral("job:not-an-id") << QString();
        QTest::newRow("more colons") << QStringLiteral("workflow:a:b:c") << QString();
        QTest::newRow("queue") << QStringLiteral("queue:images") << QString();
        QTest::newRow("empty") << QStringLiteral("") << QStringLiteral("stream: invalid topic \"\"");
        QTest::newRow("plural typo") << QStringLiteral("job")
                                     << QStringLiteral("stream: invalid topic \"job\"");
        QTest::newRow("empty id") << QStringLiteral("job:")
                                  << QStringLiteral("stream: invalid topic \"job:\"");
        QTest::newRow("unknown entity")
            << QStringLiteral("cron:nightly") << QStringLiteral("stream: unknown topic entity type \"cron\"");
        QTest::newRow("case matters")
            << QStringLiteral("Jobs") << QStringLiteral("stream: invalid topic \"Jobs\"");
        QTest::newRow("quotes escaped")
            << QStringLiteral("x\"y") << QStringLiteral("stream: invalid topic \"x\\\"y\"");
    }
    void channelValidation()
    {
        QFETCH(QString, channel);
        QFETCH(QString, error);
        const auto result = topics::channelError(channel);
        QCOMPARE(result.value_or(QString()), error);
    }

    void jobEventReachesFirehoseJobsAndItsTopic()
    {
        const QString topic = topics::jobTopic(QStringLiteral("job_1"));
        QCOMPARE(
            topics::channelsReachedBy(QStringLiteral("job.completed"), topic),
            (QStringList{QStringLiteral("firehose"), QStringLiteral("jobs"), QStringLiteral("job:job_1")}));
        QVERIFY(topics::reaches(QStringLiteral("job.completed"), topic, QStringLiteral("jobs")));
        QVERIFY(!topics::reaches(QStringLiteral("job.completed"), topic, QStringLiteral("workflows")));
        QVERIFY(!topics::reaches(QStringLiteral("job.completed"), topic, QStringLiteral("job:job_2")));
        QVERIFY(!topics::reaches(QStringLiteral("job.completed"), topic, QStringLiteral("queue:default")));
    }

    void workflowEventReachesWorkflows()
    {
        const QString topic = topics::workflowTopic(QStringLiteral("wfrun_1"));
        QCOMPARE(topic, QStringLiteral("workflow:wfrun_1"));
        QVERIFY(
            topics::reaches(QStringLiteral("workflow.step_completed"), topic, QStringLiteral("workflows")));
        QVERIFY(topics::reaches(QStringLiteral("workflow.step_completed"), topic, topic));
        QVERIFY(!topics::reaches(QStringLiteral("workflow.step_completed"), topic, QStringLiteral("jobs")));
    }

    void cronFiredReachesFirehoseOnly()
    {
        QCOMPARE(topics::channelsReachedBy(QStringLiteral("cron.fired"), QString()),
                 QStringList{QStringLiteral("firehose")});
        QVERIFY(topics::reaches(QStringLiteral("cron.fired"), QString(), QStringLiteral("firehose")));
        QVERIFY(!topics::reaches(QStringLiteral("cron.fired"), QString(), QStringLiteral("jobs")));
        QVERIFY(!topics::reaches(QStringLiteral("cron.fired"), QString(), QString()));
    }
};

QTEST_GUILESS_MAIN(TopicsTest)
#include "tst_topics.moc"
