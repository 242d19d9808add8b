// SPDX-License-Identifier: MIT
#include "ScreenshotTour.h"

#include "gui/controllers/MonitorController.h"
#include "gui/pages/EventsPage.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/OverviewPage.h"
#include "gui/pages/StatsPage.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/window/MainWindow.h"
#include "models/JobFilterProxy.h"
#include "models/JobsModel.h"
#include "models/WorkflowRunFilterProxy.h"
#include "models/WorkflowRunsModel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <cstdio>
#include <utility>

namespace {

// Qt maps a PNG "quality" of 0 to zlib's strongest compression: larger files buy nothing in the docs.
constexpr int kSmallestPng = 0;

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
        // The overview is most telling with a failure or two in its list.
        [this] {
            holdUntil([this] { return m_window->overviewPage()->failuresTable()->model()->rowCount() > 0; },
                      90000);
        },
        [this] { m_window->setCurrentPage(MonitorController::OverviewPageIndex); },
        [this] { save(QStringLiteral("overview.png")); },
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
        // An order-pipeline past its charge step waits for its payment: the most telling run to show.
        [this] {
            holdUntil([this] { return hasRun(QStringLiteral("running"), QStringLiteral("charge")); }, 90000);
        },
        [this] { selectRun(QStringLiteral("running")); },
        [this] { save(QStringLiteral("workflows.png")); },
        [this] {
            // The waiting run's own button, so the dialog says which event the run waits for.
            if (auto* publish =
                    m_window->workflowsPage()->findChild<QToolButton*>(QStringLiteral("publishEventButton"));
                publish && publish->isEnabled())
                publish->click();
        },
        [this] { saveDialog(QStringLiteral("publish-event-dialog.png")); },
        [this] { m_window->setCurrentPage(MonitorController::EventsPageIndex); },
        [this] { save(QStringLiteral("events.png")); },
        [this] {
            m_window->setCurrentPage(MonitorController::StatsPageIndex);
            // Made after a minute or more of the demo: that window is full.
            m_window->statsPage()->windowSelector()->setCurrentIndex(0);
        },
        [this] { save(QStringLiteral("stats.png")); },
        [this] {
            m_window->setCurrentPage(MonitorController::JobsPageIndex);
            m_window->controller()->showEnqueueDialog();
        },
        [this] { saveDialog(QStringLiteral("enqueue-dialog.png")); },
        [this] { m_window->controller()->showStartWorkflowDialog(); },
        [this] { saveDialog(QStringLiteral("start-workflow-dialog.png")); },
        // Runs fail rarely in the demo (a few percent of some steps): wait for one.
        [this] { holdUntil([this] { return hasRun(QStringLiteral("failed"), {}); }, 300000); },
        [this] { selectRun(QStringLiteral("failed")); },
        [this] { save(QStringLiteral("workflow-failed.png")); },
        [this] {
            // The same window switched to View → Theme → Dark: badges, cards and charts must follow it.
            if (auto* dark = m_window->findChild<QAction*>(QStringLiteral("themeDarkAction")))
                dark->trigger();
            else
                std::printf("no View → Theme → Dark action: the dark screenshots show the system theme\n");
            m_window->setCurrentPage(MonitorController::OverviewPageIndex);
        },
        [this] { save(QStringLiteral("overview-dark.png")); },
        [this] { m_window->setCurrentPage(MonitorController::StatsPageIndex); },
        [this] { save(QStringLiteral("stats-dark.png")); },
        [] { QApplication::quit(); },
    };
    QTimer::singleShot(warmUpMs, this, &ScreenshotTour::next);
}

void ScreenshotTour::holdUntil(std::function<bool()> ready, int maxMs)
{
    m_ready = std::move(ready);
    m_holdUntil.setRemainingTime(maxMs);
}

bool ScreenshotTour::hasRun(const QString& state, const QString& currentStep) const
{
    const QAbstractItemModel* runs = m_window->workflowsPage()->table()->model();
    for (int row = 0; row < runs->rowCount(); ++row) {
        const QModelIndex index = runs->index(row, 0);
        if (index.data(dispatch::WorkflowRunsModel::StateNameRole).toString() == state &&
            (currentStep.isEmpty() ||
             index.data(dispatch::WorkflowRunsModel::CurrentStepRole).toString() == currentStep))
            return true;
    }
    return false;
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

void ScreenshotTour::saveDialog(const QString& name)
{
    // Dialogs are separate windows; grab the open one on its own, then close it.
    for (QWidget* widget : QApplication::topLevelWidgets()) {
        if (widget->isVisible() && widget != m_window && widget->inherits("QDialog")) {
            const QString path = m_directory.filePath(name);
            if (widget->grab().save(path, "PNG", kSmallestPng))
                std::printf("saved %s\n", qPrintable(path));
            widget->close();
            return;
        }
    }
    std::printf("skipped %s: no dialog open\n", qPrintable(name));
}

void ScreenshotTour::next()
{
    if (!m_window || m_steps.isEmpty())
        return;
    if (m_ready && !m_ready() && !m_holdUntil.hasExpired()) {
        QTimer::singleShot(500, this, &ScreenshotTour::next);
        return;
    }
    m_ready = nullptr;
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
    if (m_window->grab().save(path, "PNG", kSmallestPng))
        std::printf("saved %s\n", qPrintable(path));
    else
        std::fprintf(stderr, "could not save %s\n", qPrintable(path));
    std::fflush(stdout);
}
