// SPDX-License-Identifier: MIT
// Journal in a folder it cannot write: said once, history in memory, nothing created there. Apart from
// tst_journal_faults because as root (CI containers) permissions stop nothing, and ctest counts a binary with
// a skip as skipped: the other faults must not disappear with it.
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace dispatch;
using namespace modeltest;
namespace T = dwp::EventType;

class TestJournalReadOnlyFolder : public QObject
{
    Q_OBJECT

private slots:
    void aFolderThatCannotBeWritten();
};

void TestJournalReadOnlyFolder::aFolderThatCannotBeWritten()
{
    QTemporaryDir folder;
    const QString readOnly = folder.filePath(QStringLiteral("read-only"));
    QVERIFY(QDir().mkpath(readOnly));
    QVERIFY(QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::ExeOwner));
    const auto restore = qScopeGuard(
        [&] { QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner); });
    {
        QFile probe(readOnly + QStringLiteral("/probe"));
        if (probe.open(QIODevice::WriteOnly))
            QSKIP("The folder stays writable after chmod 0500: this runs as root, whom permissions do not "
                  "stop.");
    }
    Journal journal(readOnly + QStringLiteral("/p.sqlite"));
    QSignalSpy problems(&journal, &Journal::problem);
    journal.start();
    journal.recordEvents({jobEvent(T::JobEnqueued, jobId(1), at(1))}, QDateTime::currentDateTimeUtc());
    QTRY_VERIFY2_WITH_TIMEOUT(journal.eventsWritten() == 1, "waiting for the event in memory", 10000);
    QCOMPARE(journal.storage(), Journal::Storage::Memory);
    QCOMPARE(problems.size(), 1);
    const QString message = problems.first().first().toString();
    QVERIFY2(message.contains(u"cannot be written in the folder") && message.contains(readOnly),
             qPrintable(message));
    QVERIFY(!QFile::exists(readOnly + QStringLiteral("/p.sqlite")));
}

QTEST_GUILESS_MAIN(TestJournalReadOnlyFolder)
#include "tst_journal_read_only_folder.moc"
