// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace dispatch {

// One prepared statement of the journal's writer, or of a reader's hot reads, run through SQLite's own API
// on the connection Qt Sql opened (QSqlDriver::handle(), the same libsqlite3 the driver plugin uses), for the
// statements run once per event. QSqlQuery::bindValue names every positional value ":<n>" with QString::arg
// and looks it up in a hash, and binds text as UTF-16 for SQLite to convert back: 13 % and 2 % of the
// writer's CPU (perf over bench_journal, 2026-12-07). Values are bound by reference: what is bound must
// outlive exec().
class JournalStatement
{
public:
    JournalStatement() = default;
    ~JournalStatement();
    JournalStatement(const JournalStatement&) = delete;
    JournalStatement& operator=(const JournalStatement&) = delete;

    // False with error() set when the database is no SQLite connection or the SQL does not prepare.
    bool prepare(const QSqlDatabase& database, const char* sql);
    // Positions count from 1, as SQLite's.
    void bind(int position, qint64 value);
    // UTF-8, kept by the caller until exec(); empty binds '' (columns that must hold text).
    void bindText(int position, const QByteArray& utf8);
    // UTF-8 or NULL when empty.
    void bindTextOrNull(int position, const QByteArray& utf8);
    // Runs it to its end and resets it for the next values.
    bool exec();
    // Runs it and reads the first column of its first row as an integer (a PRAGMA's answer); false with
    // error() set when it failed or returned no row.
    bool scalar(qint64* value);
    // Reading: steps to the next row; false at the end, or on an error (error() then says which), after
    // which the statement is reset for the next values. Then the row's columns, counted from 0: text as
    // stored (UTF-8), without Qt Sql's QVariant and UTF-16 round trip per value, which made reading the
    // newest 100 000 events cost 0.7 s at start where SQLite took 74 ms (bench_startup's journal).
    bool next();
    qint64 integerAt(int column) const;
    QByteArray bytesAt(int column) const;
    QString textAt(int column) const;
    qint64 lastInsertId() const;
    const QString& error() const { return m_error; }
    void finalize();

private:
    bool failed();

    sqlite3* m_database = nullptr;
    sqlite3_stmt* m_statement = nullptr;
    QString m_error;
};

} // namespace dispatch
