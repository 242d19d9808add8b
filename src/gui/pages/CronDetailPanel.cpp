// SPDX-License-Identifier: MIT
#include "gui/pages/CronDetailPanel.h"

#include "gui/dialogs/JobActionQuestion.h"
#include "gui/json/JsonViewer.h"
#include "gui/views/ErrorText.h"
#include "gui/views/TimestampDelegate.h"
#include "models/CronDescription.h"
#include "models/ModelTime.h"
#include "protocol/ServerText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch {
namespace {

QString timeText(const std::optional<dwp::Timestamp>& at)
{
    const qint64 millis = at ? modeltime::toMillis(*at) : modeltime::kUnknown;
    if (millis == modeltime::kUnknown)
        return CronDetailPanel::tr("Not known");
    return TimestampDelegate::format(QDateTime::fromMSecsSinceEpoch(millis).toLocalTime());
}

QString shown(const QString& serverText)
{
    return dwp::ServerText::forDisplay(serverText, dwp::ServerText::kDisplayNameChars);
}

} // namespace

CronDetailPanel::CronDetailPanel(QWidget* parent)
    : QWidget(parent), m_title(new QLabel(this)), m_message(new QLabel(this)), m_fields(new QWidget(this)),
      m_payload(new JsonViewer(this)), m_error(new QLabel(this)),
      m_enableButton(new QPushButton(tr("&Enable"), this)),
      m_disableButton(new QPushButton(tr("&Disable"), this)),
      m_deleteButton(new QPushButton(tr("De&lete…"), this))
{
    m_title->setObjectName(QStringLiteral("cronTitle"));
    m_message->setObjectName(QStringLiteral("cronMessage"));
    m_error->setObjectName(QStringLiteral("cronError"));
    m_payload->setObjectName(QStringLiteral("cronPayload"));
    m_enableButton->setObjectName(QStringLiteral("enableCronButton"));
    m_disableButton->setObjectName(QStringLiteral("disableCronButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteCronButton"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setWordWrap(true);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* form = new QFormLayout(m_fields);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_id = addField(form, tr("ID:"), "cronIdValue");
    m_schedule = addField(form, tr("Schedule:"), "cronSchedule");
    m_job = addField(form, tr("Enqueues:"), "cronJob");
    m_enabled = addField(form, tr("State:"), "cronEnabled");
    m_nextRun = addField(form, tr("Next run:"), "cronNextRun");
    m_lastRun = addField(form, tr("Last run:"), "cronLastRun");
    m_lock = addField(form, tr("Lock:"), "cronLock");
    m_updated = addField(form, tr("Changed:"), "cronUpdated");
    m_schedule->setWordWrap(true);
    m_lock->setWordWrap(true);
    m_payload->setPlaceholder(tr("This cron enqueues its job without a payload."));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_enableButton);
    buttons->addWidget(m_disableButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_fields);
    layout->addWidget(new QLabel(tr("Payload:"), m_fields));
    layout->addWidget(m_payload, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_enableButton, &QPushButton::clicked, this, [this] { emit enableRequested(m_cronId); });
    connect(m_disableButton, &QPushButton::clicked, this, [this] { emit disableRequested(m_cronId); });
    connect(m_deleteButton, &QPushButton::clicked, this, &CronDetailPanel::confirmDelete);
    clear();
}

QLabel* CronDetailPanel::addField(QFormLayout* form, const QString& label, const char* objectName)
{
    auto* field = new QLabel(m_fields);
    field->setObjectName(QLatin1String(objectName));
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(label, field);
    return field;
}

void CronDetailPanel::clear()
{
    m_cronId.clear();
    m_entry.reset();
    m_title->setText(tr("Cron entry"));
    showMessage(tr("Open a cron entry by its id (cron_…), or pick a cron seen firing once its id is known."));
    m_error->clear();
    updateButtons();
}

void CronDetailPanel::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_fields->setVisible(m_entry.has_value());
    m_payload->setVisible(m_entry.has_value());
}

void CronDetailPanel::showLookingUp(const QString& cronId)
{
    if (cronId != m_cronId)
        m_entry.reset();
    m_cronId = cronId;
    m_error->clear();
    if (!m_entry) {
        m_title->setText(cronId);
        //: Cron panel while the entry is being fetched. %1 is the cron id (cron_…).
        showMessage(tr("Looking up %1 on the server…").arg(cronId));
    }
    updateButtons();
}

