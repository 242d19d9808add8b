// SPDX-License-Identifier: MIT
#include "session/JournalReadConnection.h"

#include "session/JournalReadProblem.h"
#include "session/JournalSchema.h"

#include <QAtomicInteger>
#include <QFileInfo>
#include <QSqlError>

namespace dispatch {

namespace {

QString nextConnectionName(const QString& kind)
{
    static QAtomicInteger<quint64> lastNumber;
    return QStringLiteral("dispatch-journal-%1-%2").arg(kind).arg(++lastNumber);
}

} // namespace

JournalReadConnection::JournalReadConnection(const QString& filePath, const QString& kind)
    : m_name(nextConnectionName(kind))
{
    if (filePath.isEmpty() || !QFileInfo::exists(filePath))
        return; // nothing journaled yet: not a problem
    QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    database.setDatabaseName(filePath);
    // Read-only: whatever the file holds, this connection cannot change it. The busy timeout covers the
    // moment the writer checkpoints; WAL readers are not blocked otherwise.
    database.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
    if (!database.open()) {
        m_error = database.lastError().text();
        return;
    }
    m_connected = true;
    m_version = JournalSchema::versionOf(database, &m_error);
    if (isNewerSchema())
        m_error = JournalReadProblem::newerSchema(filePath, m_version, JournalSchema::currentVersion());
}

JournalReadConnection::~JournalReadConnection()
{
    {
        QSqlDatabase database = QSqlDatabase::database(m_name, false);
        database.close();
    } // the handle goes before the connection is removed, as removeDatabase asks
    if (QSqlDatabase::contains(m_name))
        QSqlDatabase::removeDatabase(m_name);
}

bool JournalReadConnection::isNewerSchema() const
{
    return m_version > JournalSchema::currentVersion();
}

bool JournalReadConnection::supports(int oldestVersion) const
{
    return m_connected && m_version >= oldestVersion && m_version <= JournalSchema::currentVersion();
}

QSqlDatabase JournalReadConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

} // namespace dispatch
