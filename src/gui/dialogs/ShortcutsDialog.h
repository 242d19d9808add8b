// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

namespace dispatch {

// Help → Keyboard Shortcuts: every menu action that has a shortcut, read from the menu bar when shown (so
// the list is as current as the menus), then the keys that work inside lists and dialogs, which no menu
// names. Sorted by menu, in menu order; the keys in the platform's own spelling.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(QWidget* parent = nullptr);

    void listActionsOf(const QMenuBar* menuBar);
    QTableWidget* table() const { return m_table; }
    // The key sequence listed for `what` (as shown in the first column), or empty; for tests.
    QString keysFor(const QString& what) const;

private:
    void addRow(const QString& where, const QString& what, const QString& keys);

    QTableWidget* m_table;
};

} // namespace dispatch
