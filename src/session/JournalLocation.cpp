// SPDX-License-Identifier: MIT
#include "session/JournalLocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QStandardPaths>

namespace dispatch {

namespace {

constexpr qsizetype kMaxReadablePart = 40;

QString readablePart(const QString& key)
{
    QString part;
    for (const QChar c : key.left(kMaxReadablePart)) {
        const bool safe = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                          c == u'-' || c == u'.';
        part.append(safe ? c : u'_');
    }
    return part;
}

} // namespace

std::optional<QString> JournalLocation::folderFromEnvironment()
{
    const QString chosen = qEnvironmentVariable(kEnvironmentVariable).trimmed();
    if (chosen == u"off")
        return std::nullopt;
    if (!chosen.isEmpty())
        return chosen;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal");
}

QString JournalLocation::fileFor(const QString& folder, const QString& profile, const QUrl& server)
{
    // Ad hoc: the server's address alone (no user, password, query, fragment or trailing slash).
    QString path = server.path();
    while (path.endsWith(u'/'))
        path.chop(1);
    const QString key = profile.isEmpty() ? QStringLiteral("url:%1://%2:%3%4")
                                                .arg(server.scheme(), server.host().toLower())
                                                .arg(server.port())
                                                .arg(path)
                                          : QStringLiteral("profile:") + profile.toCaseFolded();
    const QByteArray hash =
        QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(10);
    const QString readable = readablePart(profile.isEmpty() ? server.host() : profile.toCaseFolded());
    return QDir(folder).filePath(QStringLiteral("%1-%2.sqlite").arg(readable, QString::fromLatin1(hash)));
}

} // namespace dispatch
