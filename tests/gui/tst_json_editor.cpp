// SPDX-License-Identifier: MIT
#include "gui/json/JsonDiagnostic.h"
#include "gui/json/JsonEditor.h"
#include "gui/json/JsonHighlighter.h"
#include "protocol/JsonReader.h"

#include <QApplication>
#include <QClipboard>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using dispatch::JsonDiagnostic;
using dispatch::JsonEditor;

class TestJsonEditor : public QObject
{
    Q_OBJECT

private slots:
    void checkerFindsMistakes_data();
    void checkerFindsMistakes();
    void checkerAgreesWithProtocolReader_data();
    void checkerAgreesWithProtocolReader();
    void typingInvalidJsonReportsLineAndColumn();
    void fixingTheMistakeMakesItValidAgain();
    void emptyTextIsInvalidUnlessAllowed();
    void setJsonIndentsAndCompactJsonIsWhatIsSent();
    void aPastedLongLineGoesInOneTopLevelElementPerLine();
    void aLongTextIsCheckedOnceTypingPauses();
    void veryLongLinesAreNotColoured();
};

void TestJsonEditor::checkerFindsMistakes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messageStart");

    QTest::newRow("missing comma") << QStringLiteral("{\n  \"a\": 1,\n  \"b\": 2\n  \"c\": 3\n}") << 4 << 3
                                   << QStringLiteral("expected ',' or '}'");
    QTest::newRow("trailing comma") << QStringLiteral("{\"a\": 1,}") << 1 << 9
                                    << QStringLiteral("expected a key (a trailing ','");
    QTest::newRow("array trailing comma")
        << QStringLiteral("[1, 2,]") << 1 << 7 << QStringLiteral("expected a value (a trailing ','");
    QTest::newRow("single quotes") << QStringLiteral("{'a': 1}") << 1 << 2
                                   << QStringLiteral("expected a key in double quotes");
    QTest::newRow("unquoted word") << QStringLiteral("{\"a\": yes}") << 1 << 7
                                   << QStringLiteral("unknown word");
    QTest::newRow("missing colon") << QStringLiteral("{\"a\" 1}") << 1 << 6 << QStringLiteral("expected ':'");
    QTest::newRow("unclosed object") << QStringLiteral("{\n  \"a\": [1, 2]\n") << 2 << 14
                                     << QStringLiteral("unexpected end of text: '{' from line 1, column 1");
    QTest::newRow("unterminated string")
        << QStringLiteral("[\"abc") << 1 << 2 << QStringLiteral("unterminated string");
    QTest::newRow("bad escape") << QStringLiteral("[\"a\\qb\"]") << 1 << 4
                                << QStringLiteral("invalid escape");
    QTest::newRow("bad number") << QStringLiteral("[1.]") << 1 << 4
                                << QStringLiteral("invalid number: digit expected after '.'");
    QTest::newRow("leading zero") << QStringLiteral("[01]") << 1 << 3
                                  << QStringLiteral("expected ',' or ']'");
    QTest::newRow("two values") << QStringLiteral("{} {}") << 1 << 4
                                << QStringLiteral("unexpected text after the JSON value");
    // The reader counts UTF-8 bytes; the editor counts characters (UTF-16 code units, as QTextCursor does).
    QTest::newRow("non-ASCII before the mistake")
        << QString::fromUtf8("{\"\xc3\xa9\": 1 \"b\": 2}") << 1 << 9 << QStringLiteral("expected ',' or '}'");
    QTest::newRow("emoji before the mistake")
        << QString::fromUtf8("[\"\xf0\x9f\x98\x80\" 1]") << 1 << 7 << QStringLiteral("expected ',' or ']'");
    QTest::newRow("crlf lines") << QStringLiteral("[\r\n1\r\n2]") << 3 << 1
                                << QStringLiteral("expected ',' or ']'");
}

void TestJsonEditor::checkerFindsMistakes()
{
    QFETCH(QString, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messageStart);
    const dispatch::JsonDiagnostic diagnostic = JsonDiagnostic::check(text);
    QVERIFY(!diagnostic.valid);
    QCOMPARE(diagnostic.line, line);
    QCOMPARE(diagnostic.column, column);
    QVERIFY2(diagnostic.message.startsWith(messageStart), qPrintable(diagnostic.message));
    QVERIFY(diagnostic.toText().startsWith(QStringLiteral("line %1, column %2: ").arg(line).arg(column)));
}

