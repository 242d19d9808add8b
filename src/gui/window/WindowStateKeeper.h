// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QHeaderView;
class QSettings;
class QTabWidget;
class QWidget;

namespace dispatch {

class MainWindow;

// Keeps the window's layout in the settings: geometry and dock state, the page shown, each splitter's
// position, each table's header (column order, widths, hidden columns and sort: QHeaderView::saveState(),
// with a header menu to choose the columns) and the pages' filters. Widgets are found by object name, and
// the names are part of the settings format: a renamed splitter or table loses its layout. The pages
// live as long as the window and keep their layout across sessions themselves; it is put back with the
// window's (restoreWindow(), before the window is shown) and saved when the window closes. New named
// widgets are covered without code here.
//
// The first release keyed layouts by page class and child position ("splitters/dispatch::JobsPage.
// QSplitter-0", "hiddenColumns/dispatch::JobsPage.jobsTable"). Those keys are read when no new key exists
// and removed once the layout has been saved under the new ones.
class WindowStateKeeper : public QObject
{
    Q_OBJECT

public:
    WindowStateKeeper(MainWindow* window, QSettings* settings);

    // Before the window is shown: geometry, then the pages' layout (restorePages()).
    void restoreWindow();
    void saveWindow();
    void savePages();
    void restorePages();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTabWidget* pages() const;
    void saveFilters(QWidget* page);
    void restoreFilters(QWidget* page);
    void readLegacyLayout(QWidget* page);
    static void applyLegacyHiddenColumns(QHeaderView* header, const QString& saved);

    MainWindow* m_window;
    QSettings* m_settings;
};

} // namespace dispatch
