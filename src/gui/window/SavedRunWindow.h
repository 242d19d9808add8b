// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

namespace dispatch {

class RunDetailPanel;
class TimelineModel;
class WorkflowRunsModel;
struct SavedRun;

// A workflow run saved to a file (SavedRun), shown offline in a window of its own (File → Open Saved
// Run…): the run panel with its facts, Gantt, steps and input, marked as coming from that file, with models
// of its own so that no session's data is touched and nothing is asked of a server.
class SavedRunWindow : public QWidget
{
    Q_OBJECT

public:
    SavedRunWindow(const SavedRun& saved, const QString& path, QWidget* parent = nullptr);

    // The Open dialog (open(), never exec()), then openFile() with the file chosen.
    static void chooseAndOpen(QWidget* parent);
    // Reads `path` on a worker thread and shows it; a file that is not a saved run is named in a message
    // box over `parent` with what is wrong, and no window opens.
    static void openFile(QWidget* parent, const QString& path);

    RunDetailPanel* panel() const { return m_panel; }

private:
    WorkflowRunsModel* m_runs;
    TimelineModel* m_timeline;
    RunDetailPanel* m_panel;
};

} // namespace dispatch
