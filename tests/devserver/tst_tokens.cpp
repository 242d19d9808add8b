// SPDX-License-Identifier: MIT
#include "devserver/TokenStore.h"
#include "devserver/TokensFile.h"

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
