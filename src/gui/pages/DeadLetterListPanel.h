// SPDX-License-Identifier: MIT
#pragma once

#include "protocol/DlqEntry.h"

#include <QDateTime>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace dispatch {

class DeadLetterEntriesModel;

// The server's own list of dead letters (REST `GET /v1/dlq?limit&offset`, dwp-protocol.md §8), a page of
// kPageSize at a time with Previous and Next, shown only where the server can list. Elsewhere (the real
// server: its list routes answer 404) the table gives way to a sentence saying that this server cannot list
// dead letters. Double-click or Return on a row opens the entry.
class DeadLetterListPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 50;

    explicit DeadLetterListPanel(QWidget* parent = nullptr);

    // Whether the server can list; `whyNot` says so in words when it cannot.
    void setCanList(bool canList, const QString& whyNot);
    bool canList() const { return m_canList; }
    int offset() const;
    void showLoading(int offset);
    void showPage(const QList<dwp::DlqEntry>& entries, int offset);
    void showFailed(const QString& headline, const QString& detail);
    // The first page as this profile's journal last kept it, `at` when, until the server is asked.
    void showRestored(const QList<dwp::DlqEntry>& entries, const QDateTime& at);

    QTableView* table() const { return m_table; }
    QLabel* statusLabel() const { return m_status; }

signals:
    void pageWanted(int offset);
    void entryWanted(const QString& entryId);

private:
    void openRow(const QModelIndex& index);

    DeadLetterEntriesModel* m_model;
    QTableView* m_table;
    QLabel* m_status;
    QPushButton* m_previous;
    QPushButton* m_next;
    bool m_canList = false;
};

} // namespace dispatch
