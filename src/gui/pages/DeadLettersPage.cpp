// SPDX-License-Identifier: MIT
#include "gui/pages/DeadLettersPage.h"

#include "gui/dialogs/OpenByIdDialog.h"
#include "gui/pages/DeadLetterEntryPanel.h"
#include "gui/pages/DeadLetterListPanel.h"
#include "gui/views/ButtonColumnDelegate.h"
#include "gui/views/ItemListTable.h"
#include "gui/views/TimestampDelegate.h"
#include "models/DeadLetteredJobsModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace dispatch {

DeadLettersPage::DeadLettersPage(DeadLetteredJobsModel* seen, QWidget* parent)
    : QWidget(parent), m_count(new QLabel(this)), m_limitations(new QLabel(this)),
      m_message(new QLabel(this)), m_lists(new QTabWidget(this)), m_seenTable(new QTableView(this)),
      m_retryDelegate(new ButtonColumnDelegate(DeadLetteredJobsModel::RetriedRole, m_seenTable)),
      m_list(new DeadLetterListPanel(this)), m_entry(new DeadLetterEntryPanel(this))
{
    m_seenTable->setObjectName(QStringLiteral("deadLetteredJobsTable"));
    ItemListTable::setUp(m_seenTable);
    m_seenTable->setSortingEnabled(false); // newest first, as they arrive
    m_seenTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_seenTable->setSelectionMode(QAbstractItemView::SingleSelection);
    m_seenTable->setItemDelegateForColumn(DeadLetteredJobsModel::TimeColumn,
                                          new TimestampDelegate(m_seenTable));
    m_seenTable->setItemDelegateForColumn(DeadLetteredJobsModel::RetryColumn, m_retryDelegate);
    connect(m_seenTable, &QTableView::clicked, this, &DeadLettersPage::onSeenClicked);
    connect(m_seenTable, &QTableView::activated, this, [this](const QModelIndex& index) {
        if (index.isValid() && index.column() != DeadLetteredJobsModel::RetryColumn)
            emit jobWanted(index.data(DeadLetteredJobsModel::IdRole).toString());
    });
    m_lists->setObjectName(QStringLiteral("deadLetterLists"));
    m_lists->addTab(m_seenTable, tr("Seen Dead-Lettered"));
    m_lists->setTabToolTip(0, tr("Jobs the server dead-lettered since connecting (job.dlq events), newest "
                                 "first. Double-click one to open the job."));
    m_lists->addTab(m_list, tr("On the Server"));
    m_lists->setTabToolTip(1, tr("The server's own list of dead-letter entries, where it can list them"));
    connect(m_list, &DeadLetterListPanel::entryWanted, this, &DeadLettersPage::openEntryRequested);
    m_entry->setObjectName(QStringLiteral("deadLetterEntryPanel"));

    auto* entrySide = new QWidget(this);
    auto* entryLayout = new QVBoxLayout(entrySide);
    entryLayout->setContentsMargins(0, 0, 0, 0);
    entryLayout->addWidget(buildOpenById());
    entryLayout->addWidget(m_entry, 1);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("deadLettersSplitter"));
    splitter->addWidget(m_lists);
    splitter->addWidget(entrySide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(buildHeader());
    layout->addWidget(splitter, 1);
    setModel(seen);
    setRestState(false, QString(), tr("Not connected."));
}

