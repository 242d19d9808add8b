// SPDX-License-Identifier: MIT
#include "ScreenshotTour.h"

#include "gui/EventsPage.h"
#include "gui/JobsPage.h"
#include "gui/MainWindow.h"
#include "gui/MonitorController.h"
#include "gui/WorkflowsPage.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"

#include <QApplication>
#include <QTableView>
#include <QTimer>
#include <cstdio>
#include <utility>

namespace {

// The first row whose `role` equals `value`, else the last row: a failed job, a running run.
int pickRow(const QAbstractItemModel* model, int role, const QString& value)
{
    for (int row = model->rowCount() - 1; row >= 0; --row) {
        if (model->index(row, 0).data(role).toString() == value)
            return row;
    }
    return model->rowCount() - 1;
}

} // namespace

ScreenshotTour::ScreenshotTour(dispatch::MainWindow* window, const QString& directory, int warmUpMs)
    : QObject(window), m_window(window), m_directory(directory)
{
    m_directory.mkpath(QStringLiteral("."));
    using dispatch::MonitorController;
    m_steps = {
        [this] {
            m_window->setCurrentPage(MonitorController::JobsPageIndex);
            QTableView* table = m_window->jobsPage()->table();
            const int row =
                pickRow(table->model(), dispatch::JobsModel::StateNameRole, QStringLiteral("failed"));
            if (row >= 0) {
                table->selectRow(row);
                table->scrollTo(table->model()->index(row, 0), QAbstractItemView::PositionAtCenter);
            }
        },
        [this] { save(QStringLiteral("jobs.png")); },
        [this] { selectRun(QStringLiteral("failed")); },
        [this] { save(QStringLiteral("workflow-failed.png")); },
        [this] { selectRun(QStringLiteral("running")); },
        [this] { save(QStringLiteral("workflows.png")); },
        [this] { m_window->setCurrentPage(MonitorController::EventsPageIndex); },
        [this] { save(QStringLiteral("events.png")); },
        [this] {
            m_window->setCurrentPage(MonitorController::JobsPageIndex);
            m_window->controller()->showEnqueueDialog();
        },
        [this] {
            // The dialog is a separate window; grab it on its own.
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                if (widget->isVisible() && widget != m_window && widget->inherits("QDialog")) {
                    widget->grab().save(m_directory.filePath(QStringLiteral("enqueue-dialog.png")));
                    widget->close();
                }
            }
        },
        [] { QApplication::quit(); },
    };
    QTimer::singleShot(warmUpMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::selectRun(const QString& state)
{
    // The most telling run: an order-pipeline in `state` (a running one waits for its payment), newest first.
    m_window->setCurrentPage(dispatch::MonitorController::WorkflowsPageIndex);
    QTableView* table = m_window->workflowsPage()->table();
    int row = -1;
    for (int candidate = table->model()->rowCount() - 1; candidate >= 0 && row < 0; --candidate) {
        const QModelIndex index = table->model()->index(candidate, 0);
        if (index.data(dispatch::WorkflowRunsModel::NameRole).toString() == u"order-pipeline" &&
            index.data(dispatch::WorkflowRunsModel::StateNameRole).toString() == state)
            row = candidate;
    }
    for (int candidate = table->model()->rowCount() - 1; candidate >= 0 && row < 0; --candidate) {
        if (table->model()->index(candidate, 0).data(dispatch::WorkflowRunsModel::StateNameRole).toString() ==
            state)
            row = candidate;
    }
    // No run in that state yet: skip its screenshot rather than save a misleading one.
    m_skipNextSave = row < 0;
    if (row >= 0)
        table->selectRow(row);
}

void ScreenshotTour::next()
{
    if (!m_window || m_steps.isEmpty())
        return;
    const auto step = m_steps.takeFirst();
    step();
    QTimer::singleShot(m_stepMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::save(const QString& name)
{
    if (std::exchange(m_skipNextSave, false)) {
        std::printf("skipped %s: nothing to show\n", qPrintable(name));
        return;
    }
    const QString path = m_directory.filePath(name);
    if (m_window->grab().save(path))
        std::printf("saved %s\n", qPrintable(path));
    else
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
    std::fflush(stdout);
}
