// SPDX-License-Identifier: MIT
#include "gui/pages/DeadLetterListPanel.h"

#include "gui/views/ItemListTable.h"
#include "gui/views/TimestampDelegate.h"
#include "models/DeadLetterEntriesModel.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace dispatch {

DeadLetterListPanel::DeadLetterListPanel(QWidget* parent)
    : QWidget(parent), m_model(new DeadLetterEntriesModel(this)), m_table(new QTableView(this)),
      m_status(new QLabel(this)), m_previous(new QPushButton(tr("Previous"), this)),
      m_next(new QPushButton(tr("Next"), this))
{
    m_table->setObjectName(QStringLiteral("serverDeadLettersTable"));
    m_table->setModel(m_model);
    ItemListTable::setUp(m_table);
    m_table->setSortingEnabled(false); // a page in the server's order; sorting it would mislead
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setItemDelegateForColumn(DeadLetterEntriesModel::FailedAtColumn, new TimestampDelegate(m_table));
    m_table->setItemDelegateForColumn(DeadLetterEntriesModel::ReplayedAtColumn,
                                      new TimestampDelegate(m_table));
    m_status->setObjectName(QStringLiteral("serverDeadLettersStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText); // server text is never markup
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previous->setObjectName(QStringLiteral("previousDeadLettersButton"));
    m_next->setObjectName(QStringLiteral("nextDeadLettersButton"));
    connect(m_table, &QTableView::activated, this, &DeadLetterListPanel::openRow);
    connect(m_previous, &QPushButton::clicked, this,
            [this] { emit pageWanted(std::max(0, offset() - kPageSize)); });
    connect(m_next, &QPushButton::clicked, this, [this] { emit pageWanted(offset() + kPageSize); });

    auto* paging = new QHBoxLayout;
    paging->addWidget(m_status, 1);
    paging->addWidget(m_previous);
    paging->addWidget(m_next);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(paging);
    layout->addWidget(m_table, 1);
    setCanList(false, QString());
}

int DeadLetterListPanel::offset() const
{
    return m_model->offset();
}

void DeadLetterListPanel::setCanList(bool canList, const QString& whyNot)
{
    m_canList = canList;
    m_table->setVisible(canList);
    m_previous->setVisible(canList);
    m_next->setVisible(canList);
    if (!canList) {
        m_model->setPage({}, 0);
        m_status->setText(whyNot);
    }
}

void DeadLetterListPanel::showLoading(int offset)
{
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    //: Dead letters page, above the server's list. %1 is the number of the first entry asked for.
    m_status->setText(tr("Asking the server for its dead letters from number %1…").arg(offset + 1));
}

void DeadLetterListPanel::showPage(const QList<dwp::DlqEntry>& entries, int offset)
{
    m_model->setPage(entries, offset);
    m_previous->setEnabled(offset > 0);
    m_next->setEnabled(entries.size() >= kPageSize); // a full page: there may be more
    if (entries.isEmpty())
        m_status->setText(offset == 0 ? tr("The server lists no dead letters.")
                                      : tr("The server lists no more dead letters."));
    else
        //: Dead letters page, above the server's list, oldest first. %1 and %2 are the numbers of the
        //: first and last entry shown.
        m_status->setText(
            tr("Entries %1 to %2 of the server's list, oldest first. Double-click one to open it.")
                .arg(offset + 1)
                .arg(offset + entries.size()));
}

void DeadLetterListPanel::showFailed(const QString& headline, const QString& detail)
{
    m_previous->setEnabled(offset() > 0);
    m_next->setEnabled(true);
    //: Dead letters page when the server's list could not be fetched. %1 why in words, %2 the server's
    //: own message.
    m_status->setText(tr("Could not fetch the server's list: %1 %2").arg(headline, detail));
}

void DeadLetterListPanel::showRestored(const QList<dwp::DlqEntry>& entries, const QDateTime& at)
{
    m_table->setVisible(true);
    m_previous->setVisible(true);
    m_next->setVisible(true);
    m_previous->setEnabled(false);
    m_next->setEnabled(false);
    m_model->setPage(entries, 0);
    //: Dead letters page, above the server's list before the server was asked. %1 is a date and time.
    m_status->setText(tr("The server's list as of %1, from this profile's history; the server is asked once "
                         "its admin API is found.")
                          .arg(TimestampDelegate::format(at, locale())));
}

void DeadLetterListPanel::openRow(const QModelIndex& index)
{
    if (index.isValid())
        emit entryWanted(index.data(DeadLetterEntriesModel::IdRole).toString());
}

} // namespace dispatch
