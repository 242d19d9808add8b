// SPDX-License-Identifier: MIT
#include "gui/pages/CronsPage.h"

#include "gui/dialogs/OpenByIdDialog.h"
#include "gui/pages/CronDetailPanel.h"
#include "gui/views/ErrorText.h"
#include "gui/views/TimestampDelegate.h"
#include "models/CronEntriesModel.h"
#include "models/CronsModel.h"
#include "protocol/DispatchErrors.h"
#include "protocol/TypeId.h"
#include "session/MonitorSession.h"
#include "session/SessionHistory.h"

#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace dispatch {
namespace {

QTableView* newTable(const char* objectName, QWidget* parent)
{
    auto* table = new QTableView(parent);
    table->setObjectName(QLatin1String(objectName));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

bool isCronId(const QString& id)
{
    const auto typeId = dwp::TypeId::parse(id);
    return typeId && typeId->kind() == dwp::TypeId::Kind::Cron;
}

} // namespace

CronsPage::CronsPage(CronsModel* idle, QWidget* parent)
    : QWidget(parent), m_idle(idle), m_actions(new CronActions(this)),
      m_serverList(new CronEntriesModel(this)), m_restNote(new QLabel(this)),
      m_detail(new CronDetailPanel(this))
{
    m_restNote->setObjectName(QStringLiteral("cronRestNote"));
    m_restNote->setWordWrap(true);
    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("cronsSplitter"));
    splitter->addWidget(buildSeenSide());
    splitter->addWidget(buildOpenSide());
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_restNote);
    layout->addWidget(splitter, 1);

    connect(m_actions, &CronActions::entryShown, this, [this](const dwp::CronEntry& entry) {
        m_detail->showEntry(entry);
        m_serverList->update(entry);
    });
    connect(m_actions, &CronActions::entryDeleted, this, [this](const QString& cronId) {
        m_detail->showDeleted(cronId);
        m_serverList->remove(cronId);
    });
    connect(m_actions, &CronActions::pageListed, this, &CronsPage::onPageListed);
    connect(m_actions, &CronActions::actionFailed, this, &CronsPage::onActionFailed);
    connect(m_actions, &CronActions::busyChanged, m_detail, &CronDetailPanel::setBusy);
    connect(m_detail, &CronDetailPanel::enableRequested, m_actions,
            [this](const QString& cronId) { m_actions->setEnabled(cronId, true); });
    connect(m_detail, &CronDetailPanel::disableRequested, m_actions,
            [this](const QString& cronId) { m_actions->setEnabled(cronId, false); });
    connect(m_detail, &CronDetailPanel::deleteConfirmed, m_actions, &CronActions::remove);
    setSession(nullptr);
}

QWidget* CronsPage::buildSeenSide()
{
    auto* side = new QWidget(this);
    m_seenTable = newTable("seenCronsTable", side);
    m_seenTable->setItemDelegateForColumn(CronsModel::LastFiredColumn, new TimestampDelegate(m_seenTable));
    connect(m_seenTable, &QTableView::clicked, this, &CronsPage::onSeenClicked);

    m_serverGroup = new QGroupBox(tr("On the server"), side);
    m_serverGroup->setObjectName(QStringLiteral("serverCronsGroup"));
    m_serverTable = newTable("serverCronsTable", m_serverGroup);
    m_serverTable->setModel(m_serverList);
    for (int column : {int(CronEntriesModel::NextRunColumn), int(CronEntriesModel::LastRunColumn)})
        m_serverTable->setItemDelegateForColumn(column, new TimestampDelegate(m_serverTable));
    connect(m_serverTable, &QTableView::clicked, this, [this](const QModelIndex& index) {
        openCron(index.data(CronEntriesModel::CronIdRole).toString());
    });
    m_listStatus = new QLabel(m_serverGroup);
    m_listStatus->setObjectName(QStringLiteral("serverCronsStatus"));
    m_listStatus->setWordWrap(true);
    m_previousButton = new QPushButton(tr("&Previous"), m_serverGroup);
    m_nextButton = new QPushButton(tr("&Next"), m_serverGroup);
    m_refreshButton = new QPushButton(tr("Re&fresh"), m_serverGroup);
    m_previousButton->setObjectName(QStringLiteral("previousCronsButton"));
    m_nextButton->setObjectName(QStringLiteral("nextCronsButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshCronsButton"));
    connect(m_previousButton, &QPushButton::clicked, this,
            [this] { listPage(std::max(0, m_serverList->offset() - kPageSize)); });
    connect(m_nextButton, &QPushButton::clicked, this,
            [this] { listPage(m_serverList->offset() + kPageSize); });
    connect(m_refreshButton, &QPushButton::clicked, this, [this] { listPage(m_serverList->offset()); });
    auto* paging = new QHBoxLayout;
    paging->addWidget(m_listStatus, 1);
    paging->addWidget(m_previousButton);
    paging->addWidget(m_nextButton);
    paging->addWidget(m_refreshButton);
    auto* groupLayout = new QVBoxLayout(m_serverGroup);
    groupLayout->addWidget(m_serverTable, 1);
    groupLayout->addLayout(paging);

    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Seen firing since connecting:"), side));
    layout->addWidget(m_seenTable, 1);
    layout->addWidget(m_serverGroup, 1);
    return side;
}

