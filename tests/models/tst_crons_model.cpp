// SPDX-License-Identifier: MIT
// CronsModel: the crons seen firing (cron.fired, dwp-protocol.md §5), most recent first, counted, with the
// job each enqueued last; ids learnt from REST entries, forgotten on delete; bounded in rows.
#include "ModelEventFactory.h"
#include "i18n/LocaleTranslations.h"
#include "models/CronEntriesModel.h"
#include "models/CronsModel.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <memory>

using namespace dispatch;
using namespace modeltest;

namespace {

dwp::StreamEvent cronFired(const QString& name, const QString& job, dwp::Timestamp ts)
{
    return dwp::StreamEvent::forCronFired({name, job}, ts);
}

dwp::CronEntry entryNamed(const QString& name, const QString& id)
{
    dwp::CronEntry entry;
    entry.id = id;
    entry.name = name;
    entry.schedule = QStringLiteral("*/5 * * * *");
    entry.jobName = name;
    return entry;
}

const QString kCleanupId = QStringLiteral("cron_01jz0000000000000000000001");

} // namespace

class TestCronsModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void firingsAreCountedMostRecentFirst();
    void otherEventsAndUnreadableDataAreIgnored();
    void idsAreLearntFromEntriesBeforeOrAfterFiring();
    void deletedCronKeepsItsRowWithoutAnId();
    void boundedInRows();
    void serverListShowsSchedulesInWords();

private:
    std::unique_ptr<LocaleTranslations> m_english; // English plural forms: "every 5 minutes"
};

void TestCronsModel::initTestCase()
{
    m_english = std::make_unique<LocaleTranslations>(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY(m_english->hasApplicationTranslation());
}

void TestCronsModel::firingsAreCountedMostRecentFirst()
{
    CronsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents({cronFired(QStringLiteral("cleanup"), jobId(1), at(0)),
                       cronFired(QStringLiteral("report"), jobId(2), at(10)),
                       jobEvent(dwp::EventType::JobEnqueued, jobId(2), at(10))});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, CronsModel::NameColumn).data().toString(), QStringLiteral("report"));
    model.applyEvents({cronFired(QStringLiteral("cleanup"), jobId(3), at(60))});
    QCOMPARE(model.rowCount(), 2);
    const QModelIndex top = model.index(0, CronsModel::NameColumn);
    QCOMPARE(top.data().toString(), QStringLiteral("cleanup"));
    QCOMPARE(top.data(CronsModel::TimesFiredRole).toInt(), 2);
    QCOMPARE(model.index(0, CronsModel::TimesFiredColumn).data().toInt(), 2);
    QCOMPARE(top.data(CronsModel::LastJobIdRole).toString(), jobId(3));
    QCOMPARE(model.index(0, CronsModel::LastJobColumn).data().toString(), jobId(3));
    QCOMPARE(top.data(CronsModel::LastFiredRole).toDateTime(),
             QDateTime::fromSecsSinceEpoch(kBaseSeconds + 60, Qt::UTC));
    QCOMPARE(model.index(1, CronsModel::TimesFiredColumn).data().toInt(), 1);
}

void TestCronsModel::otherEventsAndUnreadableDataAreIgnored()
{
    CronsModel model;
    dwp::StreamEvent broken = cronFired(QStringLiteral("x"), jobId(1), at(0));
    broken.data = QByteArrayLiteral("[1,2]");
    dwp::StreamEvent nameless = cronFired(QString(), jobId(1), at(0));
    model.applyEvents({broken, nameless, jobEvent(dwp::EventType::JobFailed, jobId(1), at(1))});
    QCOMPARE(model.rowCount(), 0);
    // Positive control: the same batch with one good event adds one row.
    model.applyEvents({broken, cronFired(QStringLiteral("x"), jobId(1), at(0))});
    QCOMPARE(model.rowCount(), 1);
}

void TestCronsModel::idsAreLearntFromEntriesBeforeOrAfterFiring()
{
    CronsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.applyEvents({cronFired(QStringLiteral("cleanup"), jobId(1), at(0))});
    QVERIFY(model.index(0, 0).data(CronsModel::CronIdRole).toString().isEmpty());
    model.noteEntry(entryNamed(QStringLiteral("cleanup"), kCleanupId));
    QCOMPARE(model.index(0, 0).data(CronsModel::CronIdRole).toString(), kCleanupId);
    // Learnt before the name fired: the row arrives with it.
    const QString reportId = QStringLiteral("cron_01jz0000000000000000000002");
    model.noteEntry(entryNamed(QStringLiteral("report"), reportId));
    QCOMPARE(model.rowCount(), 1); // an entry alone is not a firing
    model.applyEvents({cronFired(QStringLiteral("report"), jobId(2), at(5))});
    QCOMPARE(model.index(0, 0).data(CronsModel::CronIdRole).toString(), reportId);
    QCOMPARE(model.cronIdOf(QStringLiteral("report")), reportId);
}

void TestCronsModel::deletedCronKeepsItsRowWithoutAnId()
{
    CronsModel model;
    model.noteEntry(entryNamed(QStringLiteral("cleanup"), kCleanupId));
    model.applyEvents({cronFired(QStringLiteral("cleanup"), jobId(1), at(0))});
    model.forgetId(kCleanupId);
    QCOMPARE(model.rowCount(), 1);
    QVERIFY(model.index(0, 0).data(CronsModel::CronIdRole).toString().isEmpty());
    QVERIFY(model.cronIdOf(QStringLiteral("cleanup")).isEmpty());
}

void TestCronsModel::boundedInRows()
{
    CronsModel model;
    QList<dwp::StreamEvent> events;
    for (int n = 0; n < CronsModel::kMaxRows + 5; ++n)
        events.append(cronFired(QStringLiteral("cron-%1").arg(n), jobId(n + 1), at(n)));
    model.applyEvents(events);
    QCOMPARE(model.rowCount(), CronsModel::kMaxRows);
    // The five fired longest ago went; the newest is on top.
    QCOMPARE(model.rowOfName(QStringLiteral("cron-4")), -1);
    QVERIFY(model.rowOfName(QStringLiteral("cron-5")) >= 0);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("cron-%1").arg(CronsModel::kMaxRows + 4));
}

void TestCronsModel::serverListShowsSchedulesInWords()
{
    CronEntriesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dwp::CronEntry first = entryNamed(QStringLiteral("cleanup"), kCleanupId);
    dwp::CronEntry second =
        entryNamed(QStringLiteral("odd"), QStringLiteral("cron_01jz0000000000000000000002"));
    second.schedule = QStringLiteral("0 9 * 1 *");
    second.enabled = false;
    model.setPage({first, second}, 50);
    QCOMPARE(model.offset(), 50);
    QCOMPARE(model.index(0, CronEntriesModel::ScheduleColumn).data().toString(),
             QStringLiteral("every 5 minutes"));
    QCOMPARE(model.index(0, CronEntriesModel::ScheduleColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("*/5 * * * *"));
    QCOMPARE(model.index(1, CronEntriesModel::ScheduleColumn).data().toString(), QStringLiteral("0 9 * 1 *"));
    QCOMPARE(model.index(1, CronEntriesModel::EnabledColumn).data().toString(), QStringLiteral("Disabled"));
    first.enabled = false;
    model.update(first);
    QCOMPARE(model.index(0, CronEntriesModel::EnabledColumn).data().toString(), QStringLiteral("Disabled"));
    model.remove(kCleanupId);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, 0).data(CronEntriesModel::CronIdRole).toString(), second.id);
}

QTEST_GUILESS_MAIN(TestCronsModel)
#include "tst_crons_model.moc"