void TestJsonEditor::checkerAgreesWithProtocolReader_data()
{
    QTest::addColumn<QString>("text");
    const char* samples[] = {"{}",
                             "[]",
                             "0",
                             "-0.5e+10",
                             "\"x\"",
                             "true",
                             "null",
                             "{\"a\":[1,{\"b\":null}],\"c\":\"\\u00e9\\n\"}",
                             "[1,]",
                             "{\"a\":1,}",
                             "[01]",
                             "[1.]",
                             "[1e]",
                             "[-]",
                             "tru",
                             "nullx",
                             "{\"a\" 1}",
                             "[\"\\x\"]",
                             "[\"\\ud800\"]",
                             "[\"a\tb\"]",
                             "{} {}",
                             "",
                             "   ",
                             "[[[[]]]]",
                             "[[[[]]]",
                             "{\"a\":}",
                             "\"\\u12\"",
                             "[1 2]",
                             "{\"a\":1 \"b\":2}",
                             "\xc3\xa9",
                             "[\"\xc3\xa9\"]",
                             "{\"k\":[true,false,null,-1.25E-3]}"};
    for (const char* sample : samples)
        QTest::newRow(sample) << QString::fromUtf8(sample);
}

void TestJsonEditor::checkerAgreesWithProtocolReader()
{
    // The editor's verdict must be the protocol layer's: the whole-text check and the reader that compacts
    // what is sent accept the same texts.
    QFETCH(QString, text);
    const QByteArray utf8 = text.toUtf8();
    QByteArray compacted;
    QString error;
    const bool readerAccepts = dwp::JsonReader::validateAndCompact(
        std::string_view(utf8.constData(), size_t(utf8.size())), compacted, error);
    QCOMPARE(JsonDiagnostic::check(text).valid, readerAccepts);
}

void TestJsonEditor::typingInvalidJsonReportsLineAndColumn()
{
    JsonEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setPlainText(QStringLiteral("{}"));
    QVERIFY(editor.isValid());
    QSignalSpy validity(&editor, &JsonEditor::validityChanged);
    QTest::keyClick(&editor, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(&editor, QStringLiteral("{\"to\": \"ops\","));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("\"retries\": 3,"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("\"tags\": [\"a\" \"b\"]}"));
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorText(), QStringLiteral("line 3, column 14: expected ',' or ']'"));
    QVERIFY(!validity.isEmpty());
    QCOMPARE(validity.constLast().at(0).toBool(), false);
    QVERIFY(editor.compactJson().isEmpty());
    // The mistake is marked in the text.
    QCOMPARE(editor.extraSelections().size(), 1);
}

void TestJsonEditor::fixingTheMistakeMakesItValidAgain()
{
    JsonEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, QStringLiteral("{\"a\": 1 \"b\": 2}"));
    QVERIFY(!editor.isValid());
    QCOMPARE(editor.errorText(), QStringLiteral("line 1, column 9: expected ',' or '}'"));
    QSignalSpy validity(&editor, &JsonEditor::validityChanged);
    // Move to the space after 1 and type the missing comma.
    QTest::keyClick(&editor, Qt::Key_Home);
    for (int i = 0; i < 7; ++i)
        QTest::keyClick(&editor, Qt::Key_Right);
    QTest::keyClicks(&editor, QStringLiteral(","));
    QVERIFY(editor.isValid());
    QCOMPARE(validity.size(), 1);
    QCOMPARE(validity.at(0).at(0).toBool(), true);
    QVERIFY(editor.errorText().isEmpty());
    QCOMPARE(editor.compactJson(), QByteArrayLiteral("{\"a\":1,\"b\":2}"));
    QVERIFY(editor.extraSelections().isEmpty());
}

void TestJsonEditor::emptyTextIsInvalidUnlessAllowed()
{
    JsonEditor editor;
    QVERIFY(!editor.isValid());
    QVERIFY(editor.errorText().contains(QStringLiteral("empty")));
    editor.setAcceptsEmpty(true);
    QVERIFY(editor.isValid());
    QVERIFY(editor.compactJson().isEmpty());
}

void TestJsonEditor::setJsonIndentsAndCompactJsonIsWhatIsSent()
{
    JsonEditor editor;
    editor.setJson(QByteArrayLiteral("{\"b\":1,\"a\":[true,null]}"));
    QVERIFY(editor.isValid());
    QVERIFY(editor.toPlainText().contains(QLatin1Char('\n')));
    // Key order and number text are kept: the server stores the payload byte for byte.
    QCOMPARE(editor.compactJson(), QByteArrayLiteral("{\"b\":1,\"a\":[true,null]}"));
}

