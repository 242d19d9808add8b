// SPDX-License-Identifier: MIT
#include "devserver/TokenStore.h"
#include "devserver/TokensFile.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace devserver;

class TokensTest : public QObject
{
    Q_OBJECT

private slots:
    void specsParse()
    {
        const auto spec =
            TokenSpec::parse(u" ops-key = job:read, job:write ,subscribe;app=shop;org=acme;subject=ops ");
        QVERIFY2(spec.ok(), qPrintable(spec.error()));
        QCOMPARE(spec->token, QStringLiteral("ops-key"));
        QCOMPARE(spec->identity.scopes, (QStringList{QStringLiteral("job:read"), QStringLiteral("job:write"),
                                                     QStringLiteral("subscribe")}));
        QCOMPARE(spec->identity.appId, QStringLiteral("shop"));
        QCOMPARE(spec->identity.orgId, QStringLiteral("acme"));
        QCOMPARE(spec->identity.subject, QStringLiteral("ops"));
        QCOMPARE(TokenSpec::parse(u"k=*")->identity.scopes, QStringList{QStringLiteral("*")});
    }

    void theDefaultSubjectIsAShortHashNotThePrefix()
    {
        // Issue 16 item 11: the -v log showed "apikey:" + the first 8 characters (whole short tokens).
        const auto longKey = TokenSpec::parse(u"tok-Secret-4f1c9a7e=*");
        const auto shortKey = TokenSpec::parse(u"pass=*");
        for (const auto& spec : {longKey, shortKey}) {
            QVERIFY2(spec.ok(), qPrintable(spec.error()));
            QVERIFY(spec->identity.subject.startsWith(QLatin1String("apikey:")));
            QCOMPARE(spec->identity.subject.size(), 7 + 8); // "apikey:" + 8 hex digits
            QVERIFY2(!spec->identity.subject.contains(spec->token.left(4)),
                     qPrintable(spec->identity.subject));
        }
        QVERIFY(longKey->identity.subject != shortKey->identity.subject);
        QCOMPARE(TokenSpec::parse(u"tok-Secret-4f1c9a7e=job:read")->identity.subject,
                 longKey->identity.subject);
    }

