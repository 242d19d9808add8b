// SPDX-License-Identifier: MIT
// Profiles in the settings file: the round trip, and bad configuration of every kind named and survived.
#include "settings/ProfileSettingsCodec.h"
#include "settings/SettingsFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <unistd.h>

using namespace dispatch;

namespace {

void writeFile(const QString& path, const QByteArray& text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool anyContains(const QStringList& messages, const QString& part1, const QString& part2)
{
    for (const QString& message : messages) {
        if (message.contains(part1) && message.contains(part2))
            return true;
    }
    return false;
}

} // namespace

class TestSettingsFile : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void profilesRoundTrip();
    void brokenProfilesAreSkippedAndNamed();
    void brokenProfilesSurviveTheNextSave();
    void unreadableFileIsNamedAndNeverOverwritten();
    void permissionDeniedIsNamed();
    void malformedIniIsNamedAndTheRestIsUsed();
    void journalRetentionRoundTripsAndBadValuesKeepTheDefaults();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestSettingsFile::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_path = m_dir->filePath(QStringLiteral("monitor.conf"));
}

void TestSettingsFile::profilesRoundTrip()
{
    ServerProfile production;
    production.name = QStringLiteral("Production / EU"); // a '/' must not split the group
    production.url = QUrl(QStringLiteral("wss://dispatch.example.org/dwp"));
    production.format = dwp::WireFormat::Msgpack;
    production.environment = ServerEnvironment::Production;
    production.trustedCertificateSha256 = {QByteArray(32, '\x5a')};
    ServerProfile local;
    local.name = QStringLiteral("Lokal ü");
    local.url = QUrl(QStringLiteral("ws://10.1.2.3:8080/dwp"));
    local.environment = ServerEnvironment::Local;
    local.plainTextTokenAllowed = true;
    local.adminApi.location = AdminApiChoice::Location::Off;
    production.adminApi.location = AdminApiChoice::Location::Custom;
    production.adminApi.url = QUrl(QStringLiteral("https://admin.example.org:8443/ops/dispatch"));
    production.adminApi.sendTokenAsBearer = true;
    production.adminApi.totalsInterval = std::chrono::seconds(60);
    ServerProfile usual; // the default admin API writes nothing
    usual.name = QStringLiteral("usual");
    usual.url = QUrl(QStringLiteral("ws://localhost:8080/dwp"));
    {
        SettingsFile file(m_path);
        QVERIFY(file.problem().isEmpty());
        ProfileSettingsCodec::save(file.settings(), {local, production, usual}, {});
        QVERIFY(file.sync().isEmpty());
    }
    SettingsFile again(m_path);
    const ProfileSettingsCodec::Loaded loaded = ProfileSettingsCodec::load(again.settings());
    QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
    QCOMPARE(loaded.profiles.size(), 3);
    QCOMPARE(loaded.profiles[0], local); // saved order, not alphabetical
    QCOMPARE(loaded.profiles[1], production);
    QCOMPARE(loaded.profiles[2], usual);
    QCOMPARE(loaded.profiles[2].adminApi.location, AdminApiChoice::Location::Derived);
    const QByteArray written = readFile(m_path);
    QVERIFY2(written.contains("adminApi=off") && written.contains("serverTotalsSeconds=60"),
             written.constData());
    QCOMPARE(written.count("adminApi="), 2); // not for the usual deployment
}

