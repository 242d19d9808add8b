// SPDX-License-Identifier: MIT
#include "gui/dialogs/ProfilesDialog.h"

#include "gui/dialogs/JobActionQuestion.h"
#include "gui/views/EnvironmentBadge.h"
#include "session/AdminApiAddress.h"
#include "settings/ServerProfiles.h"
#include "ui_ProfilesDialog.h"

#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace dispatch {

ProfilesDialog::ProfilesDialog(QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ProfilesDialog>())
{
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("JSON"), int(dwp::WireFormat::Json));
    m_ui->formatCombo->addItem(tr("MessagePack"), int(dwp::WireFormat::Msgpack));
    for (ServerEnvironment environment : allServerEnvironments)
        m_ui->environmentCombo->addItem(EnvironmentBadge::icon(environment, palette()),
                                        serverEnvironmentLabel(environment), int(environment));
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->tokenNote->setForegroundRole(QPalette::PlaceholderText);
    m_ui->plainTextBox->setToolTip(
        tr("Without this, the monitor asks before sending the token of this profile in plain text over "
           "ws:// to another machine."));

    m_ui->adminApiCombo->addItem(tr("Same host as the server"), int(AdminApiChoice::Location::Derived));
    m_ui->adminApiCombo->addItem(tr("At this address:"), int(AdminApiChoice::Location::Custom));
    m_ui->adminApiCombo->addItem(tr("Off"), int(AdminApiChoice::Location::Off));
    // The typed address needs the width; the choice is a few words.
    m_ui->adminApiCombo->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_ui->adminApiUrlEdit->setMinimumWidth(240);
    m_ui->adminApiCombo->setToolTip(
        tr("Dispatch's REST admin API gives the server's totals, retry, guarded cancel, dead letters and "
           "crons. It is usually served on the server's own host and port under /dispatch."));
    m_ui->adminApiBearerBox->setToolTip(
        tr("Dispatch's admin API has no authentication of its own. Turn this on when a proxy in front of it "
           "checks the same token as the server."));
    m_ui->totalsIntervalSpin->setRange(int(AdminApiChoice::kMinimumTotalsInterval.count()),
                                       int(AdminApiChoice::kMaximumTotalsInterval.count()));
    //: Unit after the number of seconds between two requests for the server's totals.
    m_ui->totalsIntervalSpin->setSuffix(tr(" s"));
    m_ui->totalsIntervalSpin->setToolTip(
        tr("How often the Overview asks the admin API for the server's totals while it is shown. The server "
           "lists every workflow run to count them, so ask gently."));
    m_ui->adminApiNote->setForegroundRole(QPalette::PlaceholderText);

    m_ui->historyDaysSpin->setRange(JournalRetention::kMinimumDays, JournalRetention::kMaximumDays);
    //: Unit after the number of days the journal keeps (e.g. "30 days").
    m_ui->historyDaysSpin->setSuffix(tr(" days"));
    m_ui->historyDaysSpin->setToolTip(
        tr("Older records of this profile's journal are deleted in the background, about once an hour."));
    m_ui->historySizeSpin->setRange(JournalRetention::kMinimumMegabytes, JournalRetention::kMaximumMegabytes);
    m_ui->historySizeSpin->setSingleStep(256);
    //: Unit after the journal's maximum size in megabytes (1 MB = 1 048 576 bytes).
    m_ui->historySizeSpin->setSuffix(tr(" MB"));
    m_ui->historySizeSpin->setToolTip(
        tr("When the journal's records take more than this, the oldest are deleted until they take less."));
    m_ui->journalSizeLabel->setObjectName(QStringLiteral("journalSizeLabel"));
    m_ui->journalSizeLabel->setForegroundRole(QPalette::PlaceholderText);
    m_ui->clearHistoryButton->setToolTip(
        tr("Delete everything this profile's journal holds. The monitor asks first."));
    connect(m_ui->clearHistoryButton, &QPushButton::clicked, this, &ProfilesDialog::askToClearHistory);

    connect(m_ui->profileList, &QListWidget::currentRowChanged, this, &ProfilesDialog::showDraft);
    connect(m_ui->addButton, &QPushButton::clicked, this, &ProfilesDialog::addProfile);
    connect(m_ui->removeButton, &QPushButton::clicked, this, &ProfilesDialog::removeProfile);
    connect(m_ui->addCurrentButton, &QPushButton::clicked, this, &ProfilesDialog::addCurrentConnection);
    m_ui->addCurrentButton->setVisible(false);
    for (QLineEdit* edit : {m_ui->nameEdit, m_ui->urlEdit, m_ui->adminApiUrlEdit})
        connect(edit, &QLineEdit::textEdited, this, &ProfilesDialog::storeForm);
    connect(m_ui->tokenEdit, &QLineEdit::textEdited, this, [this] {
        if (m_shown < 0)
            return;
        m_drafts[m_shown].tokenChanged = true;
        m_drafts[m_shown].token = m_ui->tokenEdit->text();
    });
    connect(m_ui->forgetTokenButton, &QToolButton::clicked, this, [this] {
        if (m_shown < 0)
            return;
        m_drafts[m_shown].tokenChanged = true;
        m_drafts[m_shown].token.clear();
        m_ui->tokenEdit->clear();
        m_ui->tokenEdit->setPlaceholderText(tr("The stored token will be removed"));
    });
    connect(m_ui->showTokenBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    for (QComboBox* combo : {m_ui->formatCombo, m_ui->environmentCombo, m_ui->adminApiCombo})
        connect(combo, &QComboBox::activated, this, &ProfilesDialog::storeForm);
    for (QCheckBox* box : {m_ui->plainTextBox, m_ui->adminApiBearerBox})
        connect(box, &QCheckBox::clicked, this, &ProfilesDialog::storeForm);
    for (QSpinBox* spin : {m_ui->totalsIntervalSpin, m_ui->historyDaysSpin, m_ui->historySizeSpin})
        connect(spin, &QSpinBox::valueChanged, this, &ProfilesDialog::storeForm);
    connect(m_ui->forgetCertificateButton, &QToolButton::clicked, this, [this] {
        const int row = m_ui->trustedList->currentRow();
        if (m_shown < 0 || row < 0)
            return;
        m_drafts[m_shown].profile.trustedCertificateSha256.removeAt(row);
        delete m_ui->trustedList->takeItem(row);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        for (int row = 0; row < m_drafts.size(); ++row) {
            if (!problemAt(row).isEmpty()) {
                m_ui->profileList->setCurrentRow(row);
                return;
            }
        }
        accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setKeyringProblem({});
    showDraft(-1);
}

ProfilesDialog::~ProfilesDialog() = default;

void ProfilesDialog::setProfiles(const QList<ServerProfile>& profiles, const QStringList& reservedNames)
{
    m_reserved = reservedNames;
    m_drafts.clear();
    m_removed.clear();
    m_shown = -1;
    m_ui->profileList->clear();
    for (const ServerProfile& profile : profiles) {
        m_drafts.append({profile.name, profile, false, {}});
        m_ui->profileList->addItem(QString());
        refreshRow(int(m_drafts.size()) - 1);
    }
    m_ui->profileList->setCurrentRow(m_drafts.isEmpty() ? -1 : 0);
    updateState();
}

void ProfilesDialog::setKeyringProblem(const QString& problem)
{
    m_keyringProblem = problem;
    m_ui->tokenNote->setText(problem.isEmpty()
                                 ? tr("Tokens are kept in the system keyring, never in the settings file.")
                                 : problem);
}

void ProfilesDialog::selectProfile(const QString& name)
{
    for (int row = 0; row < m_drafts.size(); ++row) {
        if (m_drafts[row].profile.name == name)
            m_ui->profileList->setCurrentRow(row);
    }
}

void ProfilesDialog::offerCurrentConnection(const ServerProfile& connection, const QString& token)
{
    ProfileDraft draft;
    draft.profile = connection;
    draft.tokenChanged = !token.isEmpty();
    draft.token = token;
    draft.fromCurrentConnection = true;
    m_currentConnection = draft;
    m_ui->addCurrentButton->setVisible(true);
    m_ui->addCurrentButton->setEnabled(true);
}

QString ProfilesDialog::problemAt(int row) const
{
    ServerProfiles others;
    QList<ServerProfile> list;
    for (const QString& name : m_reserved) {
        ServerProfile reserved;
        reserved.name = name;
        list.append(reserved);
    }
    for (int i = 0; i < m_drafts.size(); ++i) {
        if (i != row)
            list.append(m_drafts[i].profile);
    }
    others.setAll(list);
    return others.problemWith(m_drafts[row].profile);
}

void ProfilesDialog::showDraft(int row)
{
    m_shown = row;
    const bool editing = row >= 0 && row < m_drafts.size();
    for (QWidget* field :
         {static_cast<QWidget*>(m_ui->nameEdit), static_cast<QWidget*>(m_ui->urlEdit),
          static_cast<QWidget*>(m_ui->formatCombo), static_cast<QWidget*>(m_ui->environmentCombo),
          static_cast<QWidget*>(m_ui->tokenEdit), static_cast<QWidget*>(m_ui->plainTextBox),
          static_cast<QWidget*>(m_ui->forgetTokenButton), static_cast<QWidget*>(m_ui->trustedList),
          static_cast<QWidget*>(m_ui->forgetCertificateButton), static_cast<QWidget*>(m_ui->removeButton),
          static_cast<QWidget*>(m_ui->adminApiCombo), static_cast<QWidget*>(m_ui->adminApiUrlEdit),
          static_cast<QWidget*>(m_ui->adminApiBearerBox), static_cast<QWidget*>(m_ui->totalsIntervalSpin),
          static_cast<QWidget*>(m_ui->historyDaysSpin), static_cast<QWidget*>(m_ui->historySizeSpin)})
        field->setEnabled(editing);
    m_ui->trustedList->clear();
    if (!editing) {
        m_ui->nameEdit->clear();
        m_ui->urlEdit->clear();
        m_ui->tokenEdit->clear();
        m_ui->adminApiUrlEdit->clear();
        m_ui->adminApiNote->clear();
        showJournal();
        updateState();
        return;
    }
    const ProfileDraft& draft = m_drafts[row];
    m_ui->nameEdit->setText(draft.profile.name);
    m_ui->urlEdit->setText(draft.profile.url.toString());
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(int(draft.profile.format)));
    m_ui->environmentCombo->setCurrentIndex(m_ui->environmentCombo->findData(int(draft.profile.environment)));
    m_ui->plainTextBox->setChecked(draft.profile.plainTextTokenAllowed);
    m_ui->tokenEdit->setText(draft.tokenChanged ? draft.token : QString());
    m_ui->tokenEdit->setPlaceholderText(draft.originalName.isEmpty()
                                            ? tr("API token (empty for servers without authentication)")
                                            : tr("Unchanged (type to replace the stored token)"));
    for (const QByteArray& digest : draft.profile.trustedCertificateSha256)
        m_ui->trustedList->addItem(QStringLiteral("SHA-256 ") + QString::fromLatin1(digest.toHex(':')));
    m_ui->forgetCertificateButton->setEnabled(!draft.profile.trustedCertificateSha256.isEmpty());
    showAdminApi(draft.profile.adminApi);
    {
        const QSignalBlocker blockDays(m_ui->historyDaysSpin); // showing is not editing
        const QSignalBlocker blockSize(m_ui->historySizeSpin);
        m_ui->historyDaysSpin->setValue(draft.profile.retention.maxAgeDays);
        m_ui->historySizeSpin->setValue(draft.profile.retention.maxMegabytes);
    }
    showJournal();
    updateState();
}

void ProfilesDialog::storeForm()
{
    if (m_shown < 0)
        return;
    ServerProfile& profile = m_drafts[m_shown].profile;
    profile.name = m_ui->nameEdit->text().trimmed();
    profile.url = QUrl(m_ui->urlEdit->text().trimmed(), QUrl::StrictMode);
    profile.format = dwp::WireFormat(m_ui->formatCombo->currentData().toInt());
    profile.environment = ServerEnvironment(m_ui->environmentCombo->currentData().toInt());
    profile.plainTextTokenAllowed = m_ui->plainTextBox->isChecked();
    // A mistyped URL must be named, not silently become an empty one.
    if (!m_ui->urlEdit->text().trimmed().isEmpty() && !profile.url.isValid())
        profile.url = QUrl(m_ui->urlEdit->text().trimmed(), QUrl::TolerantMode);
    storeAdminApi(profile.adminApi);
    // The spin boxes keep to JournalRetention's ranges: a value outside cannot be typed.
    profile.retention.maxAgeDays = m_ui->historyDaysSpin->value();
    profile.retention.maxMegabytes = m_ui->historySizeSpin->value();
    refreshRow(m_shown);
    updateAdminApiNote();
    updateState();
}

void ProfilesDialog::showAdminApi(const AdminApiChoice& choice)
{
    const QSignalBlocker blockSpin(m_ui->totalsIntervalSpin); // showing is not editing
    m_ui->adminApiCombo->setCurrentIndex(m_ui->adminApiCombo->findData(int(choice.location)));
    m_ui->adminApiUrlEdit->setText(choice.url.toString());
    m_ui->adminApiBearerBox->setChecked(choice.sendTokenAsBearer);
    m_ui->totalsIntervalSpin->setValue(int(choice.totalsInterval.count()));
    updateAdminApiNote();
}

void ProfilesDialog::storeAdminApi(AdminApiChoice& choice) const
{
    choice.location = AdminApiChoice::Location(m_ui->adminApiCombo->currentData().toInt());
    const QString typed = m_ui->adminApiUrlEdit->text().trimmed();
    choice.url = QUrl(typed, QUrl::StrictMode);
    if (!typed.isEmpty() && !choice.url.isValid())
        choice.url = QUrl(typed, QUrl::TolerantMode); // named by problemAt(), not silently dropped
    choice.sendTokenAsBearer = m_ui->adminApiBearerBox->isChecked();
    choice.totalsInterval = std::chrono::seconds(m_ui->totalsIntervalSpin->value());
}

void ProfilesDialog::updateAdminApiNote()
{
    if (m_shown < 0)
        return;
    const ServerProfile& profile = m_drafts[m_shown].profile;
    const AdminApiChoice& choice = profile.adminApi;
    const bool off = choice.location == AdminApiChoice::Location::Off;
    m_ui->adminApiUrlEdit->setVisible(choice.location == AdminApiChoice::Location::Custom);
    m_ui->adminApiBearerBox->setEnabled(!off);
    m_ui->totalsIntervalSpin->setEnabled(!off);
    const QUrl url = AdminApiAddress::resolve(choice, profile.url);
    QStringList note;
    if (off)
        note.append(tr("Without the admin API the monitor shows no server totals and cannot retry jobs, "
                       "replay dead letters or switch crons off."));
    else if (url.isValid() && !url.host().isEmpty()) {
        //: In the profile dialog. %1 is the admin API's address, e.g. http://host:8080/dispatch.
        note.append(tr("The admin API is expected at %1.").arg(url.toDisplayString()));
        if (!choice.sendTokenAsBearer && !isLoopbackHost(url.host()))
            note.append(
                tr("Dispatch's admin API has no authentication: anyone who can reach that address can "
                   "retry, cancel, replay, purge and delete, unless a proxy in front of it checks a "
                   "token."));
    }
    m_ui->adminApiNote->setText(note.join(QLatin1Char(' ')));
}

void ProfilesDialog::setJournalState(JournalStateOf stateOf)
{
    m_journalStateOf = std::move(stateOf);
    showJournal();
}

void ProfilesDialog::refreshJournal(const QString& profile, const QString& result)
{
    if (result.isEmpty())
        m_journalResults.remove(profile);
    else
        m_journalResults.insert(profile, result);
    showJournal();
}

void ProfilesDialog::showJournal()
{
    const bool editing = m_shown >= 0 && m_shown < m_drafts.size();
    const QString profile = editing ? m_drafts[m_shown].originalName : QString();
    const std::optional<ProfileJournalState> state =
        m_journalStateOf && !profile.isEmpty() ? m_journalStateOf(profile) : std::nullopt;
    QString text;
    if (!editing)
        text.clear();
    else if (profile.isEmpty())
        text = tr("A new profile has no history yet.");
    else if (!state)
        text = tr("This monitor keeps no journal files (DISPATCH_MONITOR_JOURNAL_DIR is off, or the "
                  "built-in demo).");
    else if (state->bytesOnDisk == 0)
        text = tr("Its journal holds nothing yet.");
    else {
        const QString size =
            locale().formattedDataSize(state->bytesOnDisk, 1, QLocale::DataSizeTraditionalFormat);
        if (state->freeBytes > 0)
            //: In the profile dialog. %1 is the journal's size on disk, %2 how much of it pruning freed
            //: (e.g. "1.2 GB", "340.5 MB").
            text =
                tr("Its journal takes %1 on disk, of which %2 are free pages that new records reuse before "
                   "the file grows.")
                    .arg(size,
                         locale().formattedDataSize(state->freeBytes, 1, QLocale::DataSizeTraditionalFormat));
        else
            //: In the profile dialog. %1 is the journal's size on disk (e.g. "1.2 GB").
            text = tr("Its journal takes %1 on disk.").arg(size);
    }
    if (const QString result = m_journalResults.value(profile); editing && !result.isEmpty())
        text += QLatin1Char(' ') + result;
    m_ui->journalSizeLabel->setText(text);
    m_ui->clearHistoryButton->setEnabled(editing && state.has_value() && state->bytesOnDisk > 0);
}

void ProfilesDialog::askToClearHistory()
{
    if (m_shown < 0 || m_drafts[m_shown].originalName.isEmpty())
        return;
    const QString profile = m_drafts[m_shown].originalName;
    JobActionQuestion asked = JobActionQuestion::make(
        QStringLiteral("clearHistoryConfirmation"), tr("Clear History"),
        //: Question before emptying a profile's journal. %1 is the profile's name.
        tr("Clear the history of “%1”?").arg(profile),
        tr("Every event, connection gap, stats sample, lookup and operator action this monitor kept for the "
           "profile is deleted from its journal. A later session no longer opens with them, and the Stats "
           "page's long windows start again. The server is not touched.\n\nThis cannot be taken back."),
        tr("Clear History"), tr("Keep History"), this);
    connect(asked.action, &QPushButton::clicked, this, [this, profile] {
        //: In the profile dialog while a journal is being emptied.
        refreshJournal(profile, tr("Clearing…"));
        emit clearHistoryRequested(profile);
    });
    asked.box->open();
}

void ProfilesDialog::refreshRow(int row)
{
    QListWidgetItem* item = m_ui->profileList->item(row);
    const ServerProfile& profile = m_drafts[row].profile;
    item->setText(profile.name.isEmpty() ? tr("(unnamed)") : profile.name);
    item->setIcon(EnvironmentBadge::icon(profile.environment, palette()));
}

void ProfilesDialog::updateState()
{
    QString problem;
    if (m_shown >= 0)
        problem = problemAt(m_shown);
    int firstBad = -1;
    for (int row = 0; row < m_drafts.size() && firstBad < 0; ++row) {
        if (!problemAt(row).isEmpty())
            firstBad = row;
    }
    if (problem.isEmpty() && firstBad >= 0)
        //: Under the profile list of the Server Profiles dialog. %1 is the profile's name (or "(unnamed)"),
        //: %2 the sentence saying what is wrong with it.
        problem = tr("Profile “%1” needs attention: %2")
                      .arg(m_drafts[firstBad].profile.name.isEmpty() ? tr("(unnamed)")
                                                                     : m_drafts[firstBad].profile.name,
                           problemAt(firstBad));
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(firstBad < 0);
}

int ProfilesDialog::appendDraft(const ProfileDraft& draft)
{
    m_drafts.append(draft);
    m_ui->profileList->addItem(QString());
    const int row = int(m_drafts.size()) - 1;
    refreshRow(row);
    m_ui->profileList->setCurrentRow(row);
    return row;
}

void ProfilesDialog::addProfile()
{
    appendDraft(ProfileDraft{});
    m_ui->nameEdit->setFocus();
}

void ProfilesDialog::addCurrentConnection()
{
    if (!m_currentConnection)
        return;
    ProfileDraft draft = *m_currentConnection;
    // The host as the name, made unique ("host 2") so that the draft is valid as it stands.
    const QString host = draft.profile.url.host().isEmpty() ? tr("New server") : draft.profile.url.host();
    draft.profile.name = host;
    appendDraft(draft);
    for (int suffix = 2; !problemAt(m_shown).isEmpty() && suffix < 100; ++suffix)
        m_drafts[m_shown].profile.name = QStringLiteral("%1 %2").arg(host, QString::number(suffix));
    showDraft(m_shown);
    refreshRow(m_shown);
    // Once: a second copy of the same connection would only be a duplicate to clean up.
    m_ui->addCurrentButton->setEnabled(false);
    m_ui->nameEdit->setFocus();
    m_ui->nameEdit->selectAll();
}

void ProfilesDialog::removeProfile()
{
    const int row = m_shown;
    if (row < 0)
        return;
    if (!m_drafts[row].originalName.isEmpty())
        m_removed.append(m_drafts[row].originalName);
    m_drafts.removeAt(row);
    m_shown = -1;
    delete m_ui->profileList->takeItem(row);
    showDraft(m_ui->profileList->currentRow());
}

} // namespace dispatch
