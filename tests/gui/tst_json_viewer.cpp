// SPDX-License-Identifier: MIT
// The JSON viewer of payloads, inputs and step data against data a server may legitimately send (issue 16
// item 5): up to JsonViewer::kFormattedLimitBytes it is indented and coloured; past it, the first part is
// shown as received under a note that says so, and Copy All copies the whole; deep nesting never multiplies
// the text.
#include "gui/json/JsonViewer.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLabel>
#include <QMenu>
#include <QTest>

using dispatch::JsonViewer;

namespace {

// A valid JSON array of about `bytes` bytes: numbers, so its compact form is the same size.
QByteArray wideArray(qsizetype bytes)
{
    QByteArray json = "[";
    while (json.size() < bytes - 8)
        json += "1234567,";
    json += QByteArray(bytes - json.size() - 1, '1') + ']';
    return json;
}

// `count` arrays, each nested `depth` deep, side by side in one array.
QByteArray deepArrays(int count, int depth)
{
    QByteArray json = "[";
    for (int i = 0; i < count; ++i) {
        if (i > 0)
            json += ',';
        json += QByteArray(depth, '[') + QByteArray(depth, ']');
    }
    return json + ']';
}

} // namespace

class TestJsonViewer : public QObject
{
    Q_OBJECT

private slots:
    void dataUpToTheLimitIsFormattedWithoutANote();
    void dataPastTheLimitIsShownInPartUnderANote();
    void thePartEndsOnACharacterBoundary();
    void copyAllCopiesTheWholeData();
    void deepNestingStaysASmallMultipleOfTheInput();
    void showTextRemovesAnEarlierNote();
    void showTextPastTheLimitIsCutToo();
    void showNothingLetsGoOfTheWholeData();
};

void TestJsonViewer::dataUpToTheLimitIsFormattedWithoutANote()
{
    JsonViewer viewer;
    viewer.setJson(R"({"a":[1,2]})");
    QCOMPARE(viewer.toPlainText(), QStringLiteral("{\n  \"a\": [\n    1,\n    2\n  ]\n}"));
    QVERIFY(viewer.note().isEmpty());

    const QByteArray atTheLimit = wideArray(JsonViewer::kFormattedLimitBytes);
    QCOMPARE(atTheLimit.size(), JsonViewer::kFormattedLimitBytes);
    viewer.setJson(atTheLimit);
    QVERIFY2(viewer.toPlainText().startsWith(QStringLiteral("[\n  1234567,\n")), "not indented");
    QVERIFY(viewer.note().isEmpty());
}

void TestJsonViewer::dataPastTheLimitIsShownInPartUnderANote()
{
    JsonViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    const QByteArray large = wideArray(3 * JsonViewer::kFormattedLimitBytes);
    viewer.setJson(large);

    const QString shown = viewer.toPlainText();
    QCOMPARE(shown.size(), JsonViewer::kShownLimitBytes);
    QCOMPARE(shown.toUtf8(), large.first(JsonViewer::kShownLimitBytes)); // as received, not indented
    const QString note = viewer.note();
    QVERIFY2(note.contains(QLocale().formattedDataSize(large.size())), qPrintable(note));
    QVERIFY2(note.contains(QStringLiteral("Copy All")), qPrintable(note));
    auto* label = viewer.findChild<QLabel*>(QStringLiteral("jsonViewerNote"));
    QVERIFY(label && label->isVisible());
    // The note sits above the text, not over it.
    QVERIFY2(viewer.viewport()->geometry().top() >= label->geometry().bottom(),
             qPrintable(QStringLiteral("viewport top %1, note bottom %2")
                            .arg(viewer.viewport()->geometry().top())
                            .arg(label->geometry().bottom())));
    QCOMPARE(viewer.wholeText(), large);

    // Back to small data: formatted again, and the note goes.
    viewer.setJson("[1]");
    QCOMPARE(viewer.toPlainText(), QStringLiteral("[\n  1\n]"));
    QVERIFY(viewer.note().isEmpty());
    QVERIFY(!label->isVisible());
    QCOMPARE(viewer.viewport()->geometry().top(), viewer.contentsRect().top());
}

void TestJsonViewer::thePartEndsOnACharacterBoundary()
{
    // "é" is two bytes in UTF-8; an odd cut would split one.
    QByteArray text = "\""; // one byte: the cut at kShownLimitBytes falls inside an "é"
    while (text.size() < JsonViewer::kFormattedLimitBytes + 2)
        text += "\xc3\xa9";
    text += '"';
    JsonViewer viewer;
    viewer.setJson(text);
    const QString shown = viewer.toPlainText();
    QVERIFY(!shown.isEmpty());
    QVERIFY2(!shown.contains(QChar::ReplacementCharacter), "a character was cut in half");
    QCOMPARE(shown.back(), QChar(0x00e9));
}

