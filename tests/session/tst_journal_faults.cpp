// SPDX-License-Identifier: MIT
// Journal faults (issue 19, "Bad input and faults"): a damaged file, a second monitor on the same profile, a
// folder that cannot be made (one that cannot be written: tst_journal_read_only_folder), a schema from a
// newer monitor, a full disk. Each time the journal says so once, keeps the session's history in memory and
// leaves the user's file as it was.
#include "JournalFileReader.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"
#include "session/JournalSchema.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
using journaltest::JournalFileReader;
namespace T = dwp::EventType;

namespace {

constexpr int kWaitMs = 10000;

QList<dwp::StreamEvent> someEvents(int first, int count)
{
    QList<dwp::StreamEvent> events;
    for (int i = first; i < first + count; ++i)
        events.append(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i), {}, 0, 0, QStringLiteral("resize"),
                               QStringLiteral("images-%1").arg(i)));
    return events;
}

QByteArray contentsOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Records `batches` batches of `size` events, each after the previous one was committed.
bool recordBatches(Journal& journal, int batches, int size)
{
    for (int batch = 0; batch < batches; ++batch) {
        const qint64 before = journal.eventsWritten();
        journal.recordEvents(someEvents(batch * size, size), QDateTime::currentDateTimeUtc());
        if (!QTest::qWaitFor([&] { return journal.eventsWritten() == before + size; }, kWaitMs))
            return false;
    }
    return true;
}

} // namespace

class TestJournalFaults : public QObject
{
    Q_OBJECT

private slots:
    void aDamagedFileIsLeftAsItIs();
    void aSecondMonitorOnTheSameProfileWorksInMemory();
    void aFolderThatCannotBeMade();
    void aNewerSchemaIsSaidOnceAndLeftAlone();
    void aFullDiskKeepsWhatWasWrittenAndGoesOnInMemory();
};

void TestJournalFaults::aDamagedFileIsLeftAsItIs()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("damaged.sqlite"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray("this is not a SQLite database, whatever its name says\n").repeated(200));
    }
    const QByteArray before = contentsOf(path);
    Journal journal(path);
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    QVERIFY(recordBatches(journal, 3, 10)); // positive control: history goes on, in memory
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"could not be read") && message.contains(path) &&
                 message.contains(u"left as it is") && message.contains(u"in memory"),
             qPrintable(message));
    journal.close();
    QCOMPARE(contentsOf(path), before);
}

// The decision (README, "Journal"): one writer per file; the second monitor on a profile keeps its history in
// memory, and the file is the first one's alone.
void TestJournalFaults::aSecondMonitorOnTheSameProfileWorksInMemory()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("shared.sqlite"));
    {
        Journal first(path);
        QSignalSpy firstProblems(&first, &Journal::problem);
        first.start();
        QTRY_VERIFY2_WITH_TIMEOUT(first.storage() == Journal::Storage::File, "waiting for the first to open",
                                  kWaitMs);
        Journal second(path);
        QSignalSpy secondProblems(&second, &Journal::problem);
        second.start();
        QTRY_VERIFY2_WITH_TIMEOUT(second.storage() == Journal::Storage::Memory,
                                  "waiting for the second to go to memory", kWaitMs);
        QCOMPARE(secondProblems.size(), 1);
        const QString message = secondProblems.first().first().toString();
        QVERIFY2(message.contains(u"Another Dispatch Monitor") && message.contains(path),
                 qPrintable(message));

        first.recordEvents(someEvents(0, 4), QDateTime::currentDateTimeUtc());
        second.recordEvents(someEvents(100, 3), QDateTime::currentDateTimeUtc());
        QTRY_VERIFY2_WITH_TIMEOUT(first.eventsWritten() == 4 && second.eventsWritten() == 3,
                                  "waiting for both journals to commit", kWaitMs);
        QCOMPARE(firstProblems.size(), 0);
    }
    {
        JournalFileReader file(path);
        QCOMPARE(file.rows(QStringLiteral("SELECT queue FROM events ORDER BY id")),
                 QStringList({QStringLiteral("images-0"), QStringLiteral("images-1"),
                              QStringLiteral("images-2"), QStringLiteral("images-3")}));
    }
    // Once the first has gone, the next monitor writes the file again.
    Journal next(path);
    next.start();
    QTRY_VERIFY2_WITH_TIMEOUT(next.storage() == Journal::Storage::File, "waiting for the lock to be free",
                              kWaitMs);
}

