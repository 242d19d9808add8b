// SPDX-License-Identifier: MIT
#include "gui/dialogs/ConnectDialog.h"

#include "settings/ServerProfile.h"
#include "ui_ConnectDialog.h"

#include <QPushButton>
#include <QUrl>

namespace dispatch {

ConnectDialog::ConnectDialog(QWidget* parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectDialog>())
{
    m_ui->setupUi(this);
    m_ui->formatCombo->addItem(tr("JSON"), QVariant::fromValue(int(dwp::WireFormat::Json)));
    m_ui->formatCombo->addItem(tr("MessagePack"), QVariant::fromValue(int(dwp::WireFormat::Msgpack)));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    m_ui->problemLabel->setForegroundRole(QPalette::PlaceholderText);
    // The real server sends msgpack in text messages, which Qt's WebSocket refuses (dwp-protocol.md §2);
    // the client then falls back to JSON on its own, and the person should not be surprised by it.
    m_ui->formatNote->setText(
        tr("<small>MessagePack is smaller on the wire. Servers that send it as text frames cannot be read "
           "that way; the monitor then switches to JSON by itself and says so.</small>"));
    m_ui->formatNote->setVisible(false);
    connect(m_ui->urlEdit, &QLineEdit::textChanged, this, &ConnectDialog::updateState);
    connect(m_ui->showTokenBox, &QCheckBox::toggled, this, [this](bool show) {
        m_ui->tokenEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_ui->formatNote->setVisible(m_ui->formatCombo->currentData().toInt() ==
                                     int(dwp::WireFormat::Msgpack));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, [this] {
        if (isInputAcceptable())
            accept();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

ConnectDialog::~ConnectDialog() = default;

QString ConnectDialog::problemWithUrl(const QString& text)
{
    return problemWithServerUrl(text); // the same rules as a server profile's address
}

bool ConnectDialog::isInputAcceptable() const
{
    return problemWithUrl(m_ui->urlEdit->text()).isEmpty();
}

void ConnectDialog::updateState()
{
    const QString problem = problemWithUrl(m_ui->urlEdit->text());
    m_ui->problemLabel->setText(problem);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

ConnectionSettings ConnectDialog::settings() const
{
    ConnectionSettings settings = m_given;
    settings.url = QUrl(m_ui->urlEdit->text().trimmed());
    settings.token = m_ui->tokenEdit->text();
    settings.format = dwp::WireFormat(m_ui->formatCombo->currentData().toInt());
    return settings;
}

void ConnectDialog::setSettings(const ConnectionSettings& settings)
{
    m_given = settings;
    m_ui->urlEdit->setText(settings.url.toString());
    m_ui->tokenEdit->setText(settings.token);
    m_ui->formatCombo->setCurrentIndex(settings.format == dwp::WireFormat::Msgpack ? 1 : 0);
}

} // namespace dispatch
