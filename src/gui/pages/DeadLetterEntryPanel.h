// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/DlqEntry.h"
#include "protocol/Job.h"

#include <QHash>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace dispatch {

class JsonViewer;

// One dead-letter entry opened by id (REST `GET /v1/dlq/:entryId`, dwp-protocol.md §4, §8): its fields, the
// job's last error, its payload, whether and when it was replayed, and Replay, which enqueues a fresh job.
// What came of opening or replaying it (the fresh job's id as a link, or an error in words) is said under
// the Replay button, where the operator acted.
class DeadLetterEntryPanel : public QWidget
{
    Q_OBJECT

public:
    explicit DeadLetterEntryPanel(QWidget* parent = nullptr);

    void showEntry(const dwp::DlqEntry& entry);
    void clear();
    // The entry shown, if any.
    const std::optional<dwp::DlqEntry>& entry() const { return m_entry; }
    void setReplayAvailable(bool available, const QString& whyNot);
    void showOpening(const QString& entryId);
    void showOpenFailed(const QString& entryId, const QString& headline, const QString& detail);
    void showReplaying();
    void showReplayed(const dwp::Job& fresh);
    void showReplayFailed(const QString& headline, const QString& detail);

    QLabel* messageLabel() const { return m_message; }
    QString field(const QString& key) const; // the text of a field: "id", "job", "replay", …

signals:
    void replayRequested(const QString& entryId);
    void jobLinkActivated(const QString& jobId);

private:
    QLabel* addField(QFormLayout* form, const QString& key, const QString& label);
    void setMessage(const QString& html);
    void updateReplayButton();

    QHash<QString, QLabel*> m_fields;
    QPlainTextEdit* m_error;
    JsonViewer* m_payload;
    QPushButton* m_replay;
    QLabel* m_message;
    std::optional<dwp::DlqEntry> m_entry;
    bool m_replayAvailable = false;
    bool m_replaying = false;
};

} // namespace dispatch
