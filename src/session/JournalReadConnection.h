// SPDX-License-Identifier: MIT
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace dispatch {

// A read-only connection of its own to a profile's journal (README, "Journal"), which WAL lets read beside
// the writer's: what JournalReader and JournalSearch each read through. Made in the thread that constructs it
// and used only there (a Qt SQL connection belongs to its thread); closed and removed from Qt's registry when
// it goes. A file that is not there opens nothing and is no error (nothing journaled yet); one that is no
// database says SQLite's words in error(), one of a newer schema than this monitor's the sentence of
// JournalReadProblem::newerSchema. Nothing is ever written: the file is opened anew for each reader, so a
// schema raised while the session runs is refused by the next one.
class JournalReadConnection
{
public:
    // `kind` names the connection in Qt's registry ("dispatch-journal-<kind>-<n>").
    JournalReadConnection(const QString& filePath, const QString& kind);
    ~JournalReadConnection();
    JournalReadConnection(const JournalReadConnection&) = delete;
    JournalReadConnection& operator=(const JournalReadConnection&) = delete;

    // The file is there and opened as a database (its schema may still be one the reader cannot use).
    bool isConnected() const { return m_connected; }
    // PRAGMA user_version (JournalSchema::versionOf): 0 when not connected, -1 when it could not be read.
    int version() const { return m_version; }
    // The schema is newer than this monitor's (error() says so in words).
    bool isNewerSchema() const;
    // Connected, and the schema is at least `oldestVersion` and not newer than this monitor's.
    bool supports(int oldestVersion) const;
    const QString& error() const { return m_error; }
    QSqlDatabase database() const;

private:
    QString m_name;
    QString m_error;
    int m_version = 0;
    bool m_connected = false;
};

} // namespace dispatch
