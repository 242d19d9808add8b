// SPDX-License-Identifier: MIT
#include "session/JournalEventWords.h"

#include "session/JournalSearch.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QStringList>
#include <QVariant>

namespace dispatch {

namespace {

// `"queue"*` as JournalSearch::matchExpression writes a prefix: the prefix, or empty for any other term.
QString plainPrefixOf(const QString& term)
{
    static const QRegularExpression prefix(QStringLiteral("^\"([0-9A-Za-z]+)\"\\*$"));
    const QRegularExpressionMatch match = prefix.match(term);
    return match.hasMatch() ? match.captured(1).toLower() : QString();
}

QString expanded(QSqlQuery& words, const QString& term)
{
    const QString prefix = plainPrefixOf(term);
    if (prefix.isEmpty())
        return term;
    // Words sort by their bytes (BINARY), as FTS5 compares its terms: [prefix, the prefix's successor).
    QString end = prefix;
    end.back() = QChar(end.back().unicode() + 1);
    words.bindValue(0, prefix);
    words.bindValue(1, end);
    words.bindValue(2, JournalEventWords::kMaxWordsPerPrefix + 1);
    if (!words.exec())
        return term;
    QStringList alternatives;
    while (words.next())
        alternatives.append(u'"' + words.value(0).toString().replace(u'"', QStringLiteral("\"\"")) + u'"');
    words.finish();
    if (alternatives.isEmpty() || alternatives.size() > JournalEventWords::kMaxWordsPerPrefix)
        return term;
    return alternatives.size() == 1 ? alternatives.front()
                                    : u'(' + alternatives.join(QStringLiteral(" OR ")) + u')';
}

} // namespace

QString JournalEventWords::matchExpression(const QSqlDatabase& database, const QString& text)
{
    QSqlQuery words(database);
    words.setForwardOnly(true);
    const bool prepared = words.prepare(
        QStringLiteral("SELECT word FROM event_words WHERE word >= ? AND word < ? ORDER BY word LIMIT ?"));
    QStringList terms;
    for (const QString& word : text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (terms.size() == JournalSearch::kMaxWords)
            break;
        const QString term = JournalSearch::matchExpression(word);
        if (!term.isEmpty())
            terms.append(prepared ? expanded(words, term) : term);
    }
    return terms.join(QStringLiteral(" AND "));
}

} // namespace dispatch
