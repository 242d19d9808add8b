// SPDX-License-Identifier: MIT
// View → Theme (issue 20 item 16): chosen from the window's menu with the mouse, applied to every widget at
// once, kept in the settings and applied again at the next start; System puts back the look the application
// started with; a theme name the settings file holds but this version does not know is said and left alone.
#include "gui/pages/JobsPage.h"
#include "gui/views/StateStyle.h"
#include "gui/window/MainWindow.h"
#include "gui/window/ThemeSwitcher.h"

#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QRegularExpression>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using dispatch::MainWindow;
using dispatch::StateStyle;
using dispatch::ThemeSwitcher;

class TestThemeSwitcher : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void darkFromTheMenuRepaintsTheWindowAndIsKept();
    void systemPutsBackTheLookTheAppStartedWith();
    void lightIsFusionWithALightPalette();
    void aSavedThemeIsAppliedAtStart();
    void anUnknownSavedThemeIsSaidAndLeftInTheFile();

private:
    // The window as main.cpp builds it: View → Theme from the switcher.
    void openWindow(ThemeSwitcher* themes);
    void chooseFromTheMenu(const char* actionName);
    bool windowLooksDark() const;

    QString m_startStyle;
    QColor m_startBase;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QMenu* m_themeMenu = nullptr;
};

void TestThemeSwitcher::initTestCase()
{
    m_startStyle = QApplication::style()->name();
    m_startBase = QApplication::palette().color(QPalette::Base);
    qInfo("the application starts with style %s and base colour %s", qPrintable(m_startStyle),
          qPrintable(m_startBase.name()));
    // Every check of "dark" below would pass on a platform that starts dark; this one starts light.
    QVERIFY2(!StateStyle::isDark(QApplication::palette()),
             "the test platform must start with a light palette");
}

void TestThemeSwitcher::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings =
        std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
}

void TestThemeSwitcher::cleanup()
{
    m_themeMenu = nullptr;
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    // Back to the starting look for the next test, whatever this one left.
    QApplication::setStyle(QStyleFactory::create(m_startStyle));
    QApplication::setPalette(QPalette());
}

void TestThemeSwitcher::openWindow(ThemeSwitcher* themes)
{
    m_window = std::make_unique<MainWindow>();
    m_themeMenu = themes->createMenu(m_window.get());
    m_window->viewMenu()->addMenu(m_themeMenu);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestThemeSwitcher::chooseFromTheMenu(const char* actionName)
{
    auto* action = m_themeMenu->findChild<QAction*>(QLatin1String(actionName));
    QVERIFY2(action, actionName);
    m_themeMenu->popup(m_window->mapToGlobal(QPoint(20, 20)));
    QVERIFY2(QTest::qWaitForWindowExposed(m_themeMenu), "the Theme menu to open");
    QTest::mouseClick(m_themeMenu, Qt::LeftButton, {}, m_themeMenu->actionGeometry(action).center());
    QVERIFY2(action->isChecked(), actionName);
}

bool TestThemeSwitcher::windowLooksDark() const
{
    // A widget deep in the window, which takes the application's palette like every other. Qt hands a new
    // application palette down the widget tree in steps through the event loop, hence the tests' QTRY.
    return StateStyle::isDark(m_window->jobsPage()->table()->palette());
}

void TestThemeSwitcher::darkFromTheMenuRepaintsTheWindowAndIsKept()
{
    ThemeSwitcher themes(m_settings.get());
    openWindow(&themes);
    QVERIFY(!windowLooksDark());
    QVERIFY(m_themeMenu->findChild<QAction*>(QStringLiteral("themeSystemAction"))->isChecked());

    chooseFromTheMenu("themeDarkAction");
    QTRY_VERIFY_WITH_TIMEOUT(windowLooksDark(), 2000);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(themes.theme(), ThemeSwitcher::Theme::Dark);
    m_settings->sync();
    QCOMPARE(m_settings->value(QLatin1String(ThemeSwitcher::kSettingsKey)).toString(),
             QStringLiteral("dark"));
    QVERIFY(!m_themeMenu->findChild<QAction*>(QStringLiteral("themeSystemAction"))->isChecked());
}

void TestThemeSwitcher::systemPutsBackTheLookTheAppStartedWith()
{
    ThemeSwitcher themes(m_settings.get());
    openWindow(&themes);
    chooseFromTheMenu("themeDarkAction");
    QVERIFY(QApplication::palette().color(QPalette::Base) != m_startBase); // the control: it did change

    chooseFromTheMenu("themeSystemAction");
    QCOMPARE(QApplication::style()->name(), m_startStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Base), m_startBase);
    QTRY_VERIFY_WITH_TIMEOUT(!windowLooksDark(), 2000);
    QCOMPARE(m_settings->value(QLatin1String(ThemeSwitcher::kSettingsKey)).toString(),
             QStringLiteral("system"));
}

void TestThemeSwitcher::lightIsFusionWithALightPalette()
{
    ThemeSwitcher themes(m_settings.get());
    openWindow(&themes);
    chooseFromTheMenu("themeDarkAction");
    QTRY_VERIFY_WITH_TIMEOUT(windowLooksDark(), 2000);
    chooseFromTheMenu("themeLightAction");
    QTRY_VERIFY_WITH_TIMEOUT(!windowLooksDark(), 2000);
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    QCOMPARE(QApplication::palette().color(QPalette::Base),
             ThemeSwitcher::lightPalette().color(QPalette::Base));
}

void TestThemeSwitcher::aSavedThemeIsAppliedAtStart()
{
    // What the last run left: the switcher applies it as it is made, before the window exists.
    m_settings->setValue(QLatin1String(ThemeSwitcher::kSettingsKey), QStringLiteral("dark"));
    ThemeSwitcher themes(m_settings.get());
    QCOMPARE(themes.theme(), ThemeSwitcher::Theme::Dark);
    QVERIFY(StateStyle::isDark(QApplication::palette()));
    openWindow(&themes);
    QTRY_VERIFY_WITH_TIMEOUT(windowLooksDark(), 2000);
    QVERIFY(m_themeMenu->findChild<QAction*>(QStringLiteral("themeDarkAction"))->isChecked());
}

void TestThemeSwitcher::anUnknownSavedThemeIsSaidAndLeftInTheFile()
{
    m_settings->setValue(QLatin1String(ThemeSwitcher::kSettingsKey), QStringLiteral("purple"));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("theme \"purple\".*system theme")));
    ThemeSwitcher themes(m_settings.get());
    QCOMPARE(themes.theme(), ThemeSwitcher::Theme::System);
    QVERIFY(!StateStyle::isDark(QApplication::palette()));
    // Not rewritten: a newer version's choice survives a run of this one.
    QCOMPARE(m_settings->value(QLatin1String(ThemeSwitcher::kSettingsKey)).toString(),
             QStringLiteral("purple"));
    // The positive control in the same file: a name it knows, written as a person might, is applied.
    m_settings->setValue(QLatin1String(ThemeSwitcher::kSettingsKey), QStringLiteral("Dark"));
    ThemeSwitcher again(m_settings.get());
    QCOMPARE(again.theme(), ThemeSwitcher::Theme::Dark);
    QVERIFY(StateStyle::isDark(QApplication::palette()));
}

QTEST_MAIN(TestThemeSwitcher)
#include "tst_theme_switcher.moc"