void CronDetailPanel::showEntry(const dwp::CronEntry& entry)
{
    m_cronId = entry.id;
    m_entry = entry;
    m_title->setText(shown(entry.name));
    m_id->setText(entry.id);
    const QString expression = shown(entry.schedule);
    const std::optional<QString> words = CronDescription::sentence(entry.schedule);
    //: Schedule of a cron entry: %1 in words ("every 5 minutes"), %2 the cron expression as the server has
    //: it.
    m_schedule->setText(words ? tr("%1 (%2)").arg(*words, expression) : expression);
    //: What a cron enqueues: %1 is the job name, %2 the queue.
    m_job->setText(tr("%1 on queue %2")
                       .arg(shown(entry.jobName),
                            entry.queue.isEmpty() ? QStringLiteral("default") : shown(entry.queue)));
    m_enabled->setText(entry.enabled ? tr("Enabled") : tr("Disabled: it does not fire"));
    m_nextRun->setText(timeText(entry.nextRunAt));
    m_lastRun->setText(entry.lastRunAt ? timeText(entry.lastRunAt) : tr("Never"));
    if (entry.lockedBy.isEmpty())
        m_lock->setText(tr("Not locked"));
    else
        //: The firing lock of a cron entry: %1 the instance holding it, %2 when the lock expires.
        m_lock->setText(tr("Held by %1 until %2").arg(shown(entry.lockedBy), timeText(entry.lockedUntil)));
    m_updated->setText(timeText(entry.updatedAt));
    m_payload->setJson(entry.payload);
    showMessage(QString());
    updateButtons();
}

void CronDetailPanel::showDeleted(const QString& cronId)
{
    m_cronId.clear();
    m_entry.reset();
    m_title->setText(cronId);
    //: Cron panel after a delete. %1 is the cron id (cron_…).
    showMessage(tr("Cron entry %1 was deleted: the server no longer knows it.").arg(cronId));
    updateButtons();
}

void CronDetailPanel::showIdUnknown(const QString& name)
{
    m_cronId.clear();
    m_entry.reset();
    m_error->clear();
    m_title->setText(shown(name));
    //: Cron panel for a cron seen firing. %1 is the cron's name.
    showMessage(tr("The id of cron “%1” is not known yet: the event it fires names the cron, not its id. "
                   "Open it once by its id (cron_…) and its row opens it from then on.")
                    .arg(shown(name)));
    updateButtons();
}

void CronDetailPanel::showError(const ErrorText& error)
{
    m_error->setText(error.toHtml());
    if (!m_entry)
        showMessage(QString());
}

void CronDetailPanel::setActionsAvailable(bool available, const QString& whyNot)
{
    m_available = available;
    m_whyNot = whyNot;
    updateButtons();
}

void CronDetailPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void CronDetailPanel::updateButtons()
{
    const bool canAct = m_available && m_entry && !m_busy;
    m_enableButton->setEnabled(canAct && !m_entry->enabled);
    m_disableButton->setEnabled(canAct && m_entry->enabled);
    m_deleteButton->setEnabled(canAct);
    const QString why = m_available ? QString() : m_whyNot;
    m_enableButton->setToolTip(why.isEmpty() ? tr("Fire this cron on its schedule again") : why);
    m_disableButton->setToolTip(why.isEmpty() ? tr("Stop this cron from firing until it is enabled") : why);
    m_deleteButton->setToolTip(why.isEmpty() ? tr("Remove this cron entry from the server") : why);
}

void CronDetailPanel::confirmDelete()
{
    if (!m_entry || (m_deleteQuestion && m_deleteQuestion->isVisible()))
        return; // one question at a time; an answered one lingers until its deferred deletion
    const QString cronId = m_cronId;
    JobActionQuestion asked = JobActionQuestion::make(
        QStringLiteral("deleteCronConfirmation"), tr("Delete Cron"),
        //: Question before deleting a cron entry. %1 is its name, %2 its id (cron_…).
        tr("Delete cron “%1” (%2)?").arg(shown(m_entry->name), cronId),
        tr("The server removes the entry and it never fires again. This cannot be undone: only the "
           "application "
           "that registered the cron can register it again. To stop it for a while, disable it instead."),
        tr("Delete Cron"), tr("Keep Cron"), this);
    asked.askForTickOnProduction(m_environment == ServerEnvironment::Production,
                                 //: Checkbox of the delete confirmation on a production server; "Delete Cron"
                                 //: stays disabled until it is ticked. %1 is the cron id (cron_…).
                                 tr("Yes, delete cron %1 on this production server.").arg(cronId));
    connect(asked.action, &QPushButton::clicked, this, [this, cronId] { emit deleteConfirmed(cronId); });
    m_deleteQuestion = asked.box;
    asked.box->open(); // window-modal, without a nested event loop
}

} // namespace dispatch