void TestSettingsFile::brokenProfilesAreSkippedAndNamed()
{
    writeFile(m_path, "[profiles]\n"
                      "good\\name=good\ngood\\url=ws://localhost:8080/dwp\ngood\\format=msgpack\n"
                      "good\\colour=blue\n"
                      "nourl\\name=No URL\n"
                      "badformat\\name=Bad format\nbadformat\\url=ws://localhost:1/dwp\n"
                      "badformat\\format=protobuf\n"
                      "badurl\\name=Bad URL\nbadurl\\url=http://example.org\n"
                      "badenv\\name=Bad env\nbadenv\\url=ws://localhost:1/dwp\nbadenv\\environment=qa\n"
                      "noname\\url=ws://localhost:1/dwp\n"
                      "withtoken\\name=With token\nwithtoken\\url=ws://localhost:2/dwp\n"
                      "withtoken\\token=s3cret\n"
                      "badfp\\name=Bad fingerprint\nbadfp\\url=wss://x.example.org/dwp\n"
                      "badfp\\trustedCertificatesSha256=abcd, " +
                          QByteArray(64, 'e') +
                          "\n"
                          "badrest\\name=Bad REST\nbadrest\\url=ws://localhost:3/dwp\n"
                          "badrest\\adminApi=ftp://files.example.org/\nbadrest\\serverTotalsSeconds=1\n");
    SettingsFile file(m_path);
    QVERIFY(file.problem().isEmpty());
    const ProfileSettingsCodec::Loaded loaded = ProfileSettingsCodec::load(file.settings());
    const QStringList& problems = loaded.problems;
    QStringList names;
    for (const ServerProfile& profile : loaded.profiles)
        names.append(profile.name);
    names.sort();
    QCOMPARE(names, (QStringList{QStringLiteral("Bad REST"), QStringLiteral("Bad fingerprint"),
                                 QStringLiteral("With token"), QStringLiteral("good")}));
    QVERIFY2(anyContains(problems, QStringLiteral("nourl"), QStringLiteral("no URL")),
             qPrintable(problems.join(u'\n')));
    QVERIFY(anyContains(problems, QStringLiteral("badformat"), QStringLiteral("“protobuf”")));
    QVERIFY(anyContains(problems, QStringLiteral("badurl"), QStringLiteral("ws:// or wss://")));
    QVERIFY(anyContains(problems, QStringLiteral("badenv"), QStringLiteral("“qa”")));
    QVERIFY(anyContains(problems, QStringLiteral("noname"), QStringLiteral("no name")));
    QVERIFY(anyContains(problems, QStringLiteral("good"), QStringLiteral("unknown setting “colour”")));
    QVERIFY(anyContains(problems, QStringLiteral("withtoken"), QStringLiteral("token")));
    QVERIFY(anyContains(problems, QStringLiteral("badfp"), QStringLiteral("“abcd”")));
    // A bad admin API address means no REST (never a guess where to send actions), a bad interval the
    // default.
    QVERIFY(anyContains(problems, QStringLiteral("badrest"), QStringLiteral("“ftp://files.example.org/”")));
    QVERIFY(
        anyContains(problems, QStringLiteral("badrest"), QStringLiteral("“1” is not a number of seconds")));
    const auto badRest = std::find_if(loaded.profiles.begin(), loaded.profiles.end(),
                                      [](const ServerProfile& p) { return p.name == u"Bad REST"; });
    QCOMPARE(badRest->adminApi.location, AdminApiChoice::Location::Off);
    QCOMPARE(badRest->adminApi.totalsInterval, AdminApiChoice::kDefaultTotalsInterval);
    QCOMPARE(problems.size(), 10);
    const auto badFingerprint =
        std::find_if(loaded.profiles.begin(), loaded.profiles.end(),
                     [](const ServerProfile& p) { return p.name == u"Bad fingerprint"; });
    QCOMPARE(badFingerprint->trustedCertificateSha256, QList<QByteArray>{QByteArray(32, '\xee')});
    // The token read from the file is not part of the profile (profiles have no token at all) and no
    // message repeats it.
    for (const QString& problem : problems)
        QVERIFY(!problem.contains(QStringLiteral("s3cret")));
}