QWidget* CronsPage::buildOpenSide()
{
    auto* side = new QWidget(this);
    m_idField = new QLineEdit(side);
    m_idField->setObjectName(QStringLiteral("cronIdField"));
    m_idField->setPlaceholderText(tr("cron_…"));
    m_idField->setClearButtonEnabled(true);
    m_openButton = new QPushButton(tr("&Open"), side);
    m_openButton->setObjectName(QStringLiteral("openCronButton"));
    m_idHint = new QLabel(side);
    m_idHint->setObjectName(QStringLiteral("cronIdHint"));
    m_idHint->setWordWrap(true);
    m_idHint->setForegroundRole(QPalette::PlaceholderText);
    connect(m_idField, &QLineEdit::textChanged, this, &CronsPage::updateIdHint);
    connect(m_idField, &QLineEdit::returnPressed, this, &CronsPage::openTypedId);
    connect(m_openButton, &QPushButton::clicked, this, &CronsPage::openTypedId);
    auto* openRow = new QHBoxLayout;
    openRow->addWidget(new QLabel(tr("Cron ID:"), side));
    openRow->addWidget(m_idField, 1);
    openRow->addWidget(m_openButton);
    auto* layout = new QVBoxLayout(side);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(openRow);
    layout->addWidget(m_idHint);
    layout->addWidget(m_detail, 1);
    return side;
}

void CronsPage::setSession(MonitorSession* session)
{
    if (m_session)
        m_session->adminApi().disconnect(this);
    m_session = session;
    m_actions->setSession(session);
    m_seenTable->setModel(session ? &session->crons() : m_idle);
    m_serverList->setPage({}, 0);
    m_listAsked = false;
    m_listStatus->clear();
    m_detail->clear();
    if (session)
        connect(&session->adminApi(), &AdminApiSession::capabilitiesChanged, this,
                &CronsPage::updateRestState);
    if (session && session->history())
        connect(session->history(), &SessionHistory::recentRestored, this, &CronsPage::updateRestState);
    updateRestState();
}

void CronsPage::setServerEnvironment(std::optional<ServerEnvironment> environment)
{
    m_detail->setServerEnvironment(environment);
}

void CronsPage::updateRestState()
{
    QString note;
    bool available = false;
    bool canList = false;
    if (!m_session) {
        note = tr("Not connected.");
    } else if (!m_session->adminApi().isDetected()) {
        note = tr("Looking for the server's admin API…");
    } else {
        const AdminApiSession& admin = m_session->adminApi();
        available = admin.isAvailable();
        canList = admin.canList();
        // The session's own words: no admin API at all, or one that cannot list (§8).
        note = admin.limitations().join(QLatin1Char(' '));
    }
    m_restNote->setText(note);
    m_restNote->setVisible(!note.isEmpty());
    m_detail->setActionsAvailable(available, note);
    // Until the server is asked, the list as this profile last saw it, marked as such (README, "Journal").
    const bool restored = !canList && !m_listAsked && showRestoredList();
    m_serverGroup->setVisible(canList || restored);
    updateIdHint();
    if (canList && !m_listAsked)
        listPage(0);
}

bool CronsPage::showRestoredList()
{
    const SessionHistory* history = m_session ? m_session->history() : nullptr;
    if (!history || !history->isRecentRestored() || !history->recent().cronList ||
        m_session->adminApi().isDetected())
        return false;
    const QList<dwp::CronEntry>& entries = *history->recent().cronList;
    m_serverList->setPage(entries, 0);
    const QDateTime at = QDateTime::fromMSecsSinceEpoch(history->recent().cronListAtMs, Qt::UTC);
    //: Above the server's list of crons before the server was asked. %1 is a date and time.
    m_listStatus->setText(tr("The server's list as of %1, from this profile's history; the server is asked "
                             "once its admin API is found.")
                              .arg(TimestampDelegate::format(at, locale())));
    m_previousButton->setEnabled(false);
    m_nextButton->setEnabled(false);
    return true;
}

