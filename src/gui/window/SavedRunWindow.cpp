// SPDX-License-Identifier: MIT
#include "gui/window/SavedRunWindow.h"

#include "coro/Detached.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/views/TimestampDelegate.h"
#include "models/TimelineModel.h"
#include "models/WorkflowRunsModel.h"
#include "session/SavedRun.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPointer>
#include <QVBoxLayout>

namespace dispatch {

SavedRunWindow::SavedRunWindow(const SavedRun& saved, const QString& path, QWidget* parent)
    : QWidget(parent, Qt::Window), m_runs(new WorkflowRunsModel(this)), m_timeline(new TimelineModel(this)),
      m_panel(nullptr)
{
    setObjectName(QStringLiteral("savedRunWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    //: Title of the window showing a saved run. %1 is the file's name.
    setWindowTitle(tr("%1 — Saved Run — Dispatch Monitor").arg(QFileInfo(path).fileName()));
    const JournalRunHistory& kept = saved.history;
    // The rows as the session would build them: events first, then the last lookup merged by its time.
    m_runs->applyEvents(kept.events);
    if (kept.run)
        m_runs->upsertRun(*kept.run);
    saved.showIn(*m_timeline); // with its holes: hatched in the Gantt and said under the title, as live

    m_panel = new RunDetailPanel(m_runs, m_timeline, this);
    m_panel->setObjectName(QStringLiteral("savedRunPanel"));
    m_panel->setRun(saved.runId);
    if (kept.run)
        m_panel->setRunDetails(*kept.run);
    const QString savedAt =
        saved.savedAt.isValid() ? TimestampDelegate::format(saved.savedAt, locale()) : tr("an unknown time");
    QString note;
    if (saved.server.isEmpty())
        //: Under the title of a run opened from a file. %1 is the file, %2 when it was saved.
        note = tr("Shown from the saved file %1, saved %2. Nothing here is asked of a server.")
                   .arg(path, savedAt);
    else
        //: Under the title of a run opened from a file. %1 is the file, %2 when it was saved, %3 the server's
        //: address.
        note = tr("Shown from the saved file %1, saved %2 from %3. Nothing here is asked of a server.")
                   .arg(path, savedAt, saved.server);
    m_panel->setSavedFileNote(note);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_panel);
    resize(960, 640);
}

void SavedRunWindow::chooseAndOpen(QWidget* parent)
{
    auto* dialog =
        new QFileDialog(parent, tr("Open Saved Run"), QString(), tr("Saved runs (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("openSavedRunDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::ExistingFile);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent, [parent](const QString& path) {
        if (!path.isEmpty())
            openFile(parent, path);
    });
    dialog->open();
}

void SavedRunWindow::openFile(QWidget* parent, const QString& path)
{
    auto read = [](QPointer<QWidget> owner, QString file) -> QCoro::Task<> {
        SavedRunLoaded loaded = co_await SavedRun::load(file);
        if (!owner)
            co_return;
        if (!loaded.saved) {
            auto* box = new QMessageBox(QMessageBox::Warning, tr("Open Saved Run"),
                                        //: %1 is the file's path.
                                        tr("The file %1 cannot be shown as a saved run.").arg(file),
                                        QMessageBox::Ok, owner);
            box->setObjectName(QStringLiteral("savedRunProblem"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->setInformativeText(loaded.error);
            box->open();
            co_return;
        }
        auto* window = new SavedRunWindow(*loaded.saved, file, owner);
        window->show();
    };
    detached(read(parent, path), parent, "opening a saved run");
}

} // namespace dispatch
