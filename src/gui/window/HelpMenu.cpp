// SPDX-License-Identifier: MIT
#include "gui/window/HelpMenu.h"

#include "gui/dialogs/ShortcutsDialog.h"

#include <QCoreApplication>
#include <QMainWindow>
#include <QMenuBar>
#include <QMessageBox>

namespace dispatch {

HelpMenu::HelpMenu(QMainWindow* window) : QObject(window), m_window(window)
{
    QMenu* help = window->menuBar()->addMenu(tr("&Help"));
    QAction* shortcuts = help->addAction(tr("&Keyboard Shortcuts"), this, &HelpMenu::showShortcuts);
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    help->addSeparator();
    QAction* about = help->addAction(tr("&About Dispatch Monitor"), this, &HelpMenu::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

ShortcutsDialog* HelpMenu::shortcutsDialog() const
{
    return m_shortcuts;
}

QMessageBox* HelpMenu::aboutBox() const
{
    return m_about;
}

void HelpMenu::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_window);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    // Read when shown: pages and actions added since (or a language switched) are in it.
    m_shortcuts->listActionsOf(m_window->menuBar());
    m_shortcuts->open();
    m_shortcuts->raise();
}

void HelpMenu::showAbout()
{
    if (!m_about) {
        m_about = new QMessageBox(m_window);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
        m_about->setObjectName(QStringLiteral("aboutBox"));
        m_about->setWindowTitle(tr("About Dispatch Monitor"));
        m_about->setIcon(QMessageBox::Information);
        m_about->setTextFormat(Qt::RichText);
        //: The About box's heading. %1 is the version number, e.g. 0.1.0.
        m_about->setText(QStringLiteral("<b>%1</b>")
                             .arg(tr("Dispatch Monitor %1").toHtmlEscaped())
                             .arg(QCoreApplication::applicationVersion().toHtmlEscaped()));
        //: The About box's text. %1 is the Qt version the app runs on, e.g. 6.4.2.
        m_about->setInformativeText(
            tr("Watches the jobs and workflow runs of a Dispatch server over the Dispatch Wire Protocol and "
               "its "
               "REST admin API, and lets an operator enqueue, retry, cancel and publish. Built with Qt %1. "
               "Free software under the MIT licence.")
                .arg(QString::fromLatin1(qVersion())));
        m_about->setStandardButtons(QMessageBox::Close);
    }
    m_about->open();
    m_about->raise();
}

} // namespace dispatch
