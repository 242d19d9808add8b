// SPDX-License-Identifier: MIT
#include "protocol/JsonReader.h"

#include <QTest>

using dwp::JsonReader;
using dwp::JsonSyntaxError;
using Reason = JsonSyntaxError::Reason;

class JsonSyntaxErrorsTest : public QObject
{
    Q_OBJECT

    static std::optional<JsonSyntaxError> check(const QByteArray& text)
    {
        return JsonReader::findSyntaxError(std::string_view(text.constData(), size_t(text.size())));
    }

private slots:
    void findsTheMistakeAndWhereItIs_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("reason");
        QTest::addColumn<int>("offset");
        QTest::addColumn<int>("unclosedOffset");
        const auto row = [](const char* name, const char* text, Reason reason, int offset,
                            int unclosed = -1) {
            QTest::newRow(name) << QByteArray(text) << int(reason) << offset << unclosed;
        };
        row("missing comma", "{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}", Reason::ExpectedCommaOrObjectEnd,
            23);
        row("object trailing comma", "{\"a\": 1,}", Reason::TrailingComma, 8);
        row("array trailing comma", "[1, 2,]", Reason::TrailingComma, 6);
        row("single quotes", "{'a': 1}", Reason::ExpectedKey, 1);
        row("unquoted word", "{\"a\": yes}", Reason::InvalidLiteral, 6);
        row("misspelt literal", "[tru]", Reason::InvalidLiteral, 1);
        row("missing colon", "{\"a\" 1}", Reason::ExpectedColon, 5);
        row("unclosed object", "{\n  \"a\": [1, 2]\n", Reason::UnexpectedEnd, 15, 0);
        row("unclosed inner array", "{\"a\": [1, ", Reason::UnexpectedEnd, 9, 6);
        row("key without value", "{\"a\":  ", Reason::UnexpectedEnd, 5, 0);
        row("empty", "", Reason::UnexpectedEnd, 0);
        row("blank", "   ", Reason::UnexpectedEnd, 0);
        row("unterminated string", "[\"abc", Reason::UnterminatedString, 1);
        row("unterminated escape", "[\"abc\\", Reason::UnterminatedString, 1);
        row("bad escape", "[\"a\\qb\"]", Reason::InvalidEscape, 3);
        row("bad unicode escape", "[\"a\\u12\"]", Reason::InvalidUnicodeEscape, 3);
        row("control character", "[\"a\tb\"]", Reason::ControlCharacterInString, 3);
        row("invalid UTF-8", "[\"a\xff\"]", Reason::InvalidUtf8, 3);
        row("minus alone", "[-]", Reason::InvalidNumber, 2);
        row("point without digit", "[1.]", Reason::DigitExpectedAfterPoint, 3);
        row("exponent without digit", "[1e]", Reason::DigitExpectedInExponent, 3);
        row("leading zero", "[01]", Reason::ExpectedCommaOrArrayEnd, 2);
        row("two values", "{} {}", Reason::TextAfterValue, 3);
        row("stray character", "[1, #]", Reason::ExpectedValue, 4);
        row("crlf lines", "[\r\n1\r\n2]", Reason::ExpectedCommaOrArrayEnd, 6);
    }
    void findsTheMistakeAndWhereItIs()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, reason);
        QFETCH(int, offset);
        QFETCH(int, unclosedOffset);
        const auto error = check(text);
        QVERIFY(error.has_value());
        QCOMPARE(int(error->reason), reason);
        QCOMPARE(error->offset, qsizetype(offset));
        QCOMPARE(error->unclosedOffset, qsizetype(unclosedOffset));
        QVERIFY(!error->message.isEmpty());
    }

    // Line and column as a person counts them (1-based; "\r\n" is one break, a lone "\r" one too; UTF-16
    // code units, so "é" is one column and an emoji two), for the mistake and for a bracket left open.
    void saysOnWhichLineAndColumn_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("unclosedLine");
        QTest::addColumn<int>("unclosedColumn");
        const auto row = [](const char* name, const char* text, int line, int column, int unclosedLine = 1,
                            int unclosedColumn = 1) {
            QTest::newRow(name) << QByteArray(text) << line << column << unclosedLine << unclosedColumn;
        };
        row("first character", "}", 1, 1);
        row("missing comma on line 4", "{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}", 4, 3);
        row("crlf lines", "[\r\n1\r\n2]", 3, 1);
        row("lone cr lines", "[1,\r\r  x]", 3, 3);
        row("non-ASCII before the mistake", "{\"\xc3\xa9\": 1 \"b\": 2}", 1, 9);
        row("emoji before the mistake", "[\"\xf0\x9f\x98\x80\" 1]", 1, 7);
        row("end of an unclosed object", "{\n  \"a\": [1, 2]\n", 2, 14, 1, 1);
        row("end inside an inner array", "{\"a\":\n  [1,\n", 2, 6, 2, 3);
    }
    void saysOnWhichLineAndColumn()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(int, unclosedLine);
        QFETCH(int, unclosedColumn);
        const auto error = check(text);
        QVERIFY(error.has_value());
        QCOMPARE(error->position.line, line);
        QCOMPARE(error->position.column, column);
        QCOMPARE(error->unclosedPosition.line, unclosedLine);
        QCOMPARE(error->unclosedPosition.column, unclosedColumn);
    }

    void validTextHasNoMistake_data()
    {
        QTest::addColumn<QByteArray>("text");
        for (const char* text : {"{}", "[]", "0", "-0.5e+10", "\"x\"", "true", " null ",
                                 "{\"a\":[1,{\"b\":null}],\"c\":\"\\u00e9\\n\"}", "[\"\\ud800\"]",
                                 "\"\xc3\xa9\"", "{\"k\":[true,false,null,-1.25E-3]}"})
            QTest::newRow(text) << QByteArray(text);
    }
    void validTextHasNoMistake()
    {
        QFETCH(QByteArray, text);
        QCOMPARE(check(text), std::nullopt);
        // And the reader that protocol code uses agrees.
        QByteArray compacted;
        QString message;
        QVERIFY(JsonReader::validateAndCompact(std::string_view(text.constData(), size_t(text.size())),
                                               compacted, message));
    }

    void nestingBeyondTheLimitIsReported()
    {
        const QByteArray deep = QByteArray(JsonReader::kMaxDepth + 1, '[');
        const auto error = check(deep);
        QVERIFY(error.has_value());
        QCOMPARE(error->reason, Reason::NestingTooDeep);
        QCOMPARE(error->offset, qsizetype(JsonReader::kMaxDepth));
        // Positive control: at the limit it is only unclosed.
        const auto atLimit = check(QByteArray(JsonReader::kMaxDepth, '['));
        QVERIFY(atLimit.has_value());
        QCOMPARE(atLimit->reason, Reason::UnexpectedEnd);
        QCOMPARE(atLimit->unclosedOffset, qsizetype(JsonReader::kMaxDepth - 1));
    }

    void typedReadsReportTheOffsetOfTheMistakeNotTheEnd()
    {
        const QByteArray text = R"({"a": "x", "b": 99999999999999999999, "c": 1})";
        JsonReader reader(std::string_view(text.constData(), size_t(text.size())));
        QVERIFY(reader.beginObject());
        QByteArray key;
        QString value;
        QVERIFY(reader.nextKey(key) && reader.readString(value));
        qint64 number = 0;
        QVERIFY(reader.nextKey(key));
        QVERIFY(!reader.readInt64(number));
        QCOMPARE(reader.syntaxError().reason, Reason::IntegerOutOfRange);
        QCOMPARE(reader.offset(std::string_view(text.constData(), size_t(text.size()))), qsizetype(16));
    }
};

QTEST_GUILESS_MAIN(JsonSyntaxErrorsTest)
#include "tst_json_syntax_errors.moc"
