// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>

namespace dispatch {

// A profile's journal as files (README, "Journal"): the database, its write-ahead log and shared-memory
// index beside it, and the lock file that says a monitor writes it. For the profiles dialog, which shows the
// size of journals that no session of this window has open and clears them.
class JournalFiles
{
    Q_DECLARE_TR_FUNCTIONS(dispatch::JournalFiles)

public:
    // The database and its write-ahead log, in bytes; 0 when there is none.
    static qint64 bytesOnDisk(const QString& path);
    // Deletes the journal's files, but only while no monitor holds its lock (taken here for the moment of
    // deleting, so that none can open it meanwhile; a lock left by a monitor that crashed is taken over).
    // Returns why not, in words, or an empty string when the files are gone (or were never there).
    static QString removeUnlessInUse(const QString& path);
};

} // namespace dispatch