    void badSpecsSayWhy_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("message");
        QTest::newRow("no =") << QStringLiteral("justatoken") << QStringLiteral("expected TOKEN=SCOPE");
        QTest::newRow("empty token") << QStringLiteral("=job:read")
                                     << QStringLiteral("token before '=' is empty");
        QTest::newRow("no scope") << QStringLiteral("k=") << QStringLiteral("empty scope");
        QTest::newRow("trailing comma") << QStringLiteral("k=job:read,") << QStringLiteral("empty scope");
        QTest::newRow("space in token")
            << QStringLiteral("my key=*") << QStringLiteral("contains white space");
        QTest::newRow("unknown attribute")
            << QStringLiteral("k=*;tenant=x") << QStringLiteral("unknown attribute");
        QTest::newRow("attribute without =")
            << QStringLiteral("k=*;app") << QStringLiteral("attribute \"app\" needs a value (app=NAME)");
        QTest::newRow("attribute without value")
            << QStringLiteral("k=*;org=") << QStringLiteral("attribute \"org=\" needs a value (org=NAME)");
        QTest::newRow("attribute twice")
            << QStringLiteral("k=*;app=a;app=b") << QStringLiteral("attribute \"app\" is given twice");
        QTest::newRow("NUL in token") << QStringLiteral("k") + QChar(0) + QStringLiteral("ey=*")
                                      << QStringLiteral("control character U+0000 at position 2");
        QTest::newRow("escape in scope") << QStringLiteral("key=job:read\x1b[31m")
                                         << QStringLiteral("control character U+001b at position 13");
    }
    void badSpecsSayWhy()
    {
        QFETCH(QString, spec);
        QFETCH(QString, message);
        const auto parsed = TokenSpec::parse(spec);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
    }

    void filesSkipCommentsAndNameTheBadLine()
    {
        const auto good =
            TokensFile::parse(QStringLiteral("# ops\n\nops=*\r\n  reader=job:read\n"), QStringLiteral("t"));
        QVERIFY2(good.ok(), qPrintable(good.error()));
        QCOMPARE(good->size(), 2);
        QCOMPARE(good->at(1).token, QStringLiteral("reader"));
        const auto bad =
            TokensFile::parse(QStringLiteral("ops=*\nreader job:read\n"), QStringLiteral("tokens.txt"));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().startsWith(QLatin1String("tokens.txt:2: expected TOKEN=SCOPE")),
                 qPrintable(bad.error()));
        const auto twice = TokensFile::parse(QStringLiteral("a=*\nb=*\na=admin\n"), QStringLiteral("f"));
        QVERIFY(twice.error().startsWith(QLatin1String("f:3: token \"a\" is given twice")));
    }

    void badFilesSayWhereAndWhy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("message");
        QTest::newRow("JSON object") << QStringLiteral(
                                            "{\"tokens\": [{\"token\": \"k\", \"scopes\": [\"*\"]}]}\n")
                                     << QStringLiteral("f:1: this looks like JSON");
        QTest::newRow("JSON array after a comment")
            << QStringLiteral("# keys\n[\"k=*\"]\n") << QStringLiteral("f:2: this looks like JSON");
        QTest::newRow("empty") << QString() << QStringLiteral("f: the tokens file has no tokens");
        QTest::newRow("only comments and blanks")
            << QStringLiteral("# none yet\n\n   \n") << QStringLiteral("f: the tokens file has no tokens");
        QTest::newRow("bad attribute on line 3") << QStringLiteral("a=*\nb=*\nc=*;app=\n")
                                                 << QStringLiteral("f:3: attribute \"app=\" needs a value");
    }
    void badFilesSayWhereAndWhy()
    {
        QFETCH(QString, text);
        QFETCH(QString, message);
        const auto parsed = TokensFile::parse(text, QStringLiteral("f"));
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.error().startsWith(message), qPrintable(parsed.error()));
    }

    void loadingReportsWhatIsWrongWithTheFile()
    {
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        const auto write = [&folder](const char* name, const QByteArray& bytes) {
            QFile file(folder.filePath(QLatin1String(name)));
            if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
                return QString();
            return file.fileName();
        };

        const QString good = write("good", "ops=*\nreader=job:read;app=shop\n");
        const auto loaded = TokensFile::load(good);
        QVERIFY2(loaded.ok(), qPrintable(loaded.error()));
        QCOMPARE(loaded->size(), 2);
        QCOMPARE(loaded->at(1).identity.appId, QStringLiteral("shop"));

        const auto directory = TokensFile::load(folder.path());
        QCOMPARE(directory.error(), folder.path() + QLatin1String(": is a directory, not a tokens file"));

        const QString latin1 = write("latin1", "ops=*\n# caf\xe9\nreader=job:read\n");
        QCOMPARE(TokensFile::load(latin1).error(),
                 latin1 + QLatin1String(":2: the tokens file is not UTF-8 text"));

        const QString huge = write("huge", QByteArray(1024 * 1024 + 1, '#'));
        QVERIFY2(TokensFile::load(huge).error().contains(QLatin1String("larger than 1 MiB")),
                 qPrintable(TokensFile::load(huge).error()));

        const QString missing = folder.filePath(QStringLiteral("missing"));
        QVERIFY2(TokensFile::load(missing).error().startsWith(missing +
                                                              QLatin1String(": cannot read the tokens file")),
                 qPrintable(TokensFile::load(missing).error()));

        const QString empty = write("empty", QByteArray());
        QCOMPARE(TokensFile::load(empty).error().left(empty.size() + 30),
                 (empty + QLatin1String(": the tokens file has no tokens")).left(empty.size() + 30));
    }

    void storeModes()
    {
        TokenStore store;
        QCOMPARE(store.authenticate(QString())->scopes,
                 QStringList{QStringLiteral("*")}); // NoopAuthenticator
        QCOMPARE(store.authenticate(QStringLiteral("x"))->subject, QStringLiteral("anonymous"));
        store.setMode(TokenStore::Mode::ApiKeys);
        QVERIFY(store.authenticate(QStringLiteral("demo-token")));
        QVERIFY(!store.authenticate(QStringLiteral("x")));
        store.add(*TokenSpec::parse(u"x=job:read"));
        QVERIFY(!store.authenticate(QStringLiteral("demo-token"))); // configured keys replace the demo token
        QCOMPARE(store.authenticate(QStringLiteral("x"))->scopes, QStringList{QStringLiteral("job:read")});
        QVERIFY(!store.authenticate(QStringLiteral("X")));
    }
};

QTEST_GUILESS_MAIN(TokensTest)
#include "tst_tokens.moc"
