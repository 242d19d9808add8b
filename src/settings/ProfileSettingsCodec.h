// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ServerProfile.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

class QSettings;

namespace dispatch {

// Reads and writes server profiles in the settings file, one group per profile under [profiles]. Never a
// token: a token found there (hand-edited) is reported and dropped.
//
// A broken entry (no name, no or a bad URL, an unknown format or environment) is skipped with a message
// naming it and its problem, and its group is left in the file untouched, so that nothing the operator wrote
// is lost by the next save. An unknown key or a malformed trusted fingerprint is reported and ignored; an
// unusable admin API address is reported and means no admin API, an unusable totals interval the default.
class ProfileSettingsCodec
{
    Q_DECLARE_TR_FUNCTIONS(ProfileSettingsCodec)

public:
    struct Loaded
    {
        QList<ServerProfile> profiles;
        QStringList problems;
        QStringList brokenGroups; // left as they are when saving
    };

    static Loaded load(QSettings& settings);
    static void save(QSettings& settings, const QList<ServerProfile>& profiles,
                     const QStringList& brokenGroups);

    static QString groupFor(const QString& profileName);
};

} // namespace dispatch
