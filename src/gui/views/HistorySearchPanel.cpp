// SPDX-License-Identifier: MIT
#include "gui/views/HistorySearchPanel.h"

#include "gui/views/TimestampDelegate.h"
#include "session/JournalSearchModel.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace dispatch {

HistorySearchPanel::HistorySearchPanel(QWidget* parent)
    : QWidget(parent), m_model(new JournalSearchModel(this)), m_status(new QLabel(this)),
      m_table(new QTableView(this))
{
    m_status->setObjectName(QStringLiteral("historySearchStatus"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_status->setWordWrap(true);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setVisible(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setItemDelegateForColumn(JournalSearchModel::TimeColumn, new TimestampDelegate(m_table));
    m_table->setColumnWidth(JournalSearchModel::TimeColumn, 130);
    m_table->setColumnWidth(JournalSearchModel::TypeColumn, 175);
    m_table->setColumnWidth(JournalSearchModel::IdColumn, 250);
    m_table->setColumnWidth(JournalSearchModel::NameColumn, 180);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(m_model, &JournalSearchModel::searchChanged, this, &HistorySearchPanel::updateStatus);
    // activated: a double-click, or Enter on the current row.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(JournalSearchModel::SubjectIdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
    updateStatus();
}

void HistorySearchPanel::setFilePath(const QString& filePath)
{
    m_filePath = filePath;
    m_model->setFilePath(filePath);
    updateStatus();
}

void HistorySearchPanel::search(const JournalSearchQuery& query)
{
    if (m_filePath.isEmpty()) {
        m_model->clear();
        return;
    }
    m_model->setQuery(query);
}

void HistorySearchPanel::clear()
{
    m_model->clear();
}

void HistorySearchPanel::updateStatus()
{
    const int rows = m_model->rowCount();
    if (m_filePath.isEmpty())
        m_status->setText(
            tr("This session keeps its history in memory only, so there is no history to search."));
    else if (!m_model->error().isEmpty())
        //: Above the history search results. %1 is SQLite's reason.
        m_status->setText(tr("The history could not be searched: %1").arg(m_model->error()));
    else if (m_model->isSearching())
        m_status->setText(rows == 0 ? tr("Searching the history…") : tr("Reading more results…"));
    else if (rows == 0)
        m_status->setText(tr("Nothing in the history matches. Words match whole; end one with * to match "
                             "the words it begins."));
    else if (m_model->atEnd())
        //: Above the history search results: all of them are shown.
        m_status->setText(tr("%n result(s) in the history.", nullptr, rows));
    else
        //: Above the history search results: more are read as the list is scrolled down.
        m_status->setText(tr("The newest %n result(s) in the history; scroll down for more.", nullptr, rows));
}

} // namespace dispatch
