// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QDialog>
#include <QStringList>
#include <functional>
#include <memory>
#include <qcoro/qcorotask.h>

class QLabel;

namespace Ui {
class StartWorkflowDialog;
}

namespace dispatch {

// Starts a workflow run by name with a JSON input. The server answers workflow.start only when the run has
// ended (dwp-protocol.md §3), so the dialog waits only until the run's id is known, then closes; the run
// goes on and the Workflows page follows it. Cancel stops waiting — the run is not stopped, runs cannot be.
class StartWorkflowDialog : public QDialog
{
    Q_OBJECT

public:
    // Starts the run and resolves with its id as soon as it is known, or throws a DispatchError. Like
    // EnqueueJobDialog::EnqueueFunction, it must not capture anything that dies with the dialog.
    using StartFunction = std::function<QCoro::Task<QString>(QString name, QByteArray inputJson)>;

    explicit StartWorkflowDialog(StartFunction startFunction, QWidget* parent = nullptr);
    ~StartWorkflowDialog() override;

    // Names offered in the (still editable) name field: those seen on the stream, and once the server says
    // them, its registered names (GET /v1/workflows, §8), with a line under the field saying which they are.
    void setKnownWorkflowNames(const QStringList& names);
    void setRegisteredWorkflowNames(const QStringList& names);
    // Why the server's registered names are not offered (no admin API, or the request failed).
    void setRegisteredNamesUnavailable(const QString& why);
    void setWorkflowName(const QString& name);
    void setInput(const QByteArray& json);
    QString workflowName() const;
    QByteArray inputJson() const;

    bool isStarting() const { return m_starting; }
    QString runId() const { return m_runId; } // set once started

signals:
    void runStarted(const QString& runId);

private:
    QCoro::Task<> start();
    void updateStartButton();
    void setStarting(bool starting);

    void offerNames();

    std::unique_ptr<Ui::StartWorkflowDialog> m_ui;
    QLabel* m_namesNote;
    QStringList m_seenNames;
    QStringList m_registeredNames;
    StartFunction m_start;
    QString m_runId;
    bool m_starting = false;
};

} // namespace dispatch
