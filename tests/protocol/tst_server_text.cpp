// SPDX-License-Identifier: MIT
// ServerText: what a server wrote, made safe to print (issue 16 items 10, 11) and cut to a display length
// (item 4).
#include "protocol/ServerText.h"

#include <QTest>

using dwp::ServerText;

class ServerTextTest : public QObject
{
    Q_OBJECT

private slots:
    void escapesWhatATerminalWouldActOn_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("printed");
        QTest::newRow("plain") << QStringLiteral("job not found") << QStringLiteral("job not found");
        QTest::newRow("colour") << QStringLiteral("\x1b[31mred\x1b[0m")
                                << QStringLiteral("\\x1b[31mred\\x1b[0m");
        QTest::newRow("overwrite") << QStringLiteral("fail\rOK  ") << QStringLiteral("fail\\rOK  ");
        QTest::newRow("new line") << QStringLiteral("a\ndispatchctl: ok")
                                  << QStringLiteral("a\\ndispatchctl: ok");
        QTest::newRow("bell and nul")
            << QString::fromUtf16(u"x\x07y\0z", 5) << QStringLiteral("x\\x07y\\x00z");
        QTest::newRow("C1 CSI") << QString(QChar(0x9B)) + QStringLiteral("2J") << QStringLiteral("\\x9b2J");
        QTest::newRow("bidi override")
            << QString(QChar(0x202E)) + QStringLiteral("cba") << QStringLiteral("\\u{202e}cba");
        QTest::newRow("umlauts stay")
            << QStringLiteral("Größe überschritten") << QStringLiteral("Größe überschritten");
    }
    void escapesWhatATerminalWouldActOn()
    {
        QFETCH(QString, text);
        QFETCH(QString, printed);
        QCOMPARE(ServerText::printable(text), printed);
    }

    // An 8 MiB message was printed whole; now the first kMaxPrintedChars and how much was left out.
    void cutsLongTextSayingHowMuch()
    {
        const QString huge(8 * 1024 * 1024, QLatin1Char('a'));
        const QString printed = ServerText::printable(huge);
        QVERIFY(printed.size() < ServerText::kMaxPrintedChars + 50);
        QVERIFY2(printed.endsWith(QStringLiteral("… [8386608 more characters]")),
                 qPrintable(printed.right(40)));
        // positive control: text at the limit is not cut
        const QString fits(ServerText::kMaxPrintedChars, QLatin1Char('b'));
        QCOMPARE(ServerText::printable(fits), fits);
        // escapes count toward the limit, so an all-ESC message cannot print 4 times the limit
        const QString escapes(100000, QChar(0x1b));
        QVERIFY(ServerText::printable(escapes).size() < ServerText::kMaxPrintedChars + 50);
    }

    void masksRegisteredSecrets()
    {
        const QString token = QStringLiteral("s3cret-token-for-test");
        const QString echoed = QStringLiteral("token %1 is not valid; %1").arg(token);
        QVERIFY(ServerText::printable(echoed).contains(token)); // positive control: not registered yet
        ServerText::maskSecret(token);
        QCOMPARE(ServerText::printable(echoed), QStringLiteral("token *** is not valid; ***"));
        // a secret placed across the cut is masked before cutting, so no prefix of it shows
        const QString padded = QString(ServerText::kMaxPrintedChars - 5, QLatin1Char('x')) + token;
        QVERIFY(!ServerText::printable(padded).contains(token.left(5)));
        ServerText::maskSecret(QStringLiteral("abc")); // too short to mask without garbling words
        QCOMPARE(ServerText::printable(QStringLiteral("abc")), QStringLiteral("abc"));
    }

    void cutsForDisplayOnOneLine()
    {
        QCOMPARE(ServerText::forDisplay(QStringLiteral("short"), 10), QStringLiteral("short"));
        QCOMPARE(ServerText::forDisplay(QStringLiteral("0123456789abc"), 10), QStringLiteral("0123456789…"));
        QCOMPARE(ServerText::forDisplay(QStringLiteral("a\nb\x1b"), 10), QStringLiteral("a b "));
        const QString smile =
            QStringLiteral("aaaa") + QString::fromUtf16(u"\U0001F600") + QStringLiteral("bb");
        QCOMPARE(ServerText::forDisplay(smile, 5), QStringLiteral("aaaa…")); // never half a surrogate pair
        QCOMPARE(ServerText::forDisplay(QString(2 * 1024 * 1024, QLatin1Char('e')), 200).size(), 201);
        // UTF-8: only a prefix is decoded, and a cut is marked even where the prefix happens to fit
        QCOMPARE(ServerText::forDisplayUtf8(QByteArray(2 * 1024 * 1024, 'e'), 200).size(), 201);
        QCOMPARE(ServerText::forDisplayUtf8(QByteArray("{\"a\":\n1}"), 200), QStringLiteral("{\"a\": 1}"));
        const QByteArray wide = QString(100, QChar(0x4E2D)).toUtf8() + "tail"; // 3-byte characters
        QCOMPARE(ServerText::forDisplayUtf8(wide, 100), QString(100, QChar(0x4E2D)) + QChar(0x2026));
    }
};

QTEST_GUILESS_MAIN(ServerTextTest)
#include "tst_server_text.moc"