namespace {

// `count` records on one line: what a minified payload or an export looks like.
QString recordsOnOneLine(int count)
{
    QString json = QStringLiteral("[");
    for (int i = 0; i < count; ++i)
        json += QStringLiteral("{\"id\":%1,\"tags\":[\"a\",\"b\"]},").arg(i);
    return json + QStringLiteral("{}]");
}

qsizetype longestLine(const QString& text)
{
    qsizetype longest = 0;
    for (const QString& line : text.split(u'\n'))
        longest = std::max(longest, line.size());
    return longest;
}

} // namespace

// Issue 20 item 4: a payload of megabytes on one line held the window for seconds per keystroke (Qt lays out
// the whole line); pasted as valid JSON it goes in with each top-level element on a line of its own.
void TestJsonEditor::aPastedLongLineGoesInOneTopLevelElementPerLine()
{
    JsonEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.setFocus();
    const QString pasted = recordsOnOneLine(2000);
    QVERIFY(pasted.size() > dispatch::JsonHighlighter::kMaxColouredLineChars);
    QApplication::clipboard()->setText(pasted);
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    const QString text = editor.toPlainText();
    QVERIFY2(text.startsWith(QStringLiteral("[\n  {\"id\":0,\"tags\":[\"a\",\"b\"]},\n  {\"id\":1,")),
             qPrintable(text.left(80)));
    QVERIFY2(longestLine(text) < 40, qPrintable(QString::number(longestLine(text))));
    QTRY_VERIFY_WITH_TIMEOUT(editor.isValid(), 5000);
    QCOMPARE(editor.compactJson(), pasted.toUtf8()); // the same value is sent

    // Positive controls: a short line, and a long line that is not valid JSON, go in as they are.
    editor.clear();
    QApplication::clipboard()->setText(QStringLiteral("{\"a\":[1,2]}"));
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), QStringLiteral("{\"a\":[1,2]}"));
    editor.clear();
    const QString broken = pasted.chopped(1);
    QApplication::clipboard()->setText(broken);
    QTest::keyClick(&editor, Qt::Key_V, Qt::ControlModifier);
    QCOMPARE(editor.toPlainText(), broken);
}

// Past JsonEditor::kCheckAtOnceChars the check waits for a pause in typing and says so meanwhile; nothing can
// be sent until it has run.
void TestJsonEditor::aLongTextIsCheckedOnceTypingPauses()
{
    JsonEditor editor;
    const QString small = QStringLiteral("[1,2]");
    editor.setPlainText(small); // positive control: checked at once
    QVERIFY(editor.isValid());
    QCOMPARE(editor.compactJson(), QByteArray("[1,2]"));

    QString large = QStringLiteral("[\n");
    while (large.size() < JsonEditor::kCheckAtOnceChars + 1000)
        large += QStringLiteral("  12345678,\n");
    large += QStringLiteral("  0\n]");
    editor.setPlainText(large);
    QVERIFY(!editor.isValid());
    QVERIFY(editor.compactJson().isEmpty()); // not the previous text's
    QCOMPARE(editor.errorText(), QStringLiteral("Checking the JSON…"));
    QTRY_VERIFY_WITH_TIMEOUT(editor.isValid(), 5000);
    QVERIFY(editor.compactJson().startsWith("[12345678,12345678,"));

    QTextCursor cursor(editor.document());
    cursor.movePosition(QTextCursor::End);
    editor.setTextCursor(cursor);
    QTest::keyClick(&editor, Qt::Key_Comma); // "]," is not valid
    QCOMPARE(editor.errorText(), QStringLiteral("Checking the JSON…"));
    QTRY_VERIFY_WITH_TIMEOUT(editor.errorText().contains(QStringLiteral("line ")), 5000);
    QVERIFY(!editor.isValid());
}

void TestJsonEditor::veryLongLinesAreNotColoured()
{
    JsonEditor editor;
    const QString longLine = recordsOnOneLine(2000);
    editor.setPlainText(QStringLiteral("[1, true]\n") + longLine);
    const QTextBlock shortBlock = editor.document()->firstBlock();
    QTRY_VERIFY_WITH_TIMEOUT(!shortBlock.layout()->formats().isEmpty(), 5000); // positive control: coloured
    QVERIFY(shortBlock.next().layout()->formats().isEmpty());
}

QTEST_MAIN(TestJsonEditor)
#include "tst_json_editor.moc"