void TestJournalFaults::aFolderThatCannotBeMade()
{
    QTemporaryDir folder;
    const QString notAFolder = folder.filePath(QStringLiteral("a-file"));
    {
        QFile file(notAFolder);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    Journal journal(notAFolder + QStringLiteral("/journal/p.sqlite"));
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    QVERIFY(recordBatches(journal, 2, 5));
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"could not be made") && message.contains(notAFolder), qPrintable(message));
}

void TestJournalFaults::aNewerSchemaIsSaidOnceAndLeftAlone()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("future.sqlite"));
    const int future = JournalSchema::currentVersion() + 5;
    {
        JournalFileReader newer(path);
        QVERIFY(newer.exec(QStringLiteral("CREATE TABLE events_v9 (id INTEGER PRIMARY KEY, what TEXT)")));
        QVERIFY(newer.exec(QStringLiteral("INSERT INTO events_v9 (what) VALUES ('from the future')")));
        QVERIFY(newer.exec(QStringLiteral("PRAGMA user_version = %1").arg(future)));
    }
    const QByteArray before = contentsOf(path);
    QVERIFY(!before.isEmpty());
    Journal journal(path);
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    QVERIFY(recordBatches(journal, 3, 10));
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1); // once, though three batches went to memory
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"newer Dispatch Monitor") && message.contains(QString::number(future)) &&
                 message.contains(QString::number(JournalSchema::currentVersion())),
             qPrintable(message));
    journal.close();
    QTRY_VERIFY2_WITH_TIMEOUT(!QFile::exists(path + QStringLiteral(".lock")),
                              "waiting for the journal to let go of the file", kWaitMs);
    QCOMPARE(contentsOf(path), before);
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA user_version")).toInt(), future);
    QCOMPARE(file.scalar(QStringLiteral("SELECT what FROM events_v9")).toString(),
             QStringLiteral("from the future"));
}

// A disk that fills up, simulated with a size cap (max_page_count): the batch that does not fit is rolled
// back whole, what was committed before stays, and the session goes on in memory without losing an event.
void TestJournalFaults::aFullDiskKeepsWhatWasWrittenAndGoesOnInMemory()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("full.sqlite"));
    constexpr int kBatch = 200;
    constexpr int kMaxBatches = 500;
    qint64 recorded = 0;
    {
        Journal journal(path);
        journal.setMaxPageCount(60);
        QSignalSpy problems(&journal, &Journal::problem);
        journal.start();
        QTRY_VERIFY2_WITH_TIMEOUT(journal.storage() == Journal::Storage::File, "waiting for the file",
                                  kWaitMs);
        for (int batch = 0; batch < kMaxBatches && journal.storage() == Journal::Storage::File; ++batch) {
            QVERIFY(recordBatches(journal, 1, kBatch));
            recorded += kBatch;
        }
        QCOMPARE(journal.storage(), Journal::Storage::Memory);
        QVERIFY(recordBatches(journal, 3, kBatch)); // and on it goes
        recorded += 3 * kBatch;
        QCOMPARE(journal.eventsWritten(), recorded);
        QCOMPARE(problems.size(), 1);
        const QString message = problems.first().first().toString();
        QVERIFY2(message.contains(u"Writing the journal") && message.contains(u"full"), qPrintable(message));
    }
    JournalFileReader file(path);
    QCOMPARE(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    const qint64 kept = file.count(QStringLiteral("events"));
    QVERIFY2(kept > 0 && kept < recorded && kept % kBatch == 0,
             qPrintable(QStringLiteral("%1 of %2 events kept").arg(kept).arg(recorded)));
}

QTEST_GUILESS_MAIN(TestJournalFaults)
#include "tst_journal_faults.moc"
