// SPDX-License-Identifier: MIT
#include "session/JournalStatement.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

namespace dispatch {

JournalStatement::~JournalStatement()
{
    finalize();
}

bool JournalStatement::prepare(const QSqlDatabase& database, const char* sql)
{
    finalize();
    m_error.clear();
    const QVariant handle = database.driver() ? database.driver()->handle() : QVariant();
    // Qt's SQLite driver hands its connection out as "sqlite3*" (QSqlDriver::handle()'s documentation).
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !(m_database = *static_cast<sqlite3* const*>(handle.data()))) {
        m_error = QStringLiteral("the journal's connection is no SQLite connection");
        return false;
    }
    if (sqlite3_prepare_v3(m_database, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK)
        return failed();
    return true;
}

void JournalStatement::bind(int position, qint64 value)
{
    sqlite3_bind_int64(m_statement, position, value);
}

void JournalStatement::bindText(int position, const QByteArray& utf8)
{
    // A null QByteArray's data() is "", never a null pointer: '' rather than NULL.
    sqlite3_bind_text(m_statement, position, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void JournalStatement::bindTextOrNull(int position, const QByteArray& utf8)
{
    if (utf8.isEmpty())
        sqlite3_bind_null(m_statement, position);
    else
        bindText(position, utf8);
}

bool JournalStatement::exec()
{
    int result = SQLITE_ROW;
    while (result == SQLITE_ROW)
        result = sqlite3_step(m_statement);
    // reset() repeats step()'s error code; the bindings stay until the next bind.
    sqlite3_reset(m_statement);
    if (result != SQLITE_DONE)
        return failed();
    return true;
}

bool JournalStatement::scalar(qint64* value)
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        *value = sqlite3_column_int64(m_statement, 0);
    sqlite3_reset(m_statement);
    if (result != SQLITE_ROW) {
        if (result == SQLITE_DONE)
            m_error = QStringLiteral("no row");
        else
            failed();
        return false;
    }
    return true;
}

bool JournalStatement::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        failed();
    sqlite3_reset(m_statement);
    return false;
}

qint64 JournalStatement::integerAt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QByteArray JournalStatement::bytesAt(int column) const
{
    // text() before bytes(), as SQLite asks: the length is of the UTF-8 form text() made.
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QByteArray(text, sqlite3_column_bytes(m_statement, column)) : QByteArray();
}

QString JournalStatement::textAt(int column) const
{
    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return text ? QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 JournalStatement::lastInsertId() const
{
    return m_database ? sqlite3_last_insert_rowid(m_database) : 0;
}

void JournalStatement::finalize()
{
    if (m_statement)
        sqlite3_finalize(m_statement);
    m_statement = nullptr;
    m_database = nullptr;
}

bool JournalStatement::failed()
{
    m_error = m_database ? QString::fromUtf8(sqlite3_errmsg(m_database))
                         : QStringLiteral("the journal's connection is closed");
    return false;
}

} // namespace dispatch
