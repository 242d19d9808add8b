// SPDX-License-Identifier: MIT
#include "gui/pages/DeadLetterEntryPanel.h"

#include "gui/json/JsonViewer.h"
#include "gui/views/ErrorText.h"
#include "gui/views/TimestampDelegate.h"
#include "protocol/ServerText.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dispatch {

namespace {

QString timeText(const dwp::Timestamp& at)
{
    return TimestampDelegate::format(at.toDateTime().toLocalTime());
}

} // namespace

DeadLetterEntryPanel::DeadLetterEntryPanel(QWidget* parent)
    : QWidget(parent), m_error(new QPlainTextEdit(this)), m_payload(new JsonViewer(this)),
      m_replay(new QPushButton(tr("Replay"), this)), m_message(new QLabel(this))
{
    auto* form = new QFormLayout;
    addField(form, QStringLiteral("id"), tr("Entry:"));
    addField(form, QStringLiteral("job"), tr("Job:"));
    addField(form, QStringLiteral("name"), tr("Job name:"));
    addField(form, QStringLiteral("queue"), tr("Queue:"));
    addField(form, QStringLiteral("retries"), tr("Retries:"));
    addField(form, QStringLiteral("failed"), tr("Failed at:"));
    addField(form, QStringLiteral("replay"), tr("Replay:"));
    addField(form, QStringLiteral("scope"), tr("Scope:"));
    m_error->setObjectName(QStringLiteral("deadLetterErrorText"));
    m_error->setReadOnly(true);
    m_error->setMaximumHeight(90);
    m_payload->setObjectName(QStringLiteral("deadLetterPayload"));
    m_payload->setPlaceholder(tr("No payload."));
    m_replay->setObjectName(QStringLiteral("replayEntryButton"));
    m_replay->setAutoDefault(false); // enqueues a job: never what Return in the id field does
    m_message->setObjectName(QStringLiteral("deadLetterEntryMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::RichText); // the fresh job's id is a link; server text is escaped
    m_message->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_message, &QLabel::linkActivated, this, &DeadLetterEntryPanel::jobLinkActivated);
    connect(m_replay, &QPushButton::clicked, this, [this] {
        if (m_entry)
            emit replayRequested(m_entry->id);
    });

    auto* replayRow = new QHBoxLayout;
    replayRow->addWidget(m_replay);
    replayRow->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Last error:"), this));
    layout->addWidget(m_error);
    layout->addWidget(new QLabel(tr("Payload:"), this));
    layout->addWidget(m_payload, 1);
    layout->addLayout(replayRow);
    clear();
}

QLabel* DeadLetterEntryPanel::addField(QFormLayout* form, const QString& key, const QString& label)
{
    auto* field = new QLabel(this);
    field->setObjectName(QStringLiteral("deadLetterField:") + key);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setWordWrap(true);
    form->addRow(label, field);
    m_fields.insert(key, field);
    return field;
}

QString DeadLetterEntryPanel::field(const QString& key) const
{
    const QLabel* shown = m_fields.value(key);
    return shown ? shown->text() : QString();
}

void DeadLetterEntryPanel::clear()
{
    m_entry.reset();
    for (QLabel* field : std::as_const(m_fields))
        field->clear();
    m_fields.value(QStringLiteral("id"))->setText(tr("No entry open. Type an entry id (dlq_…) above."));
    m_error->clear();
    m_payload->setJson({});
    m_message->clear();
    updateReplayButton();
}

void DeadLetterEntryPanel::showEntry(const dwp::DlqEntry& entry)
{
    using dwp::ServerText;
    m_entry = entry;
    m_fields.value(QStringLiteral("id"))->setText(entry.id);
    m_fields.value(QStringLiteral("job"))->setText(entry.jobId);
    m_fields.value(QStringLiteral("name"))
        ->setText(ServerText::forDisplay(entry.jobName, ServerText::kDisplayNameChars));
    m_fields.value(QStringLiteral("queue"))
        ->setText(ServerText::forDisplay(entry.queue, ServerText::kDisplayNameChars));
    //: Dead-letter entry: %1 how many retries the job had, %2 how many it was allowed.
    m_fields.value(QStringLiteral("retries"))
        ->setText(tr("%1 of %2").arg(entry.retryCount).arg(entry.maxRetries));
    m_fields.value(QStringLiteral("failed"))->setText(timeText(entry.failedAt));
    QString replayState = tr("Not replayed yet.");
    if (entry.replayedAt)
        //: Dead-letter entry's replay state. %1 is when it was last replayed.
        replayState = tr("Replayed at %1; it can be replayed again.").arg(timeText(*entry.replayedAt));
    m_fields.value(QStringLiteral("replay"))->setText(replayState);
    QStringList scope;
    for (const QString& part : {entry.scopeAppId, entry.scopeOrgId})
        if (!part.isEmpty())
            scope.append(ServerText::forDisplay(part, ServerText::kDisplayNameChars));
    m_fields.value(QStringLiteral("scope"))
        ->setText(scope.isEmpty() ? tr("None") : scope.join(QStringLiteral(" / ")));
    m_error->setPlainText(ErrorText::forDetail(entry.error));
    m_payload->setJson(entry.payload.value_or(QByteArray()));
    updateReplayButton();
}

void DeadLetterEntryPanel::setReplayAvailable(bool available, const QString& whyNot)
{
    m_replayAvailable = available;
    m_replay->setToolTip(available ? tr("Enqueue this entry's job again as a fresh job") : whyNot);
    updateReplayButton();
}

void DeadLetterEntryPanel::updateReplayButton()
{
    m_replay->setEnabled(m_entry && m_replayAvailable && !m_replaying);
}

void DeadLetterEntryPanel::setMessage(const QString& html)
{
    m_message->setText(html);
}

void DeadLetterEntryPanel::showOpening(const QString& entryId)
{
    //: Dead letters page while an entry is fetched. %1 is the entry id (dlq_…).
    setMessage(tr("Opening %1…").arg(entryId.toHtmlEscaped()));
}

void DeadLetterEntryPanel::showOpenFailed(const QString& entryId, const QString& headline,
                                          const QString& detail)
{
    clear();
    //: Dead letters page when an entry could not be opened. %1 is the entry id (dlq_…), %2 why in words,
    //: %3 the server's own message.
    setMessage(tr("Could not open %1: %2 %3")
                   .arg(entryId.toHtmlEscaped(), headline.toHtmlEscaped(), detail.toHtmlEscaped()));
}

void DeadLetterEntryPanel::showReplaying()
{
    m_replaying = true;
    updateReplayButton();
    setMessage(tr("Replaying…"));
}

void DeadLetterEntryPanel::showReplayed(const dwp::Job& fresh)
{
    m_replaying = false;
    updateReplayButton();
    const QString link = QStringLiteral("<a href=\"%1\">%1</a>").arg(fresh.id.toHtmlEscaped());
    //: Dead letters page after a replay. %1 is the fresh job's id (job_…), shown as a link that opens it.
    setMessage(tr("Replayed as job %1, a fresh job with its own id.").arg(link));
}

void DeadLetterEntryPanel::showReplayFailed(const QString& headline, const QString& detail)
{
    m_replaying = false;
    updateReplayButton();
    //: Dead letters page when a replay failed. %1 why in words, %2 the server's own message.
    setMessage(tr("The replay failed: %1 %2").arg(headline.toHtmlEscaped(), detail.toHtmlEscaped()));
}

} // namespace dispatch
