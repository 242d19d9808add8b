// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/CronEntry.h"
#include "settings/ServerEnvironment.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QFormLayout;
class QLabel;
class QMessageBox;
class QPushButton;

namespace dispatch {

class ErrorText;
class JsonViewer;

// One cron entry as the server holds it (REST `GET /v1/crons/:id`, dwp-protocol.md §4, §8): its schedule in
// words (CronDescription) with the expression, next and last run, whether it is enabled, who holds its
// firing lock and until when, and its payload; with Enable, Disable and Delete. Delete asks first, its
// button never the default, and on a profile marked Production only after a tick (DestructiveButtons).
// What went wrong with the operator's last request is said here, in words, above the buttons.
class CronDetailPanel : public QWidget
{
    Q_OBJECT

public:
    explicit CronDetailPanel(QWidget* parent = nullptr);

    // The id of the entry shown or asked for; empty when none.
    QString cronId() const { return m_cronId; }
    bool hasEntry() const { return m_entry.has_value(); }

    void showLookingUp(const QString& cronId);
    void showEntry(const dwp::CronEntry& entry);
    void showDeleted(const QString& cronId);
    // A cron seen firing whose id is not known yet: cron.fired names the cron, not its id (§5).
    void showIdUnknown(const QString& name);
    void showError(const ErrorText& error);
    void clear();

    // The actions need the server's REST admin API; `whyNot` says in words why it is missing.
    void setActionsAvailable(bool available, const QString& whyNot);
    // While a request is out the actions wait for it.
    void setBusy(bool busy);
    void setServerEnvironment(std::optional<ServerEnvironment> environment) { m_environment = environment; }

signals:
    void enableRequested(const QString& cronId);
    void disableRequested(const QString& cronId);
    void deleteConfirmed(const QString& cronId);

private:
    QLabel* addField(QFormLayout* form, const QString& label, const char* objectName);
    void confirmDelete();
    void showMessage(const QString& text);
    void updateButtons();

    QString m_cronId;
    std::optional<dwp::CronEntry> m_entry;
    std::optional<ServerEnvironment> m_environment;
    bool m_available = false;
    bool m_busy = false;
    QString m_whyNot;
    QLabel* m_title;
    QLabel* m_message; // what is shown instead of an entry, or what just happened
    QWidget* m_fields;
    QLabel* m_id;
    QLabel* m_schedule;
    QLabel* m_job;
    QLabel* m_enabled;
    QLabel* m_nextRun;
    QLabel* m_lastRun;
    QLabel* m_lock;
    QLabel* m_updated;
    JsonViewer* m_payload;
    QLabel* m_error;
    QPushButton* m_enableButton;
    QPushButton* m_disableButton;
    QPushButton* m_deleteButton;
    QPointer<QMessageBox> m_deleteQuestion;
};

} // namespace dispatch
