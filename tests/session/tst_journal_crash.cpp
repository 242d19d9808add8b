// SPDX-License-Identifier: MIT
// Journal crash: a monitor killed while it writes loses at most the batch being written. The test starts
// itself as a child that writes batches until it is killed (SIGKILL, no chance to close anything), then
// reopens the file: whole batches only, at least every batch the child reported committed, an intact
// database, and the dead child's lock taken over.
#include "JournalFileReader.h"
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cstdio>

using namespace dispatch;
using namespace modeltest;
using journaltest::JournalFileReader;
namespace T = dwp::EventType;

namespace {

constexpr int kBatch = 2000;
constexpr int kWaitMs = 30000;
const char* const kChildOption = "--write-until-killed";

QList<dwp::StreamEvent> batchNumber(qint64 n)
{
    QList<dwp::StreamEvent> events;
    for (qint64 i = n * kBatch; i < (n + 1) * kBatch; ++i)
        events.append(jobEvent(T::JobEnqueued, jobId(quint64(i)), at(i)));
    return events;
}

// The child: a batch, and after each commit the next, handed over before "committed <events>" is printed, so
// that the parent's kill finds the writer in the middle of a transaction.
int writeUntilKilled(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    Journal journal(QString::fromLocal8Bit(argv[2]));
    qint64 next = 0;
    QObject::connect(&journal, &Journal::committed, &app, [&](qint64 eventsWritten) {
        journal.recordEvents(batchNumber(next++), QDateTime::currentDateTimeUtc());
        std::printf("committed %lld\n", static_cast<long long>(eventsWritten));
        std::fflush(stdout);
    });
    QObject::connect(&journal, &Journal::problem, &app, [](const QString& message) {
        std::printf("problem %s\n", qPrintable(message));
        std::fflush(stdout);
    });
    journal.start();
    journal.recordEvents(batchNumber(next++), QDateTime::currentDateTimeUtc());
    return QCoreApplication::exec();
}

} // namespace

class TestJournalCrash : public QObject
{
    Q_OBJECT

private slots:
    void aKilledWriterLosesAtMostTheLastBatch();
};

void TestJournalCrash::aKilledWriterLosesAtMostTheLastBatch()
{
    QTemporaryDir folder;
    const QString path = folder.filePath(QStringLiteral("crash.sqlite"));
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), {QString::fromLatin1(kChildOption), path});
    QVERIFY2(child.waitForStarted(kWaitMs), qPrintable(child.errorString()));
    qint64 lastCommitted = 0;
    QByteArray pending;
    const bool enough = QTest::qWaitFor(
        [&] {
            pending += child.readAllStandardOutput();
            while (pending.contains('\n')) {
                const qsizetype end = pending.indexOf('\n');
                const QByteArray line = pending.left(end);
                pending.remove(0, end + 1);
                if (line.startsWith("problem "))
                    qWarning("child: %s", line.constData());
                else if (line.startsWith("committed "))
                    lastCommitted = line.mid(10).toLongLong();
            }
            return lastCommitted >= 10 * kBatch || child.state() != QProcess::Running;
        },
        kWaitMs);
    QVERIFY2(enough, "waiting for the child to commit 10 batches");
    QCOMPARE(child.state(), QProcess::Running);
    child.kill(); // SIGKILL: mid-transaction, most likely, since the child writes without pause
    QVERIFY2(child.waitForFinished(kWaitMs), "waiting for the killed child to be gone");
    QCOMPARE(child.exitStatus(), QProcess::CrashExit);

    qint64 kept = 0;
    {
        JournalFileReader file(path);
        QCOMPARE(file.scalar(QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
        kept = file.count(QStringLiteral("events"));
        QVERIFY2(
            kept >= lastCommitted && kept % kBatch == 0,
            qPrintable(QStringLiteral("%1 events kept, %2 reported committed").arg(kept).arg(lastCommitted)));
        // Whole batches in order: the last row is the last event of a batch.
        QCOMPARE(
            file.scalar(QStringLiteral("SELECT subject_id FROM events ORDER BY id DESC LIMIT 1")).toString(),
            jobId(quint64(kept - 1)));
    }
    // The dead child's lock does not keep the next monitor out.
    Journal reopened(path);
    reopened.start();
    reopened.recordEvents(batchNumber(kept / kBatch), QDateTime::currentDateTimeUtc());
    QTRY_VERIFY2_WITH_TIMEOUT(reopened.eventsWritten() == kBatch,
                              "waiting for the reopened journal to commit", kWaitMs);
    QCOMPARE(reopened.storage(), Journal::Storage::File);
    reopened.close();
}

int main(int argc, char** argv)
{
    if (argc == 3 && qstrcmp(argv[1], kChildOption) == 0)
        return writeUntilKilled(argc, argv);
    QCoreApplication app(argc, argv);
    TestJournalCrash test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_journal_crash.moc"
