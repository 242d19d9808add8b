// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>
#include <optional>

namespace dispatch {

// Where journals live (README, "Journal"): one SQLite file per server profile in a folder, by default
// "journal" in the user's data folder (QStandardPaths::AppDataLocation), or the folder named by the
// environment variable DISPATCH_MONITOR_JOURNAL_DIR; its value "off" keeps no journal at all.
class JournalLocation
{
public:
    static constexpr const char* kEnvironmentVariable = "DISPATCH_MONITOR_JOURNAL_DIR";

    // The folder to use, or nullopt when the environment turns the journal off.
    static std::optional<QString> folderFromEnvironment();
    // The file of a profile's journal, named after the profile (profile names are unique regardless of case,
    // ServerProfiles), or after the server's address for an ad-hoc connection. Readable names, with a short
    // hash of the exact key so that names differing only in characters a file name cannot hold stay apart.
    static QString fileFor(const QString& folder, const QString& profile, const QUrl& server);
};

} // namespace dispatch
