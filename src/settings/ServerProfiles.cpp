// SPDX-License-Identifier: MIT
#include "settings/ServerProfiles.h"

#include <QCoreApplication>

namespace dispatch {

ServerProfiles::ServerProfiles(QObject* parent) : QObject(parent) {}

QList<ServerProfile> ServerProfiles::persistent() const
{
    QList<ServerProfile> result;
    for (const ServerProfile& profile : m_profiles) {
        if (!profile.transient)
            result.append(profile);
    }
    return result;
}

qsizetype ServerProfiles::indexOf(const QString& name) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

const ServerProfile* ServerProfiles::find(const QString& name) const
{
    const qsizetype index = indexOf(name);
    return index < 0 ? nullptr : &m_profiles[index];
}

QString ServerProfiles::problemWith(const ServerProfile& candidate, const QString& replacing) const
{
    const QString name = candidate.name.trimmed();
    if (name.isEmpty())
        return tr("Give the profile a name.");
    const qsizetype existing = indexOf(name);
    if (existing >= 0 && (replacing.isEmpty() || existing != indexOf(replacing)))
        //: Under the name field of the profile dialog. %1 is the name of the existing profile.
        return tr("A profile named “%1” already exists.").arg(m_profiles[existing].name);
    const QString urlProblem = problemWithServerUrl(candidate.url.toString());
    if (!urlProblem.isEmpty())
        return urlProblem;
    if (candidate.adminApi.location == AdminApiChoice::Location::Custom)
        return AdminApiChoice::problemWithUrl(candidate.adminApi.url.toString());
    return {};
}

bool ServerProfiles::add(const ServerProfile& profile)
{
    if (!problemWith(profile).isEmpty())
        return false;
    ServerProfile added = profile;
    added.name = profile.name.trimmed();
    m_profiles.append(added);
    emit changed();
    return true;
}

bool ServerProfiles::replace(const QString& name, const ServerProfile& profile)
{
    const qsizetype index = indexOf(name);
    if (index < 0 || !problemWith(profile, name).isEmpty())
        return false;
    ServerProfile replaced = profile;
    replaced.name = profile.name.trimmed();
    if (m_profiles[index] == replaced)
        return true;
    m_profiles[index] = replaced;
    emit changed();
    return true;
}

bool ServerProfiles::remove(const QString& name)
{
    const qsizetype index = indexOf(name);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    emit changed();
    return true;
}

void ServerProfiles::setAll(const QList<ServerProfile>& profiles)
{
    m_profiles = profiles;
    emit changed();
}

} // namespace dispatch
