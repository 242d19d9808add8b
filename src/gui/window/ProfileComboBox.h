// SPDX-License-Identifier: MIT
#pragma once

#include <QComboBox>

namespace dispatch {

class ServerProfiles;

// The connection bar's server switch: one entry per profile with its environment's colour. Choosing one
// asks for a switch (profileChosen); what is shown follows the session actually on screen
// (setCurrentProfile), an ad-hoc connection showing no profile.
class ProfileComboBox : public QComboBox
{
    Q_OBJECT

public:
    explicit ProfileComboBox(QWidget* parent = nullptr);

    void setProfiles(const ServerProfiles* profiles);
    // Empty: no profile (not connected, or connected ad hoc).
    void setCurrentProfile(const QString& name);
    QString currentProfile() const { return m_current; }

signals:
    void profileChosen(const QString& name);

private:
    void rebuild();

    const ServerProfiles* m_profiles = nullptr;
    QString m_current;
};

} // namespace dispatch
