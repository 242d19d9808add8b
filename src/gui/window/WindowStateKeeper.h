// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QSettings;
class QTabWidget;
class QWidget;

namespace dispatch {

class MainWindow;

// Keeps the window's layout in the settings: geometry and dock/toolbar state, splitter positions, the
// columns shown in each table (with a header menu to choose them) and the page last shown. Pages are rebuilt
// for every session, so their layout is saved when they go and put back when the next ones are built;
// splitters and tables are found by walking the pages, so new pages are covered without code here.
class WindowStateKeeper : public QObject
{
    Q_OBJECT

public:
    WindowStateKeeper(MainWindow* window, QSettings* settings);

    // Before the window is shown.
    void restoreWindow();
    void saveWindow();
    void savePages();
    void restorePages();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTabWidget* pages() const;
    // A stable key for a splitter or table inside a page: the page's class, then the widget's object name
    // or its class and position among its kind.
    static QString keyFor(QWidget* page, QWidget* widget, int position);

    MainWindow* m_window;
    QSettings* m_settings;
};

} // namespace dispatch
