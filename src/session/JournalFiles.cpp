// SPDX-License-Identifier: MIT
#include "session/JournalFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace dispatch {

namespace {

// SQLite's files beside the database in WAL mode.
const QStringList kCompanions = {QStringLiteral("-wal"), QStringLiteral("-shm")};

} // namespace

qint64 JournalFiles::bytesOnDisk(const QString& path)
{
    if (path.isEmpty())
        return 0;
    qint64 bytes = QFileInfo(path).size();
    bytes += QFileInfo(path + kCompanions.first()).size();
    return bytes;
}

QString JournalFiles::removeUnlessInUse(const QString& path)
{
    if (path.isEmpty() || !QFileInfo::exists(path))
        return {};
    // The writer's lock (JournalWriter::openFile): held by any monitor, this one included, that writes the
    // file. Not waited for: the answer is needed now, and a monitor that holds it holds it for its session.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(std::chrono::milliseconds::zero());
    if (!lock.tryLock(std::chrono::milliseconds::zero())) {
        if (lock.error() == QLockFile::LockFailedError)
            //: In the profile dialog after Clear History. %1 is the journal's file.
            return tr("Another Dispatch Monitor is writing this journal (%1): clear it there, or close it "
                      "first.")
                .arg(path);
        //: In the profile dialog after Clear History. %1 is the journal's file.
        return tr("The journal %1 could not be locked for deleting; nothing was deleted.").arg(path);
    }
    QStringList left;
    for (const QString& file : QStringList{path + kCompanions[0], path + kCompanions[1], path}) {
        if (QFileInfo::exists(file) && !QFile::remove(file))
            left.append(file);
    }
    if (!left.isEmpty())
        //: In the profile dialog after Clear History. %1 lists the files that are still there.
        return tr("These files could not be deleted: %1").arg(left.join(QStringLiteral(", ")));
    return {};
}

} // namespace dispatch
