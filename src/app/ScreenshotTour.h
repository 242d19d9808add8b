// SPDX-License-Identifier: MIT
#pragma once

#include <QDir>
#include <QObject>
#include <QPalette>
#include <QPointer>
#include <functional>

namespace dispatch {
class MainWindow;
}

// Behind the hidden --screenshot-dir option: lets the demo run for a while, then shows each page with
// something selected, saves QWidget::grab() of the window as PNG, and quits. It is how the screenshots in
// docs/screenshots are made, and a quick way to look at the app as a person would.
class ScreenshotTour : public QObject
{
    Q_OBJECT

public:
    ScreenshotTour(dispatch::MainWindow* window, const QString& directory, int warmUpMs);

private:
    void next();
    void selectRun(const QString& state);
    void save(const QString& name);
    void saveDialog(const QString& name);
    static QPalette darkPalette();

    QPointer<dispatch::MainWindow> m_window;
    QDir m_directory;
    QList<std::function<void()>> m_steps;
    int m_stepMs = 1500;
    bool m_skipNextSave = false;
};