QWidget* DeadLettersPage::buildHeader()
{
    auto* header = new QWidget(this);
    QFont bold = m_count->font();
    bold.setBold(true);
    m_count->setFont(bold);
    m_count->setObjectName(QStringLiteral("deadLetterCount"));
    m_count->setWordWrap(true);
    m_count->setTextFormat(Qt::PlainText); // server text is never markup
    m_count->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_limitations->setObjectName(QStringLiteral("deadLetterLimitations"));
    m_limitations->setWordWrap(true);
    m_limitations->setTextFormat(Qt::PlainText); // server text is never markup
    m_limitations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("deadLettersMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText); // server text is never markup
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refresh = new QPushButton(tr("Refresh"), header);
    m_refresh->setObjectName(QStringLiteral("refreshDeadLettersButton"));
    // Both change the server's store for good: never a default button, never what Return does.
    m_replayAll = new QPushButton(tr("Replay All…"), header);
    m_replayAll->setObjectName(QStringLiteral("replayAllButton"));
    m_replayAll->setAutoDefault(false);
    m_purge = new QPushButton(tr("Purge Old Entries…"), header);
    m_purge->setObjectName(QStringLiteral("purgeButton"));
    m_purge->setAutoDefault(false);
    connect(m_refresh, &QPushButton::clicked, this, &DeadLettersPage::refreshRequested);
    connect(m_replayAll, &QPushButton::clicked, this, &DeadLettersPage::replayAllRequested);
    connect(m_purge, &QPushButton::clicked, this, &DeadLettersPage::purgeRequested);

    auto* countRow = new QHBoxLayout;
    countRow->addWidget(m_count, 1);
    countRow->addWidget(m_refresh);
    auto* actionRow = new QHBoxLayout;
    actionRow->addWidget(m_replayAll);
    actionRow->addWidget(m_purge);
    actionRow->addWidget(m_message, 1);
    auto* layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(countRow);
    layout->addWidget(m_limitations);
    layout->addLayout(actionRow);
    return header;
}

QWidget* DeadLettersPage::buildOpenById()
{
    auto* row = new QWidget(this);
    m_idField = new QLineEdit(row);
    m_idField->setObjectName(QStringLiteral("deadLetterIdField"));
    m_idField->setPlaceholderText(tr("Entry id (dlq_…)"));
    m_idField->setClearButtonEnabled(true);
    m_open = new QPushButton(tr("Open Entry"), row);
    m_open->setObjectName(QStringLiteral("openDeadLetterButton"));
    connect(m_idField, &QLineEdit::returnPressed, this, &DeadLettersPage::openTypedId);
    connect(m_open, &QPushButton::clicked, this, &DeadLettersPage::openTypedId);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Open an entry by id:"), row));
    layout->addWidget(m_idField, 1);
    layout->addWidget(m_open);
    return row;
}

void DeadLettersPage::setModel(DeadLetteredJobsModel* seen)
{
    m_seen = seen;
    m_seenTable->setModel(seen);
    if (seen)
        m_seenTable->horizontalHeader()->setSectionResizeMode(DeadLetteredJobsModel::RetryColumn,
                                                              QHeaderView::ResizeToContents);
}

void DeadLettersPage::setRestState(bool available, const QString& limitations, const QString& whyNotAvailable)
{
    m_limitations->setText(limitations);
    m_limitations->setVisible(!limitations.isEmpty());
    const QString tip = available ? QString() : whyNotAvailable;
    for (QPushButton* button : {m_refresh, m_replayAll, m_purge, m_open}) {
        button->setEnabled(available);
        button->setToolTip(tip);
    }
    if (available) {
        m_refresh->setToolTip(tr("Ask the server for its dead-letter count again"));
        m_replayAll->setToolTip(tr("Replay the dead letters not yet replayed, up to the first 1000 entries"));
        m_purge->setToolTip(tr("Delete the dead letters that failed more than 30 days ago"));
        m_open->setToolTip(tr("Show the entry's fields, error and payload"));
    }
    m_retryDelegate->setEnabled(available);
    m_seenTable->viewport()->update();
    m_entry->setReplayAvailable(available, whyNotAvailable);
}

void DeadLettersPage::showCount(qint64 count, const QDateTime& at)
{
    m_lastCount = count;
    m_lastCountAt = at;
    //: Dead letters page. %n is the server's dead-letter count, %1 when it was fetched (HH:mm:ss).
    m_count->setText(tr("%n dead letter(s) on the server at %1, replayed ones included.", nullptr, int(count))
                         .arg(at.toLocalTime().toString(QStringLiteral("HH:mm:ss"))));
}

void DeadLettersPage::showRestoredCount(qint64 count, const QDateTime& at)
{
    m_lastCount = -1; // not the server's answer in this session
    //: Dead letters page before the server was asked. %n is the count the journal kept, %1 a date and time.
    m_count->setText(
        tr("%n dead letter(s) on the server as of %1, replayed ones included, from this profile's "
           "history; the server is asked once its admin API is found.",
           nullptr, int(count))
            .arg(TimestampDelegate::format(at, locale())));
}

void DeadLettersPage::showCountUnavailable(const QString& text)
{
    m_lastCount = -1;
    m_count->setText(text);
}

void DeadLettersPage::showCountFailed(const QString& headline, const QString& detail)
{
    if (m_lastCount < 0) {
        //: Dead letters page when the count could not be fetched. %1 why in words, %2 the server's message.
        m_count->setText(
            tr("The server's dead-letter count could not be fetched: %1 %2").arg(headline, detail));
        return;
    }
    //: Dead letters page: the last count stays when a later request fails. %n is that count, %1 when it was
    //: fetched (HH:mm:ss), %2 why the latest request failed, %3 the server's message.
    m_count->setText(
        tr("%n dead letter(s) on the server at %1, replayed ones included (the latest request "
           "failed: %2 %3).",
           nullptr, int(m_lastCount))
            .arg(m_lastCountAt.toLocalTime().toString(QStringLiteral("HH:mm:ss")), headline, detail));
}

void DeadLettersPage::showMessage(const QString& text)
{
    m_message->setText(text);
}

void DeadLettersPage::onSeenClicked(const QModelIndex& index)
{
    if (index.column() == DeadLetteredJobsModel::RetryColumn && m_retryDelegate->isClickable(index))
        emit retryRequested(index.data(DeadLetteredJobsModel::IdRole).toString());
}

void DeadLettersPage::openTypedId()
{
    const QString id = OpenByIdDialog::cleanUp(m_idField->text());
    if (!id.isEmpty() && m_open->isEnabled())
        emit openEntryRequested(id);
}

void DeadLettersPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    emit refreshRequested();
}

} // namespace dispatch
