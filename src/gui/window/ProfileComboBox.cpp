// SPDX-License-Identifier: MIT
#include "gui/window/ProfileComboBox.h"

#include "gui/views/EnvironmentBadge.h"
#include "settings/ServerProfiles.h"

namespace dispatch {

ProfileComboBox::ProfileComboBox(QWidget* parent) : QComboBox(parent)
{
    // As wide as 16 characters whatever the names, longer ones elided: sized to its contents, a long name
    // ("Demo (eingebaut)" with its badge) made the connection bar, and so the window, 1047 px wide in German
    // where 1024 px must fit (issue 20 item 17). The list that drops down shows the names whole.
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    setPlaceholderText(tr("No profile"));
    setToolTip(tr("Switch to another server profile"));
    connect(this, &QComboBox::activated, this, [this](int index) {
        const QString name = itemData(index).toString();
        if (!name.isEmpty() && name != m_current)
            emit profileChosen(name);
        // Until the switch happens (it may be refused or cancelled), show the session on screen.
        setCurrentProfile(m_current);
    });
}

void ProfileComboBox::setProfiles(const ServerProfiles* profiles)
{
    if (m_profiles)
        disconnect(m_profiles, nullptr, this, nullptr);
    m_profiles = profiles;
    if (profiles)
        connect(profiles, &ServerProfiles::changed, this, &ProfileComboBox::rebuild);
    rebuild();
}

void ProfileComboBox::rebuild()
{
    const QSignalBlocker quiet(this);
    clear();
    if (m_profiles) {
        for (const ServerProfile& profile : m_profiles->all()) {
            addItem(EnvironmentBadge::icon(profile.environment, palette()), profile.name, profile.name);
            setItemData(count() - 1,
                        //: Tooltip of a profile in the profile chooser. %1 is the environment (Production,
                        //: Staging, Development, Local), %2 the server's URL.
                        tr("%1 — %2").arg(serverEnvironmentLabel(profile.environment),
                                          profile.url.toDisplayString(QUrl::RemoveUserInfo)),
                        Qt::ToolTipRole);
        }
    }
    setCurrentProfile(m_current);
}

void ProfileComboBox::setCurrentProfile(const QString& name)
{
    m_current = name;
    const QSignalBlocker quiet(this);
    setCurrentIndex(name.isEmpty() ? -1 : findData(name));
    if (currentIndex() < 0)
        m_current.clear();
}

} // namespace dispatch
