// SPDX-License-Identifier: MIT
#include "gui/window/ThemeSwitcher.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QLoggingCategory>
#include <QMenu>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <memory>

namespace dispatch {

namespace {

Q_LOGGING_CATEGORY(lcTheme, "dispatch.gui.theme")

const QString kFusion = QStringLiteral("Fusion");

} // namespace

ThemeSwitcher::ThemeSwitcher(QSettings* settings, QObject* parent)
    : QObject(parent), m_settings(settings), m_systemStyle(QApplication::style()->name())
{
    const QString saved = m_settings->value(QLatin1String(kSettingsKey)).toString();
    const std::optional<Theme> theme = themeNamed(saved);
    if (!saved.isEmpty() && !theme)
        qCWarning(lcTheme,
                  "The settings name the theme \"%s\", which this version does not know; using the "
                  "system theme.",
                  qUtf8Printable(saved));
    m_theme = theme.value_or(Theme::System);
    // At start the application already shows the system theme; applying it again would only cost a restyle.
    if (m_theme != Theme::System)
        apply(m_theme);
}

void ThemeSwitcher::setTheme(Theme theme)
{
    m_settings->setValue(QLatin1String(kSettingsKey), nameOf(theme));
    if (theme == m_theme)
        return;
    m_theme = theme;
    apply(theme);
    checkActions();
    emit themeChanged(theme);
}

void ThemeSwitcher::apply(Theme theme)
{
    if (theme == Theme::System) {
        QApplication::setStyle(QStyleFactory::create(m_systemStyle));
        // A palette with nothing set resolves wholly to the platform's (or the style's) palette, and keeps
        // following it, as it did before any theme was chosen.
        QApplication::setPalette(QPalette());
        return;
    }
    QApplication::setStyle(QStyleFactory::create(kFusion));
    QApplication::setPalette(theme == Theme::Dark ? darkPalette() : lightPalette());
}

QMenu* ThemeSwitcher::createMenu(QWidget* parent)
{
    //: View menu: the submenu that chooses the window's colours.
    auto* menu = new QMenu(tr("&Theme"), parent);
    auto* group = new QActionGroup(menu);
    const struct
    {
        Theme theme;
        QString text;
        const char* objectName;
    } entries[] = {
        //: View → Theme: the desktop's own style and colours.
        {Theme::System, tr("&System"), "themeSystemAction"},
        //: View → Theme: light colours whatever the desktop uses.
        {Theme::Light, tr("&Light"), "themeLightAction"},
        //: View → Theme: dark colours whatever the desktop uses.
        {Theme::Dark, tr("&Dark"), "themeDarkAction"},
    };
    for (const auto& entry : entries) {
        QAction* action = menu->addAction(entry.text);
        action->setObjectName(QLatin1String(entry.objectName));
        action->setCheckable(true);
        action->setData(int(entry.theme));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, theme = entry.theme] { setTheme(theme); });
        m_actions.append(action);
        // A menu may go before the switcher (its window closes first).
        connect(action, &QObject::destroyed, this, [this, action] { m_actions.removeOne(action); });
    }
    checkActions();
    return menu;
}

void ThemeSwitcher::checkActions()
{
    for (QAction* action : std::as_const(m_actions))
        action->setChecked(action->data().toInt() == int(m_theme));
}

QString ThemeSwitcher::nameOf(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    return QStringLiteral("system");
}

std::optional<ThemeSwitcher::Theme> ThemeSwitcher::themeNamed(const QString& name)
{
    for (Theme theme : {Theme::System, Theme::Light, Theme::Dark}) {
        if (name.compare(nameOf(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

QPalette ThemeSwitcher::lightPalette()
{
    // Fusion's own palette: light, and the same on every desktop.
    const std::unique_ptr<QStyle> fusion(QStyleFactory::create(kFusion));
    return fusion->standardPalette();
}

QPalette ThemeSwitcher::darkPalette()
{
    // A plain dark palette of the kind desktop themes ship. Text on base is about 13:1 and the placeholder
    // grey about 5.8:1 (WCAG AA asks 4.5:1), so captions stay readable on a dim screen at night.
    QPalette palette = lightPalette();
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    const QColor disabledText(0x80, 0x80, 0x80);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, window);
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Button, window);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::ToolTipBase, base);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9d, 0xa3));
    palette.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc9));
    palette.setColor(QPalette::HighlightedText, Qt::white);
    palette.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    palette.setColor(QPalette::LinkVisited, QColor(0xb3, 0x9d, 0xf0));
    palette.setColor(QPalette::Mid, QColor(0x4a, 0x4d, 0x52));
    palette.setColor(QPalette::Midlight, QColor(0x3a, 0x3d, 0x42));
    palette.setColor(QPalette::Dark, QColor(0x18, 0x19, 0x1b));
    palette.setColor(QPalette::Shadow, QColor(0x0c, 0x0c, 0x0d));
    palette.setColor(QPalette::Light, QColor(0x45, 0x48, 0x4d));
    palette.setColor(QPalette::Disabled, QPalette::Text, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::ButtonText, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, window);
    return palette;
}

} // namespace dispatch
