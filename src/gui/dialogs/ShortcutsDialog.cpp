// SPDX-License-Identifier: MIT
#include "gui/dialogs/ShortcutsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dispatch {

namespace {

// "&Reconnect Now" → "Reconnect Now", "Connect…" stays: the words as the menu shows them.
QString withoutMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

QString nativeKeys(const QKeySequence& keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace

ShortcutsDialog::ShortcutsDialog(QWidget* parent) : QDialog(parent), m_table(new QTableWidget(0, 3, this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Where"), tr("Action"), tr("Keys")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}

void ShortcutsDialog::addRow(const QString& where, const QString& what, const QString& keys)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(where));
    m_table->setItem(row, 1, new QTableWidgetItem(what));
    m_table->setItem(row, 2, new QTableWidgetItem(keys));
}

void ShortcutsDialog::listActionsOf(const QMenuBar* menuBar)
{
    m_table->setRowCount(0);
    for (const QAction* menuAction : menuBar->actions()) {
        const QMenu* menu = menuAction->menu();
        if (!menu)
            continue;
        for (const QAction* action : menu->actions()) {
            if (action->isSeparator() || action->shortcut().isEmpty())
                continue;
            addRow(withoutMnemonic(menu->title()), withoutMnemonic(action->text()),
                   nativeKeys(action->shortcut()));
        }
    }
    // Keys no menu names.
    const QString gantt = tr("Workflow run timeline");
    const QString lists = tr("Jobs and Workflows lists");
    addRow(lists, tr("Copy the selected rows"), nativeKeys(QKeySequence::Copy));
    addRow(gantt, tr("Zoom in"), nativeKeys(QKeySequence(Qt::CTRL | Qt::Key_Plus)));
    addRow(gantt, tr("Zoom out"), nativeKeys(QKeySequence(Qt::CTRL | Qt::Key_Minus)));
    addRow(gantt, tr("Show the whole run"), nativeKeys(QKeySequence(Qt::CTRL | Qt::Key_0)));
    const QString dialogs = tr("Enqueue, Start Workflow and Publish dialogs");
    addRow(dialogs, tr("Send"), nativeKeys(QKeySequence(Qt::CTRL | Qt::Key_Return)));
    addRow(dialogs, tr("Close without sending"), nativeKeys(QKeySequence(Qt::Key_Escape)));
}

QString ShortcutsDialog::keysFor(const QString& what) const
{
    for (int row = 0; row < m_table->rowCount(); ++row) {
        if (m_table->item(row, 1)->text() == what)
            return m_table->item(row, 2)->text();
    }
    return {};
}

} // namespace dispatch
