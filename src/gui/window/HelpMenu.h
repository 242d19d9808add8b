// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>
#include <QPointer>

class QMainWindow;
class QMenu;
class QMessageBox;

namespace dispatch {

class ShortcutsDialog;

// The window's Help menu: Keyboard Shortcuts (F1), listed from the window's own menus so that the list never
// goes stale, and About Dispatch Monitor. Both open window-modal with open(), never exec() (no nested event
// loop), and a second request raises the one already open.
class HelpMenu : public QObject
{
    Q_OBJECT

public:
    // Adds the menu to `window`'s menu bar; call after the other menus, so that it comes last.
    explicit HelpMenu(QMainWindow* window);

    void showShortcuts();
    void showAbout();
    ShortcutsDialog* shortcutsDialog() const; // null until shown, and after it closed
    QMessageBox* aboutBox() const;

private:
    QMainWindow* m_window;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<QMessageBox> m_about;
};

} // namespace dispatch
