// SPDX-License-Identifier: MIT
#pragma once

#include <QAtomicInteger>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

// Reads a journal file the way another program would, through a connection of its own, so that tests check
// what is on disk rather than what the writer believes. Open it only after the journal that wrote it has
// closed, or to look at a file no journal holds.
namespace journaltest {

class JournalFileReader
{
public:
    explicit JournalFileReader(const QString& path)
        : m_name(QStringLiteral("journal-test-reader-%1").arg(++counter()))
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        database.setDatabaseName(path);
        m_open = database.open();
    }
    ~JournalFileReader()
    {
        {
            QSqlDatabase database = QSqlDatabase::database(m_name, false);
            database.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    JournalFileReader(const JournalFileReader&) = delete;
    JournalFileReader& operator=(const JournalFileReader&) = delete;

    bool isOpen() const { return m_open; }
    QSqlDatabase database() const { return QSqlDatabase::database(m_name, false); }

    // The first column of the first row of `sql`, or an invalid QVariant with lastError() set.
    QVariant scalar(const QString& sql)
    {
        QSqlQuery query(database());
        if (!query.exec(sql) || !query.next()) {
            m_lastError = query.lastError().text();
            return {};
        }
        return query.value(0);
    }
    // Every row of `sql` as its columns joined by '|', NULL written as "∅".
    QStringList rows(const QString& sql)
    {
        QStringList result;
        QSqlQuery query(database());
        if (!query.exec(sql)) {
            m_lastError = query.lastError().text();
            return result;
        }
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns.append(query.isNull(i) ? QStringLiteral("∅") : query.value(i).toString());
            result.append(columns.join(u'|'));
        }
        return result;
    }
    bool exec(const QString& sql)
    {
        QSqlQuery query(database());
        if (query.exec(sql))
            return true;
        m_lastError = query.lastError().text();
        return false;
    }
    qint64 count(const QString& table)
    {
        return scalar(QStringLiteral("SELECT count(*) FROM ") + table).toLongLong();
    }
    const QString& lastError() const { return m_lastError; }

private:
    static QAtomicInteger<int>& counter()
    {
        static QAtomicInteger<int> value;
        return value;
    }

    QString m_name;
    QString m_lastError;
    bool m_open = false;
};

} // namespace journaltest
