// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/TypeId.h"

#include <QDialog>
#include <memory>

namespace Ui {
class OpenByIdDialog;
}

namespace dispatch {

// Ctrl+K: open any job or workflow run by its id, whether or not it has been seen since connecting, or a cron
// entry (looked up over REST on the Crons page, §8). The id's prefix says which (dwp-protocol.md §4); a
// pasted id with spaces or quotes around it is cleaned up.
class OpenByIdDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Kind
    {
        Invalid,
        Job,
        Run,
        Cron
    };

    explicit OpenByIdDialog(QWidget* parent = nullptr);
    ~OpenByIdDialog() override;

    QString id() const; // cleaned up
    Kind kind() const { return kindOf(id()); }

    static QString cleanUp(const QString& text);
    static Kind kindOf(const QString& id); // parsed by dwp::TypeId

private:
    static Kind kindOf(dwp::TypeId::Kind kind);
    // An id of the server's with a prefix this dialog cannot open (wf_, evt_, dlq_, …), even if mistyped.
    static bool isOtherServerId(const QString& text);
    void updateState();

    std::unique_ptr<Ui::OpenByIdDialog> m_ui;
};

} // namespace dispatch
