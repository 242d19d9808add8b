// SPDX-License-Identifier: MIT
// Journal in a folder it cannot write: said once, history in memory, nothing created there. As root (CI
// containers) permissions stop nothing, so there the folder is made immutable (chattr +i, which stops root
// too) where the file system and the capabilities allow; elsewhere the test skips. Apart from
// tst_journal_faults because ctest counts a binary with a skip as skipped: the other faults must not
// disappear with it.
#include "models/ModelEventFactory.h"
#include "protocol/EventType.h"
#include "session/Journal.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace dispatch;
using namespace modeltest;
namespace T = dwp::EventType;

namespace {

// Sets or clears the immutable flag of a folder (chattr +i / -i); false where it cannot be set.
bool setImmutable(const QString& folder, bool immutable)
{
    const int fd = ::open(QFile::encodeName(folder).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    int flags = 0;
    bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
    if (done) {
        flags = immutable ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
    }
    ::close(fd);
    return done;
}

bool canCreateIn(const QString& folder)
{
    QFile probe(folder + QStringLiteral("/probe"));
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    probe.close();
    probe.remove();
    return true;
}

} // namespace

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
    const auto restore = qScopeGuard([&] {
        setImmutable(readOnly, false);
        QFile::setPermissions(readOnly, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    });
    if (canCreateIn(readOnly)) {
        // Root: the permissions stopped nothing, so the positive control is that a file could be made.
        if (!setImmutable(readOnly, true))
            QSKIP("The folder stays writable after chmod 0500 (this runs as root) and cannot be made "
                  "immutable here (chattr +i needs CAP_LINUX_IMMUTABLE and an ext4-like file system).");
        QVERIFY2(!canCreateIn(readOnly), "an immutable folder still took a file");
        qInfo("running as root: the folder is made immutable instead");
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
