// SPDX-License-Identifier: MIT
#pragma once

#include "settings/ServerProfile.h"

#include <QList>
#include <QObject>

namespace dispatch {

// The operator's server profiles, in the order shown, with the rules a profile must meet: a name, unique
// regardless of case, and a usable ws:// or wss:// address. Edits that break a rule change nothing.
class ServerProfiles : public QObject
{
    Q_OBJECT

public:
    explicit ServerProfiles(QObject* parent = nullptr);

    const QList<ServerProfile>& all() const { return m_profiles; }
    // Only what belongs in the settings file (no transient --demo profile).
    QList<ServerProfile> persistent() const;
    const ServerProfile* find(const QString& name) const;
    bool isEmpty() const { return m_profiles.isEmpty(); }

    // What is wrong with `candidate` when it replaces the profile named `replacing` (empty: when it is
    // added); an empty string when nothing is.
    QString problemWith(const ServerProfile& candidate, const QString& replacing = {}) const;

    bool add(const ServerProfile& profile);
    bool replace(const QString& name, const ServerProfile& profile);
    bool remove(const QString& name);
    void setAll(const QList<ServerProfile>& profiles);

signals:
    void changed();

private:
    qsizetype indexOf(const QString& name) const;

    QList<ServerProfile> m_profiles;
};

} // namespace dispatch
