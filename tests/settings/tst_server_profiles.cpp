// SPDX-License-Identifier: MIT
// The rules a server profile must meet, and what an edit that breaks one does (nothing).
#include "settings/ServerProfiles.h"

#include <QSignalSpy>
#include <QTest>

using namespace dispatch;

namespace {

ServerProfile profile(const QString& name, const QString& url)
{
    ServerProfile result;
    result.name = name;
    result.url = QUrl(url);
    return result;
}

} // namespace

class TestServerProfiles : public QObject
{
    Q_OBJECT

private slots:
    void validationNamesTheProblem_data();
    void validationNamesTheProblem();
    void addReplaceRemove();
    void renamingKeepsTheNameFreeOfItself();
    void plainWsExposesTokensOnlyOffThisMachine_data();
    void plainWsExposesTokensOnlyOffThisMachine();
    void transientProfilesAreNotPersistent();
    void adminApiAddressIsChecked_data();
    void adminApiAddressIsChecked();
};

void TestServerProfiles::validationNamesTheProblem_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problemContains");
    QTest::newRow("empty name") << "  "
                                << "ws://localhost:8080/dwp"
                                << "name";
    QTest::newRow("duplicate, other case") << "STAGING"
                                           << "ws://localhost:8080/dwp"
                                           << "already exists";
    QTest::newRow("no url") << "new"
                            << ""
                            << "Enter the server's DWP address";
    QTest::newRow("http url") << "new"
                              << "http://example.org/dwp"
                              << "ws:// or wss://";
    QTest::newRow("no host") << "new"
                             << "ws:///dwp"
                             << "no host";
    QTest::newRow("fine") << "new"
                          << "wss://dispatch.example.org/dwp"
                          << "";
}

void TestServerProfiles::validationNamesTheProblem()
{
    QFETCH(QString, name);
    QFETCH(QString, url);
    QFETCH(QString, problemContains);
    ServerProfiles profiles;
    QVERIFY(
        profiles.add(profile(QStringLiteral("staging"), QStringLiteral("wss://staging.example.org/dwp"))));
    const QString problem = profiles.problemWith(profile(name, url));
    if (problemContains.isEmpty()) {
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(profiles.add(profile(name, url)));
    } else {
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
        QSignalSpy changed(&profiles, &ServerProfiles::changed);
        QVERIFY(!profiles.add(profile(name, url)));
        QCOMPARE(changed.size(), 0);
        QCOMPARE(profiles.all().size(), 1);
    }
}

void TestServerProfiles::adminApiAddressIsChecked_data()
{
    QTest::addColumn<int>("location");
    QTest::addColumn<QString>("adminUrl");
    QTest::addColumn<QString>("problemContains");
    const int custom = int(AdminApiChoice::Location::Custom);
    QTest::newRow("custom, empty") << custom << ""
                                   << "Enter the admin API's address";
    QTest::newRow("custom, ws") << custom << "ws://example.org/dispatch"
                                << "http:// or https://";
    QTest::newRow("custom, no host") << custom << "http:///dispatch"
                                     << "no host";
    QTest::newRow("custom, query") << custom << "https://example.org/dispatch?x=1"
                                   << "query";
    QTest::newRow("custom, fine") << custom << "https://admin.example.org:8443/dispatch"
                                  << "";
    // Only a typed address is checked: derived and off ignore whatever is left in the field.
    QTest::newRow("derived, junk left") << int(AdminApiChoice::Location::Derived) << "ftp://x"
                                        << "";
    QTest::newRow("off, junk left") << int(AdminApiChoice::Location::Off) << "ftp://x"
                                    << "";
}

void TestServerProfiles::adminApiAddressIsChecked()
{
    QFETCH(int, location);
    QFETCH(QString, adminUrl);
    QFETCH(QString, problemContains);
    ServerProfiles profiles;
    ServerProfile candidate =
        profile(QStringLiteral("new"), QStringLiteral("wss://dispatch.example.org/dwp"));
    candidate.adminApi.location = AdminApiChoice::Location(location);
    candidate.adminApi.url = QUrl(adminUrl, QUrl::TolerantMode);
    const QString problem = profiles.problemWith(candidate);
    if (problemContains.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(problemContains), qPrintable(problem));
    QCOMPARE(profiles.add(candidate), problemContains.isEmpty());
}

