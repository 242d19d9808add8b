// SPDX-License-Identifier: MIT
#include "gui/views/HistorySearchPanel.h"

#include "gui/views/HistoryGapDelegate.h"
#include "session/JournalSearchModel.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace dispatch {

namespace {

constexpr qint64 kHourMs = 3'600'000;

} // namespace

HistorySearchPanel::HistorySearchPanel(QWidget* parent)
    : QWidget(parent), m_scope(new QComboBox(this)), m_range(new QComboBox(this)),
      m_from(new QDateTimeEdit(this)), m_to(new QDateTimeEdit(this)), m_tools(new QWidget(this)),
      m_model(new JournalSearchModel(this)), m_status(new QLabel(this)), m_table(new QTableView(this))
{
    m_scope->setObjectName(QStringLiteral("searchScope"));
    m_range->setObjectName(QStringLiteral("historyRange"));
    m_from->setObjectName(QStringLiteral("historyFrom"));
    m_to->setObjectName(QStringLiteral("historyTo"));
    m_status->setObjectName(QStringLiteral("historySearchStatus"));
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_scope->addItem(tr("Live view"));
    m_scope->addItem(tr("All history"));
    m_scope->setAccessibleName(tr("Search in"));
    // By when the monitor received the events (the journal's events_by_time), as the Stats page's windows.
    m_range->addItem(tr("Any time"));
    m_range->addItem(tr("Last hour"));
    m_range->addItem(tr("Last 24 hours"));
    m_range->addItem(tr("Last 7 days"));
    m_range->addItem(tr("Between…"));
    m_range->setAccessibleName(tr("Received"));
    m_range->setToolTip(tr("Search only what the monitor received in this time."));
    for (QDateTimeEdit* edit : {m_from, m_to}) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        edit->setCalendarPopup(true);
        edit->setVisible(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("Until"));
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
    // A hole in the history is one row across the table, hatched (HistoryGapDelegate paints the first
    // column's cell, which the span makes the row).
    m_table->setItemDelegateForColumn(JournalSearchModel::TimeColumn, new HistoryGapDelegate(m_table));
    m_table->setColumnWidth(JournalSearchModel::TimeColumn, 130);
    m_table->setColumnWidth(JournalSearchModel::TypeColumn, 175);
    m_table->setColumnWidth(JournalSearchModel::IdColumn, 250);
    m_table->setColumnWidth(JournalSearchModel::NameColumn, 180);
    auto* tools = new QHBoxLayout(m_tools);
    tools->setContentsMargins(0, 0, 0, 0);
    auto* range = new QHBoxLayout;
    range->addWidget(m_range);
    range->addWidget(m_from);
    range->addWidget(m_to);
    range->addStretch(1);
    range->addWidget(m_tools);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(range);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    setVisible(false);

    connect(m_scope, &QComboBox::currentIndexChanged, this, &HistorySearchPanel::applyScope);
    connect(m_range, &QComboBox::currentIndexChanged, this, &HistorySearchPanel::applyRange);
    for (QDateTimeEdit* edit : {m_from, m_to})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &HistorySearchPanel::filtersChanged);
    connect(m_model, &JournalSearchModel::searchChanged, this, &HistorySearchPanel::updateStatus);
    connect(m_model, &QAbstractItemModel::modelReset, m_table, &QTableView::clearSpans);
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex&, int first, int last) {
                for (int row = first; row <= last; ++row) {
                    if (m_model->index(row, 0).data(JournalSearchModel::IsGapRole).toBool())
                        m_table->setSpan(row, 0, 1, JournalSearchModel::ColumnCount);
                }
            });
    // activated: a double-click, or Enter on the current row.
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex& index) {
        const QString id = index.data(JournalSearchModel::SubjectIdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
    updateStatus();
}

void HistorySearchPanel::setQuerySource(QuerySource source)
{
    m_querySource = std::move(source);
}

void HistorySearchPanel::setSubjectPrefix(const QString& prefix)
{
    m_subjectPrefix = prefix;
}

void HistorySearchPanel::setLiveView(QWidget* live)
{
    m_live = live;
}

void HistorySearchPanel::addToolWidget(QWidget* widget)
{
    m_tools->layout()->addWidget(widget);
}

bool HistorySearchPanel::isHistoryScope() const
{
    return m_scope->currentIndex() == HistoryScope;
}

const JournalSearchQuery& HistorySearchPanel::shownQuery() const
{
    return m_model->query();
}

void HistorySearchPanel::setFilePath(const QString& filePath)
{
    m_filePath = filePath;
    m_model->setFilePath(filePath);
    filtersChanged();
}

void HistorySearchPanel::applyScope()
{
    const bool history = isHistoryScope();
    if (m_live)
        m_live->setVisible(!history);
    setVisible(history);
    if (history)
        search();
    else
        m_model->clear();
    emit scopeChanged(history);
}

void HistorySearchPanel::applyRange()
{
    const bool between = m_range->currentIndex() == BetweenTimes;
    if (between && !m_from->isVisible() && !m_to->isVisible()) {
        // From the last hour, a window to narrow or widen; set before they are shown, searched once below.
        const QSignalBlocker fromQuiet(m_from);
        const QSignalBlocker toQuiet(m_to);
        const QDateTime now = QDateTime::currentDateTime();
        m_to->setDateTime(now.addSecs(60));
        m_from->setDateTime(now.addSecs(-3600));
    }
    m_from->setVisible(between);
    m_to->setVisible(between);
    filtersChanged();
}

void HistorySearchPanel::filtersChanged()
{
    if (isHistoryScope())
        search();
}

void HistorySearchPanel::search()
{
    m_nothingBecause.clear();
    m_searchShown = false;
    if (m_filePath.isEmpty()) {
        m_model->clear();
        return;
    }
    JournalSearchQuery query;
    QString why;
    if (m_querySource)
        query = m_querySource(&why);
    if (!why.isEmpty())
        return showNothing(why);
    query.subjectPrefix = m_subjectPrefix;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    switch (Range(m_range->currentIndex())) {
    case AnyTime:
        break;
    case LastHour:
        query.fromMs = now - kHourMs;
        break;
    case LastDay:
        query.fromMs = now - 24 * kHourMs;
        break;
    case LastWeek:
        query.fromMs = now - 7 * 24 * kHourMs;
        break;
    case BetweenTimes:
        query.fromMs = m_from->dateTime().toMSecsSinceEpoch();
        query.toMs = m_to->dateTime().toMSecsSinceEpoch();
        if (query.toMs <= query.fromMs)
            return showNothing(tr("The time range ends before it begins: choose a later end."));
        break;
    }
    m_searchShown = true;
    m_model->setQuery(query);
}

void HistorySearchPanel::showNothing(const QString& why)
{
    m_nothingBecause = why;
    m_model->clear(); // updates the status
}

void HistorySearchPanel::updateStatus()
{
    const int rows = m_model->resultCount(); // the holes are rows too, but no results
    if (m_filePath.isEmpty())
        m_status->setText(
            tr("This session keeps its history in memory only, so there is no history to search."));
    else if (!m_nothingBecause.isEmpty())
        m_status->setText(m_nothingBecause);
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
    if (const int holes = m_model->gapCount();
        holes > 0 && m_nothingBecause.isEmpty() && !m_filePath.isEmpty())
        //: Above the history search results, after what the search found. The hatched rows are holes in the
        //: history (times the monitor was not running, not connected, or could not write in time).
        m_status->setText(m_status->text() + u' ' +
                          tr("The history has %n hole(s) here: the hatched row(s) say when nothing was "
                             "recorded, and why.",
                             nullptr, holes));
}

} // namespace dispatch