void CronsPage::updateIdHint()
{
    const QString id = OpenByIdDialog::cleanUp(m_idField->text());
    const bool available = m_session && m_session->adminApi().isAvailable();
    const bool valid = isCronId(id);
    m_openButton->setEnabled(available && valid);
    m_openButton->setToolTip(available ? QString() : m_restNote->text());
    if (id.isEmpty() || valid)
        m_idHint->clear();
    else
        m_idHint->setText(tr("Not a cron id: they look like cron_ followed by 26 letters and digits."));
    m_idHint->setVisible(!m_idHint->text().isEmpty());
}

void CronsPage::openTypedId()
{
    if (m_openButton->isEnabled())
        openCron(OpenByIdDialog::cleanUp(m_idField->text()));
}

void CronsPage::openCron(const QString& cronId)
{
    if (cronId.isEmpty())
        return;
    m_detail->showLookingUp(cronId);
    m_actions->open(cronId);
}

void CronsPage::onSeenClicked(const QModelIndex& index)
{
    if (index.column() == CronsModel::LastJobColumn) {
        const QString jobId = index.data(CronsModel::LastJobIdRole).toString();
        if (!jobId.isEmpty())
            emit openJobRequested(jobId);
        return;
    }
    const QString cronId = index.data(CronsModel::CronIdRole).toString();
    if (cronId.isEmpty())
        m_detail->showIdUnknown(index.data(CronsModel::NameRole).toString());
    else
        openCron(cronId);
}

void CronsPage::listPage(int offset)
{
    if (!m_session || !m_session->adminApi().canList())
        return;
    m_listAsked = true;
    m_listStatus->setText(tr("Asking the server…"));
    m_actions->list(kPageSize, offset);
}

void CronsPage::onPageListed(const QList<dwp::CronEntry>& entries, int offset)
{
    m_serverList->setPage(entries, offset);
    if (entries.isEmpty() && offset == 0)
        m_listStatus->setText(tr("The server has no cron entries."));
    else if (entries.isEmpty())
        m_listStatus->setText(tr("No more cron entries."));
    else
        //: Paging of the server's list of crons: %1 and %2 the first and last entry shown (1-based).
        m_listStatus->setText(tr("Entries %1 to %2.").arg(offset + 1).arg(offset + int(entries.size())));
    m_previousButton->setEnabled(offset > 0);
    m_nextButton->setEnabled(entries.size() >= kPageSize);
}

void CronsPage::onActionFailed(CronActions::Action action, const QString& cronId,
                               const std::exception_ptr& error)
{
    const ErrorText text = failureText(action, cronId, error);
    if (action == CronActions::Action::List)
        m_listStatus->setText(text.toHtml());
    else if (cronId == m_detail->cronId())
        m_detail->showError(text);
}

ErrorText CronsPage::failureText(CronActions::Action action, const QString& cronId,
                                 const std::exception_ptr& error)
{
    const ErrorText why = ErrorText::describe(error);
    ErrorText text;
    text.detail = why.detail.isEmpty() ? why.headline : why.headline + u' ' + why.detail;
    bool notFound = false;
    try {
        std::rethrow_exception(error);
    } catch (const NotFoundError&) {
        notFound = true;
    } catch (...) {
    }
    using Action = CronActions::Action;
    switch (action) {
    case Action::Open:
        if (notFound)
            //: %1 is the cron id (cron_…).
            text.headline = tr("There is no cron entry %1 on this server.").arg(cronId);
        else
            //: %1 is the cron id (cron_…).
            text.headline = tr("Cron entry %1 could not be looked up.").arg(cronId);
        break;
    case Action::Enable:
        //: %1 is the cron id (cron_…).
        text.headline = tr("Cron entry %1 could not be enabled.").arg(cronId);
        break;
    case Action::Disable:
        //: %1 is the cron id (cron_…).
        text.headline = tr("Cron entry %1 could not be disabled.").arg(cronId);
        break;
    case Action::Delete:
        //: %1 is the cron id (cron_…).
        text.headline = tr("Cron entry %1 could not be deleted.").arg(cronId);
        break;
    case Action::List:
        text.headline = tr("The server's list of crons could not be read.");
        break;
    }
    return text;
}

} // namespace dispatch
