// SPDX-License-Identifier: MIT
#include "settings/ProfileSettingsCodec.h"

#include <QCoreApplication>
#include <QSet>
#include <QSettings>
#include <QUrl>
#include <optional>

namespace dispatch {

namespace {

const QString profilesGroup = QStringLiteral("profiles");
const QString orderKey = QStringLiteral("order");
const QString nameKey = QStringLiteral("name");
const QString urlKey = QStringLiteral("url");
const QString formatKey = QStringLiteral("format");
const QString environmentKey = QStringLiteral("environment");
const QString plainTextKey = QStringLiteral("allowTokenOverPlainWs");
const QString trustedKey = QStringLiteral("trustedCertificatesSha256");
const QString adminApiKey = QStringLiteral("adminApi"); // derived, off, or an http(s) URL
const QString adminApiBearerKey = QStringLiteral("adminApiSendsToken");
const QString totalsIntervalKey = QStringLiteral("serverTotalsSeconds");
const QString journalDaysKey = QStringLiteral("journalDays");
const QString journalMegabytesKey = QStringLiteral("journalMegabytes");
const QString derivedValue = QStringLiteral("derived");
const QString offValue = QStringLiteral("off");

// The REST side of a profile. Whatever is wrong with it is reported and replaced by a safe value: an
// unreadable address means no REST at all (never a guess at where to send the operator's actions), an
// unreadable interval the default.
AdminApiChoice readAdminApi(QSettings& settings, const QString& entry, QStringList& problems)
{
    AdminApiChoice choice;
    const QString location = settings.value(adminApiKey, derivedValue).toString().trimmed();
    if (location.compare(offValue, Qt::CaseInsensitive) == 0) {
        choice.location = AdminApiChoice::Location::Off;
    } else if (location.compare(derivedValue, Qt::CaseInsensitive) != 0) {
        const QString problem = AdminApiChoice::problemWithUrl(location);
        if (problem.isEmpty()) {
            choice.location = AdminApiChoice::Location::Custom;
            choice.url = QUrl(location, QUrl::StrictMode);
        } else {
            choice.location = AdminApiChoice::Location::Off;
            //: Shown at start when the settings file is read. %1 is the profile's name in the settings file,
            //: %2 the admin API address written there, %3 the sentence saying what is wrong with it.
            problems.append(ProfileSettingsCodec::tr("Server profile “%1”: the admin API address “%2” is not "
                                                     "usable, so the admin API is off for now. %3")
                                .arg(entry, location, problem));
        }
    }
    choice.sendTokenAsBearer = settings.value(adminApiBearerKey, false).toString() == u"true";
    if (settings.contains(totalsIntervalKey)) {
        bool isNumber = false;
        const qlonglong seconds =
            settings.value(totalsIntervalKey).toString().trimmed().toLongLong(&isNumber);
        if (isNumber && seconds >= AdminApiChoice::kMinimumTotalsInterval.count() &&
            seconds <= AdminApiChoice::kMaximumTotalsInterval.count())
            choice.totalsInterval = std::chrono::seconds(seconds);
        else
            //: Shown at start when the settings file is read. %1 is the profile's name in the settings file,
            //: %2 the value written there, %3 and %4 the allowed range in seconds, %5 the default used.
            problems.append(
                ProfileSettingsCodec::tr("Server profile “%1”: the server totals interval “%2” is "
                                         "not a number of seconds from %3 to %4; %5 s are used.")
                    .arg(entry, settings.value(totalsIntervalKey).toString())
                    .arg(AdminApiChoice::kMinimumTotalsInterval.count())
                    .arg(AdminApiChoice::kMaximumTotalsInterval.count())
                    .arg(AdminApiChoice::kDefaultTotalsInterval.count()));
    }
    return choice;
}

void writeAdminApi(QSettings& settings, const AdminApiChoice& choice)
{
    switch (choice.location) {
    case AdminApiChoice::Location::Derived:
        break; // the default: absent
    case AdminApiChoice::Location::Custom:
        settings.setValue(adminApiKey, choice.url.toString());
        break;
    case AdminApiChoice::Location::Off:
        settings.setValue(adminApiKey, offValue);
        break;
    }
    if (choice.sendTokenAsBearer)
        settings.setValue(adminApiBearerKey, true);
    if (choice.totalsInterval != AdminApiChoice::kDefaultTotalsInterval)
        settings.setValue(totalsIntervalKey, qlonglong(choice.totalsInterval.count()));
}

// A whole number from `minimum` to `maximum` under `key`, or nullopt when absent; a value out of range or not
// a number is named in `problems` (by the caller's sentence) and also nullopt, so the default stays.
std::optional<int> readBoundedInt(QSettings& settings, const QString& key, int minimum, int maximum,
                                  bool* bad)
{
    *bad = false;
    if (!settings.contains(key))
        return std::nullopt;
    bool isNumber = false;
    const qlonglong value = settings.value(key).toString().trimmed().toLongLong(&isNumber);
    if (isNumber && value >= minimum && value <= maximum)
        return int(value);
    *bad = true;
    return std::nullopt;
}

// The journal's retention. A value that is not usable is named and the default kept: a wrong number must
// never make the writer delete history the operator meant to keep.
JournalRetention readRetention(QSettings& settings, const QString& entry, QStringList& problems)
{
    JournalRetention retention;
    bool bad = false;
    if (const auto days = readBoundedInt(settings, journalDaysKey, JournalRetention::kMinimumDays,
                                         JournalRetention::kMaximumDays, &bad))
        retention.maxAgeDays = *days;
    else if (bad)
        //: Shown at start when the settings file is read. %1 is the profile's name in the settings file,
        //: %2 the value written there, %3 and %4 the allowed range in days, %5 the default used.
        problems.append(ProfileSettingsCodec::tr("Server profile “%1”: the journal's maximum age “%2” is not "
                                                 "a number of days from %3 to %4; %5 days are kept.")
                            .arg(entry, settings.value(journalDaysKey).toString())
                            .arg(JournalRetention::kMinimumDays)
                            .arg(JournalRetention::kMaximumDays)
                            .arg(JournalRetention::kDefaultDays));
    if (const auto megabytes =
            readBoundedInt(settings, journalMegabytesKey, JournalRetention::kMinimumMegabytes,
                           JournalRetention::kMaximumMegabytes, &bad))
        retention.maxMegabytes = *megabytes;
    else if (bad)
        //: Shown at start when the settings file is read. %1 is the profile's name in the settings file,
        //: %2 the value written there, %3 and %4 the allowed range in MB, %5 the default used.
        problems.append(
            ProfileSettingsCodec::tr("Server profile “%1”: the journal's maximum size “%2” is not "
                                     "a number of MB from %3 to %4; %5 MB are kept.")
                .arg(entry, settings.value(journalMegabytesKey).toString())
                .arg(JournalRetention::kMinimumMegabytes)
                .arg(JournalRetention::kMaximumMegabytes)
                .arg(JournalRetention::kDefaultMegabytes));
    return retention;
}

// A profile, or the reason it cannot be one. `problems` collects what was ignored without losing the profile.
std::optional<ServerProfile> readProfile(QSettings& settings, const QString& group, QStringList& problems)
{
    settings.beginGroup(group);
    const auto done = qScopeGuard([&settings] { settings.endGroup(); });
    const QString entry = QUrl::fromPercentEncoding(group.toLatin1());
    // Each reason is a whole sentence of its own, so that a translation can order it freely.
    const auto skip = [&](const QString& problem) {
        problems.append(problem);
        return std::nullopt;
    };

    static const QSet<QString> known = {
        nameKey,           urlKey,         formatKey,          environmentKey,
        plainTextKey,      trustedKey,     adminApiKey,        adminApiBearerKey,
        totalsIntervalKey, journalDaysKey, journalMegabytesKey};
    for (const QString& key : settings.childKeys()) {
        if (key.compare(QStringLiteral("token"), Qt::CaseInsensitive) == 0)
            //: Shown at start when the settings file is read. %1 is the profile's name in the settings file.
            problems.append(ProfileSettingsCodec::tr(
                                "Server profile “%1”: a token in the settings file was ignored; tokens are "
                                "kept in the system keyring, never in this file.")
                                .arg(entry));
        else if (!known.contains(key))
            //: Shown at start when the settings file is read. %1 is the profile's name in the settings file,
            //: %2 the key of the setting this version does not know.
            problems.append(ProfileSettingsCodec::tr("Server profile “%1”: unknown setting “%2” ignored.")
                                .arg(entry, key));
    }

    ServerProfile profile;
    profile.name = settings.value(nameKey).toString().trimmed();
    if (profile.name.isEmpty())
        //: Shown at start when the settings file has a broken profile. %1 is the profile's group name in the
        //: file.
        return skip(ProfileSettingsCodec::tr("Server profile “%1” was skipped: it has no name.").arg(entry));
    const QString url = settings.value(urlKey).toString();
    if (url.trimmed().isEmpty())
        //: Shown at start when the settings file has a broken profile. %1 is the profile's name in the file.
        return skip(ProfileSettingsCodec::tr("Server profile “%1” was skipped: it has no URL.").arg(entry));
    const QString urlProblem = problemWithServerUrl(url);
    if (!urlProblem.isEmpty())
        //: Shown at start. %1 is the profile's name in the settings file, %2 its URL as written there, %3 the
        //: sentence saying what is wrong with the URL (e.g. "The address has no host name.").
        return skip(
            ProfileSettingsCodec::tr("Server profile “%1” was skipped: its URL “%2” is not usable. %3")
                .arg(entry, url, urlProblem));
    profile.url = QUrl(url.trimmed(), QUrl::StrictMode);

    const QString format = settings.value(formatKey, QStringLiteral("json")).toString();
    const auto wireFormat = dwp::wireFormatFromName(format.trimmed().toLower());
    if (!wireFormat)
        //: Shown at start. %1 is the profile's name in the settings file, %2 the wire format written there;
        //: json and msgpack are the only values the file may hold (not translated).
        return skip(ProfileSettingsCodec::tr(
                        "Server profile “%1” was skipped: its format “%2” is neither json nor msgpack.")
                        .arg(entry, format));
    profile.format = *wireFormat;

    const QString environment = settings.value(environmentKey, QStringLiteral("development")).toString();
    const auto serverEnvironment = serverEnvironmentFromKey(environment);
    if (!serverEnvironment)
        //: Shown at start. %1 is the profile's name in the settings file, %2 the environment written there;
        //: production, staging, development and local are the values the file may hold (not translated).
        return skip(ProfileSettingsCodec::tr("Server profile “%1” was skipped: its environment “%2” is not "
                                             "production, staging, development or local.")
                        .arg(entry, environment));
    profile.environment = *serverEnvironment;

    const QVariant plainText = settings.value(plainTextKey, false);
    profile.plainTextTokenAllowed = plainText.toString() == u"true";

    for (const QString& hex : settings.value(trustedKey).toStringList()) {
        const QByteArray digest = QByteArray::fromHex(hex.trimmed().toLatin1());
        if (digest.size() != 32 || digest.toHex() != hex.trimmed().toLower().toLatin1())
            //: Shown at start when the settings file is read. %1 is the profile's name in the settings file,
            //: %2 the fingerprint text as written there.
            problems.append(ProfileSettingsCodec::tr(
                                "Server profile “%1”: the trusted certificate fingerprint “%2” is not a "
                                "SHA-256 digest in hex and was ignored.")
                                .arg(entry, hex));
        else
            profile.trustedCertificateSha256.append(digest);
    }
    profile.adminApi = readAdminApi(settings, entry, problems);
    profile.retention = readRetention(settings, entry, problems);
    return profile;
}

} // namespace

QString ProfileSettingsCodec::groupFor(const QString& profileName)
{
    // Group names are percent-encoded: '/' and '\\' would otherwise split them into sub-groups.
    return QString::fromLatin1(QUrl::toPercentEncoding(profileName.trimmed()));
}

ProfileSettingsCodec::Loaded ProfileSettingsCodec::load(QSettings& settings)
{
    Loaded loaded;
    settings.beginGroup(profilesGroup);
    QStringList groups = settings.childGroups();
    // Shown in the saved order; groups the order does not know (added by hand) come last, by name.
    const QStringList order = settings.value(orderKey).toStringList();
    std::stable_sort(groups.begin(), groups.end(), [&order](const QString& a, const QString& b) {
        const auto rank = [&order](const QString& group) {
            const qsizetype at = order.indexOf(group);
            return at < 0 ? order.size() : at;
        };
        return rank(a) < rank(b);
    });
    QSet<QString> names;
    for (const QString& group : groups) {
        std::optional<ServerProfile> profile = readProfile(settings, group, loaded.problems);
        if (profile && names.contains(profile->name.toLower())) {
            //: Shown at start when the settings file is read. %1 is the profile's name.
            loaded.problems.append(ProfileSettingsCodec::tr(
                                       "Server profile “%1” was skipped: another profile has the same name.")
                                       .arg(profile->name));
            profile.reset();
        }
        if (!profile) {
            loaded.brokenGroups.append(group);
            continue;
        }
        names.insert(profile->name.toLower());
        loaded.profiles.append(*profile);
    }
    settings.endGroup();
    return loaded;
}

void ProfileSettingsCodec::save(QSettings& settings, const QList<ServerProfile>& profiles,
                                const QStringList& brokenGroups)
{
    settings.beginGroup(profilesGroup);
    QStringList order;
    for (const ServerProfile& profile : profiles)
        order.append(groupFor(profile.name));
    for (const QString& group : settings.childGroups()) {
        if (!order.contains(group) && !brokenGroups.contains(group))
            settings.remove(group);
    }
    for (const ServerProfile& profile : profiles) {
        const QString group = groupFor(profile.name);
        settings.remove(group); // no stale keys, and any hand-written token goes too
        settings.beginGroup(group);
        settings.setValue(nameKey, profile.name);
        settings.setValue(urlKey, profile.url.toString());
        settings.setValue(formatKey, dwp::wireFormatName(profile.format));
        settings.setValue(environmentKey, serverEnvironmentKey(profile.environment));
        if (profile.plainTextTokenAllowed)
            settings.setValue(plainTextKey, true);
        QStringList trusted;
        for (const QByteArray& digest : profile.trustedCertificateSha256)
            trusted.append(QString::fromLatin1(digest.toHex()));
        if (!trusted.isEmpty())
            settings.setValue(trustedKey, trusted);
        writeAdminApi(settings, profile.adminApi);
        // The defaults are absent, so that a later release's defaults reach profiles nobody tuned.
        if (profile.retention.maxAgeDays != JournalRetention::kDefaultDays)
            settings.setValue(journalDaysKey, profile.retention.maxAgeDays);
        if (profile.retention.maxMegabytes != JournalRetention::kDefaultMegabytes)
            settings.setValue(journalMegabytesKey, profile.retention.maxMegabytes);
        settings.endGroup();
    }
    settings.setValue(orderKey, order + brokenGroups);
    settings.endGroup();
}

} // namespace dispatch