void TestSettingsFile::brokenProfilesSurviveTheNextSave()
{
    writeFile(m_path, "[profiles]\nbroken\\name=Broken\nbroken\\format=json\n"
                      "ok\\name=ok\nok\\url=ws://localhost:8080/dwp\nok\\token=s3cret\n");
    {
        SettingsFile file(m_path);
        ProfileSettingsCodec::Loaded loaded = ProfileSettingsCodec::load(file.settings());
        QCOMPARE(loaded.profiles.size(), 1);
        QCOMPARE(loaded.brokenGroups, QStringList{QStringLiteral("broken")});
        ServerProfile added;
        added.name = QStringLiteral("added");
        added.url = QUrl(QStringLiteral("wss://added.example.org/dwp"));
        loaded.profiles.append(added);
        ProfileSettingsCodec::save(file.settings(), loaded.profiles, loaded.brokenGroups);
        QVERIFY(file.sync().isEmpty());
    }
    const QByteArray written = readFile(m_path);
    QVERIFY2(written.contains("broken\\name=Broken"), written.constData()); // the operator's entry stays
    QVERIFY(!written.contains("s3cret"));                                   // a hand-written token goes
    SettingsFile again(m_path);
    QCOMPARE(ProfileSettingsCodec::load(again.settings()).profiles.size(), 2);
}

void TestSettingsFile::unreadableFileIsNamedAndNeverOverwritten()
{
    // A folder where the file should be cannot be read by anyone, root included.
    QVERIFY(QDir().mkpath(m_path));
    SettingsFile file(m_path);
    QVERIFY2(file.problem().contains(m_path), qPrintable(file.problem()));
    QVERIFY(file.problem().contains(QStringLiteral("cannot be read")));
    QVERIFY(!file.savesToFile());
    // The app goes on: what it writes lands in the session's scratch copy.
    file.settings().setValue(QStringLiteral("window/page"), 2);
    QVERIFY(file.sync().isEmpty());
    QCOMPARE(file.settings().value(QStringLiteral("window/page")).toInt(), 2);
    QVERIFY(QFileInfo(m_path).isDir());
}

