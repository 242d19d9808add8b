// SPDX-License-Identifier: MIT
#include "gui/dialogs/JobActionQuestion.h"

#include "gui/dialogs/DestructiveButtons.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPushButton>

namespace dispatch {

JobActionQuestion JobActionQuestion::make(const QString& objectName, const QString& title,
                                          const QString& question, const QString& details,
                                          const QString& actionText, const QString& keepText, QWidget* parent)
{
    JobActionQuestion asked;
    asked.box = new QMessageBox(QMessageBox::Question, title, question, QMessageBox::NoButton, parent);
    asked.box->setObjectName(objectName);
    asked.box->setAttribute(Qt::WA_DeleteOnClose);
    asked.box->setWindowModality(Qt::WindowModal);
    asked.box->setInformativeText(details);
    asked.action = asked.box->addButton(actionText, QMessageBox::AcceptRole);
    QPushButton* keep = asked.box->addButton(keepText, QMessageBox::RejectRole);
    asked.box->setDefaultButton(keep);
    DestructiveButtons::makeSafeTheDefault(keep, asked.action);
    return asked;
}

void JobActionQuestion::askForTickOnProduction(bool onProduction, const QString& tickText)
{
    if (!onProduction)
        return;
    QCheckBox* check = DestructiveButtons::productionCheckBox(tickText, box);
    box->setCheckBox(check);
    action->setEnabled(false);
    QObject::connect(check, &QCheckBox::toggled, action, &QPushButton::setEnabled);
}

JobActionQuestion JobActionQuestion::retry(const QString& jobId, QWidget* parent)
{
    JobActionQuestion asked =
        make(QStringLiteral("retryConfirmation"), tr("Retry Job"),
             //: Question before retrying a failed job on a production server. %1 is the job id (job_…).
             tr("Run failed job %1 again?").arg(jobId),
             tr("The server resets the job to pending with its retry count at zero, and a worker runs its "
                "handler again."),
             tr("Retry Job"), tr("Leave Failed"), parent);
    asked.askForTickOnProduction(true,
                                 //: Checkbox of the retry confirmation on a server profile marked Production;
                                 //: "Retry Job" stays disabled until it is ticked. %1 is the job id (job_…).
                                 tr("Yes, run job %1 again on this production server.").arg(jobId));
    return asked;
}

JobActionQuestion JobActionQuestion::cancel(const QString& jobId, bool onProduction, QWidget* parent)
{
    // REST cancel is guarded (§8): the server cancels only a job that has not started, and says why not.
    JobActionQuestion asked =
        make(QStringLiteral("cancelConfirmation"), tr("Cancel Job"),
             //: Question before cancelling a pending or retrying job over REST. %1 is the job id (job_…).
             tr("Cancel job %1?").arg(jobId),
             tr("The server cancels a job that is pending or waiting to retry: it will not run, and it is "
                "recorded as cancelled with the time. If a worker has taken it meanwhile, the server refuses "
                "and says so."),
             tr("Cancel Job"), tr("Keep Job"), parent);
    asked.askForTickOnProduction(
        onProduction,
        //: Checkbox of the cancel confirmation on a server profile marked Production;
        //: "Cancel Job" stays disabled until it is ticked. %1 is the job id (job_…).
        tr("Yes, cancel job %1 on this production server.").arg(jobId));
    return asked;
}

JobActionQuestion JobActionQuestion::markRunningCancelled(const QString& jobId, bool onProduction,
                                                          QWidget* parent)
{
    // DWP job.cancel only overwrites the state (§3, §11.9); REST refuses a running job (§8).
    JobActionQuestion asked = make(
        QStringLiteral("cancelConfirmation"), tr("Cancel Job"),
        //: Shown when the operator asks to cancel a running job. %1 is the job id (job_…).
        tr("Job %1 is running, and Dispatch cannot stop running work.").arg(jobId),
        tr("Its handler runs until it finishes. The server can only relabel the job as cancelled: the "
           "handler "
           "keeps running, and when it finishes the server records its outcome over the label. The server "
           "announces no event for the label."),
        tr("Mark cancelled (the handler keeps running)"), tr("Keep Job"), parent);
    asked.askForTickOnProduction(onProduction,
                                 //: Checkbox of the relabel confirmation on a server profile marked
                                 //: Production. %1 is the job id (job_…).
                                 tr("Yes, relabel job %1 on this production server.").arg(jobId));
    return asked;
}

JobActionQuestion JobActionQuestion::relabelWithoutRest(const QString& jobId, const QString& whyNoRest,
                                                        bool onProduction, QWidget* parent)
{
    JobActionQuestion asked = make(
        QStringLiteral("cancelConfirmation"), tr("Cancel Job"),
        //: Question before relabelling a job as cancelled over DWP. %1 is the job id (job_…).
        tr("Mark job %1 as cancelled?").arg(jobId),
        whyNoRest + QStringLiteral("\n\n") +
            tr("Without the admin API the server only relabels the job as cancelled. It does not stop a "
               "handler that is already running: when that handler finishes, the server records its outcome "
               "over the label. A pending or retrying job will not be started again."),
        tr("Relabel as Cancelled"), tr("Keep Job"), parent);
    asked.askForTickOnProduction(onProduction,
                                 //: Checkbox of the relabel confirmation on a server profile marked
                                 //: Production. %1 is the job id (job_…).
                                 tr("Yes, relabel job %1 on this production server.").arg(jobId));
    return asked;
}

JobActionQuestion JobActionQuestion::several(JobActions::Action action, int count, const QString& whyNoRest,
                                             bool onProduction, QWidget* parent)
{
    const QString name = QStringLiteral("severalJobsConfirmation");
    JobActionQuestion asked;
    switch (action) {
    case JobActions::Action::Retry:
        asked =
            make(name, tr("Retry Jobs"),
                 //: Question before retrying the jobs selected on the Jobs page; %n is how many.
                 tr("Retry %n selected job(s)?", nullptr, count),
                 tr("The server runs each failed job again, from pending with its retry count at zero. It "
                    "refuses jobs that have not failed; the summary afterwards says which and why."),
                 tr("Retry Jobs"), tr("Leave Them"), parent);
        //: Checkbox of the question before retrying several jobs on a production server; %n is how many.
        asked.askForTickOnProduction(onProduction,
                                     tr("Yes, retry %n job(s) on this production server.", nullptr, count));
        break;
    case JobActions::Action::Cancel:
        asked =
            make(name, tr("Cancel Jobs"),
                 //: Question before cancelling the jobs selected on the Jobs page; %n is how many.
                 tr("Cancel %n selected job(s)?", nullptr, count),
                 tr("The server cancels each job that is pending or waiting to retry: it will not run. It "
                    "refuses running and finished jobs, since Dispatch cannot stop running work; the "
                    "summary afterwards says which and why."),
                 tr("Cancel Jobs"), tr("Keep Jobs"), parent);
        //: Checkbox of the question before cancelling several jobs on a production server; %n is how many.
        asked.askForTickOnProduction(onProduction,
                                     tr("Yes, cancel %n job(s) on this production server.", nullptr, count));
        break;
    case JobActions::Action::RelabelCancelled:
        asked =
            make(name, tr("Cancel Jobs"),
                 //: Question before relabelling the selected jobs as cancelled over DWP; %n is how many.
                 tr("Mark %n selected job(s) as cancelled?", nullptr, count),
                 whyNoRest + QStringLiteral("\n\n") +
                     tr("Without the admin API the server only relabels each job as cancelled: running "
                        "handlers keep running, and their outcome is recorded over the label. Pending and "
                        "retrying jobs will not be started again."),
                 tr("Relabel as Cancelled"), tr("Keep Jobs"), parent);
        //: Checkbox of the question before relabelling several jobs on a production server; %n is how many.
        asked.askForTickOnProduction(onProduction,
                                     tr("Yes, relabel %n job(s) on this production server.", nullptr, count));
        break;
    }
    return asked;
}

} // namespace dispatch