void TestServerProfiles::addReplaceRemove()
{
    ServerProfiles profiles;
    QSignalSpy changed(&profiles, &ServerProfiles::changed);
    QVERIFY(profiles.add(profile(QStringLiteral(" prod "), QStringLiteral("wss://prod.example.org/dwp"))));
    QVERIFY(profiles.add(profile(QStringLiteral("local"), QStringLiteral("ws://127.0.0.1:8080/dwp"))));
    QCOMPARE(profiles.all().first().name, QStringLiteral("prod"));
    QVERIFY(profiles.find(QStringLiteral("PROD")));

    ServerProfile edited = *profiles.find(QStringLiteral("local"));
    edited.format = dwp::WireFormat::Msgpack;
    edited.environment = ServerEnvironment::Local;
    QVERIFY(profiles.replace(QStringLiteral("local"), edited));
    QCOMPARE(profiles.find(QStringLiteral("local"))->format, dwp::WireFormat::Msgpack);

    ServerProfile clash = edited;
    clash.name = QStringLiteral("prod");
    QVERIFY(!profiles.replace(QStringLiteral("local"), clash));
    QCOMPARE(profiles.all()[1].name, QStringLiteral("local"));

    QVERIFY(profiles.remove(QStringLiteral("prod")));
    QVERIFY(!profiles.remove(QStringLiteral("prod")));
    QCOMPARE(profiles.all().size(), 1);
    QCOMPARE(changed.size(), 4);
}

void TestServerProfiles::renamingKeepsTheNameFreeOfItself()
{
    ServerProfiles profiles;
    QVERIFY(profiles.add(profile(QStringLiteral("dev"), QStringLiteral("ws://localhost:1/dwp"))));
    // Changing only the case of its own name is not a clash with itself.
    QVERIFY(profiles
                .problemWith(profile(QStringLiteral("Dev"), QStringLiteral("ws://localhost:1/dwp")),
                             QStringLiteral("dev"))
                .isEmpty());
}

void TestServerProfiles::plainWsExposesTokensOnlyOffThisMachine_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("exposed");
    QTest::newRow("ws remote") << "ws://dispatch.example.org:8080/dwp" << true;
    QTest::newRow("ws remote ip") << "ws://10.0.0.5:8080/dwp" << true;
    QTest::newRow("ws localhost") << "ws://localhost:8080/dwp" << false;
    QTest::newRow("ws 127.0.0.1") << "ws://127.0.0.1:8080/dwp" << false;
    QTest::newRow("ws 127.1.2.3") << "ws://127.1.2.3:8080/dwp" << false;
    QTest::newRow("ws ::1") << "ws://[::1]:8080/dwp" << false;
    QTest::newRow("wss remote") << "wss://dispatch.example.org/dwp" << false;
}

void TestServerProfiles::plainWsExposesTokensOnlyOffThisMachine()
{
    QFETCH(QString, url);
    QFETCH(bool, exposed);
    QCOMPARE(profile(QStringLiteral("x"), url).exposesTokenOnTheWire(), exposed);
}

void TestServerProfiles::transientProfilesAreNotPersistent()
{
    ServerProfiles profiles;
    ServerProfile demo = profile(QStringLiteral("Demo"), QStringLiteral("ws://127.0.0.1:9/dwp"));
    demo.transient = true;
    QVERIFY(profiles.add(demo));
    QVERIFY(profiles.add(profile(QStringLiteral("prod"), QStringLiteral("wss://prod.example.org/dwp"))));
    QCOMPARE(profiles.all().size(), 2);
    QCOMPARE(profiles.persistent().size(), 1);
    QCOMPARE(profiles.persistent().first().name, QStringLiteral("prod"));
}

QTEST_GUILESS_MAIN(TestServerProfiles)
#include "tst_server_profiles.moc"
