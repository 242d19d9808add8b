// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPalette>
#include <QString>
#include <optional>

class QAction;
class QMenu;
class QSettings;
class QWidget;

namespace dispatch {

// View → Theme: the desktop's own look (System), or Fusion with a light or a dark palette, chosen by the user
// and kept in the settings (issue 20 item 16: an operator at 3 a.m. wants a dark window whatever the desktop
// says). Qt 6.4 (Debian 12) cannot ask the platform for its dark scheme (QStyleHints::setColorScheme is Qt
// 6.8), so Light and Dark set a palette of their own on Fusion, the one style that draws every widget from
// the palette; System puts back the style the application started with and lets the platform's palette apply
// again. Everything that picks colours of its own reads them from the palette (StateStyle::isDark), so
// badges, cards, charts, the Gantt and the JSON highlighting follow a switch at once, without a restart.
class ThemeSwitcher : public QObject
{
    Q_OBJECT

public:
    enum class Theme
    {
        System,
        Light,
        Dark
    };

    // Reads the saved theme and applies it: construct it before the window is shown, so that the window never
    // flashes in another theme. A saved value this version does not know is logged and System is used; the
    // value stays in the file until the user chooses a theme.
    explicit ThemeSwitcher(QSettings* settings, QObject* parent = nullptr);

    Theme theme() const { return m_theme; }
    // Applies the theme to the whole application and saves it.
    void setTheme(Theme theme);
    // A "Theme" menu with one checkable action per theme (object names themeSystemAction, themeLightAction,
    // themeDarkAction), owned by parent and kept in step with setTheme().
    QMenu* createMenu(QWidget* parent);

    // The names in the settings file: "system", "light", "dark".
    static QString nameOf(Theme theme);
    static std::optional<Theme> themeNamed(const QString& name);
    static QPalette darkPalette();
    static QPalette lightPalette();

    static constexpr const char* kSettingsKey = "view/theme";

signals:
    void themeChanged(dispatch::ThemeSwitcher::Theme theme);

private:
    void apply(Theme theme);
    void checkActions();

    QSettings* m_settings;
    Theme m_theme = Theme::System;
    QString m_systemStyle; // the style the application started with, by name
    QList<QAction*> m_actions;
};

} // namespace dispatch