void TestSettingsFile::permissionDeniedIsNamed()
{
    // Root reads files whatever their permission bits, but not a write-only sysctl: procfs checks root
    // against the owner bits too.
    const bool root = ::geteuid() == 0;
    const QString path = root ? QStringLiteral("/proc/sys/vm/drop_caches") : m_path;
    if (!root) {
        writeFile(m_path, "[profiles]\nok\\name=ok\nok\\url=ws://localhost:1/dwp\n");
        QFile::setPermissions(m_path, QFileDevice::WriteOwner);
    }
    QFile probe(path);
    QVERIFY2(QFileInfo::exists(path) && !probe.open(QIODevice::ReadOnly),
             qPrintable(QStringLiteral("%1 should exist and be unreadable to this user").arg(path)));
    SettingsFile file(path);
    QVERIFY2(file.problem().contains(path), qPrintable(file.problem()));
    QVERIFY2(file.problem().contains(QStringLiteral("cannot be read")), qPrintable(file.problem()));
    QVERIFY(!file.savesToFile());
    if (!root)
        QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestSettingsFile::malformedIniIsNamedAndTheRestIsUsed()
{
    const QByteArray original = "[profiles]\nok\\name=ok\nok\\url=ws://localhost:8080/dwp\n[window\npage=2\n";
    writeFile(m_path, original);
    {
        SettingsFile file(m_path);
        QVERIFY2(file.problem().contains(QStringLiteral("not a valid settings")), qPrintable(file.problem()));
        QVERIFY(file.problem().contains(m_path));
        const ProfileSettingsCodec::Loaded loaded = ProfileSettingsCodec::load(file.settings());
        QCOMPARE(loaded.profiles.size(), 1);
        QCOMPARE(loaded.profiles.first().name, QStringLiteral("ok"));
        ProfileSettingsCodec::save(file.settings(), {}, {});
        file.sync();
    }
    QCOMPARE(readFile(m_path), original); // left for the operator to fix
}

// Issue 19 item 7: the retention per profile, written only when it is not the default; a value that is no
// number, out of range or negative is named and the default kept (never a smaller limit than asked for).
void TestSettingsFile::journalRetentionRoundTripsAndBadValuesKeepTheDefaults()
{
    ServerProfile tuned;
    tuned.name = QStringLiteral("tuned");
    tuned.url = QUrl(QStringLiteral("ws://localhost:8080/dwp"));
    tuned.retention.maxAgeDays = 7;
    tuned.retention.maxMegabytes = 100;
    ServerProfile usual;
    usual.name = QStringLiteral("usual");
    usual.url = QUrl(QStringLiteral("ws://localhost:8081/dwp"));
    {
        SettingsFile file(m_path);
        ProfileSettingsCodec::save(file.settings(), {tuned, usual}, {});
        QVERIFY(file.sync().isEmpty());
    }
    const QByteArray written = readFile(m_path);
    QCOMPARE(written.count("journalDays="), 1);
    QCOMPARE(written.count("journalMegabytes="), 1);
    {
        SettingsFile again(m_path);
        const ProfileSettingsCodec::Loaded loaded = ProfileSettingsCodec::load(again.settings());
        QVERIFY2(loaded.problems.isEmpty(), qPrintable(loaded.problems.join(u'\n')));
        QCOMPARE(loaded.profiles.size(), 2);
        QCOMPARE(loaded.profiles[0].retention.maxAgeDays, 7);
        QCOMPARE(loaded.profiles[0].retention.maxMegabytes, 100);
        QCOMPARE(loaded.profiles[1].retention, JournalRetention{});
        QCOMPARE(loaded.profiles[1].retention.maxAgeDays, 30);
        QCOMPARE(loaded.profiles[1].retention.maxBytes(), qint64(2048) * 1024 * 1024);
    }

    writeFile(m_path, "[profiles]\n"
                      "words\\name=Words\nwords\\url=ws://localhost:1/dwp\nwords\\journalDays=a month\n"
                      "words\\journalMegabytes=2G\n"
                      "zero\\name=Zero\nzero\\url=ws://localhost:2/dwp\nzero\\journalDays=0\n"
                      "zero\\journalMegabytes=-5\n"
                      "huge\\name=Huge\nhuge\\url=ws://localhost:3/dwp\nhuge\\journalDays=99999\n"
                      "huge\\journalMegabytes=99999999999\n"
                      "fine\\name=Fine\nfine\\url=ws://localhost:4/dwp\nfine\\journalDays= 3 \n"
                      "fine\\journalMegabytes=16\n");
    SettingsFile file(m_path);
    const ProfileSettingsCodec::Loaded loaded = ProfileSettingsCodec::load(file.settings());
    QCOMPARE(loaded.profiles.size(), 4); // a bad retention never costs the profile
    for (const ServerProfile& profile : loaded.profiles) {
        if (profile.name == u"Fine") {
            QCOMPARE(profile.retention.maxAgeDays, 3);
            QCOMPARE(profile.retention.maxMegabytes, 16);
        } else {
            QCOMPARE(profile.retention, JournalRetention{});
        }
    }
    const QStringList& problems = loaded.problems;
    QCOMPARE(problems.size(), 6);
    QVERIFY2(anyContains(problems, QStringLiteral("“words”"), QStringLiteral("“a month”")),
             qPrintable(problems.join(u'\n')));
    QVERIFY(anyContains(problems, QStringLiteral("“words”"), QStringLiteral("“2G”")));
    QVERIFY(anyContains(problems, QStringLiteral("“zero”"), QStringLiteral("30 days are kept")));
    QVERIFY(anyContains(problems, QStringLiteral("“zero”"), QStringLiteral("2048 MB are kept")));
    QVERIFY(anyContains(problems, QStringLiteral("“huge”"), QStringLiteral("from 1 to 3650")));
    QVERIFY(anyContains(problems, QStringLiteral("“huge”"), QStringLiteral("from 16 to 1048576")));
}

QTEST_GUILESS_MAIN(TestSettingsFile)
#include "tst_settings_file.moc"
