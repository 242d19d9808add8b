// SPDX-License-Identifier: MIT
#pragma once

#include <QDeadlineTimer>
#include <QDir>
#include <QObject>
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
    // Holds the tour (up to maxMs) until `ready` is true: the demo's story needs time to get there.
    void holdUntil(std::function<bool()> ready, int maxMs);
    bool hasRun(const QString& state, const QString& currentStep) const;
    void save(const QString& name);
    void saveDialog(const QString& name);

    QPointer<dispatch::MainWindow> m_window;
    QDir m_directory;
    QList<std::function<void()>> m_steps;
    int m_stepMs = 1500;
    bool m_skipNextSave = false;
    std::function<bool()> m_ready;
    QDeadlineTimer m_holdUntil;
};