void TestJsonViewer::copyAllCopiesTheWholeData()
{
    JsonViewer viewer;
    viewer.resize(600, 400);
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    const QByteArray large = wideArray(2 * JsonViewer::kFormattedLimitBytes);
    viewer.setJson(large);
    QApplication::clipboard()->clear();

    const QPoint inside = viewer.viewport()->rect().center();
    QContextMenuEvent rightClick(QContextMenuEvent::Mouse, inside, viewer.viewport()->mapToGlobal(inside));
    QApplication::sendEvent(viewer.viewport(), &rightClick);
    QMenu* menu = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr,
                             5000);
    auto* copyAll = menu->findChild<QAction*>(QStringLiteral("copyAllAction"));
    QVERIFY2(copyAll, "the context menu has no Copy All");
    copyAll->trigger();
    menu->close();
    QCOMPARE(QApplication::clipboard()->text().size(), large.size());
    QCOMPARE(QApplication::clipboard()->text().toUtf8(), large);

    // Positive control in the same window: small data has no Copy All, its text is all there is.
    viewer.setJson("[1]");
    QContextMenuEvent again(QContextMenuEvent::Mouse, inside, viewer.viewport()->mapToGlobal(inside));
    QApplication::sendEvent(viewer.viewport(), &again);
    QTRY_VERIFY_WITH_TIMEOUT((menu = qobject_cast<QMenu*>(QApplication::activePopupWidget())) != nullptr,
                             5000);
    QVERIFY(!menu->findChild<QAction*>(QStringLiteral("copyAllAction")));
    menu->close();
}

void TestJsonViewer::deepNestingStaysASmallMultipleOfTheInput()
{
    // 200 arrays nested 2 000 deep (800 kB): indenting every line by its depth made this gigabytes.
    const QByteArray deep = deepArrays(200, 2000);
    QVERIFY(deep.size() <= JsonViewer::kFormattedLimitBytes); // it is formatted, not cut
    JsonViewer viewer;
    viewer.setJson(deep);
    const qsizetype shown = viewer.toPlainText().size();
    QVERIFY2(shown <= 4 * deep.size(),
             qPrintable(QStringLiteral("%1 characters shown for %2 bytes").arg(shown).arg(deep.size())));
    QVERIFY(viewer.note().isEmpty());
    QVERIFY(viewer.toPlainText().startsWith(QStringLiteral("[\n  [\n    [")));
}

void TestJsonViewer::showTextRemovesAnEarlierNote()
{
    JsonViewer viewer;
    viewer.setJson(wideArray(2 * JsonViewer::kFormattedLimitBytes));
    QVERIFY(!viewer.note().isEmpty());
    viewer.showText(QStringLiteral("(no input)"));
    QVERIFY(viewer.note().isEmpty());
    QCOMPARE(viewer.wholeText(), QByteArray("(no input)"));
}

void TestJsonViewer::showTextPastTheLimitIsCutToo()
{
    // Step data and step errors come as text: the same bound.
    const QString text = QStringLiteral("Error: ") + QString(3 * JsonViewer::kFormattedLimitBytes, u'e');
    JsonViewer viewer;
    viewer.showText(text);
    QCOMPARE(viewer.toPlainText().size(), JsonViewer::kShownLimitBytes);
    QVERIFY(!viewer.note().isEmpty());
    QCOMPARE(viewer.wholeText(), text.toUtf8());
    viewer.showText(QStringLiteral("small")); // positive control
    QVERIFY(viewer.note().isEmpty());
    QCOMPARE(viewer.toPlainText(), QStringLiteral("small"));
}

QTEST_MAIN(TestJsonViewer)

// Issue 20 item 4: the job panel empties the viewer when it shows a job whose payload is not there (yet);
// QPlainTextEdit::clear() left the whole of a 36 MB payload held behind the shown part.
void TestJsonViewer::showNothingLetsGoOfTheWholeData()
{
    JsonViewer viewer;
    const QByteArray large = wideArray(3 * JsonViewer::kFormattedLimitBytes);
    viewer.setJson(large);
    QCOMPARE(viewer.wholeText(), large); // the control: held while shown
    QVERIFY(!viewer.note().isEmpty());
    viewer.showNothing();
    QVERIFY(viewer.toPlainText().isEmpty());
    QVERIFY(viewer.wholeText().isEmpty());
    QVERIFY(viewer.note().isEmpty());
}

#include "tst_json_viewer.moc"
