// SPDX-License-Identifier: MIT
#include "gui/window/WindowStateKeeper.h"

#include "gui/views/ColumnVisibilityMenu.h"
#include "gui/window/MainWindow.h"

#include <QEvent>
#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace dispatch {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString pageKey = QStringLiteral("window/page");
const QString splitterGroup = QStringLiteral("splitters");
const QString columnsGroup = QStringLiteral("hiddenColumns");
} // namespace

WindowStateKeeper::WindowStateKeeper(MainWindow* window, QSettings* settings)
    : QObject(window), m_window(window), m_settings(settings)
{
    connect(window, &MainWindow::pagesAboutToBeDropped, this, &WindowStateKeeper::savePages);
    connect(window, &MainWindow::pagesBuilt, this, &WindowStateKeeper::restorePages);
    window->installEventFilter(this);
}

QTabWidget* WindowStateKeeper::pages() const
{
    return m_window->findChild<QTabWidget*>(QStringLiteral("pages"));
}

QString WindowStateKeeper::keyFor(QWidget* page, QWidget* widget, int position)
{
    const QString name = widget->objectName().isEmpty()
                             ? QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char('-') +
                                   QString::number(position)
                             : widget->objectName();
    return QString::fromLatin1(page->metaObject()->className()) + QLatin1Char('.') + name;
}

void WindowStateKeeper::restoreWindow()
{
    m_window->restoreGeometry(m_settings->value(geometryKey).toByteArray());
    m_window->restoreState(m_settings->value(stateKey).toByteArray());
}

void WindowStateKeeper::saveWindow()
{
    m_settings->setValue(geometryKey, m_window->saveGeometry());
    m_settings->setValue(stateKey, m_window->saveState());
    m_settings->sync();
}

void WindowStateKeeper::savePages()
{
    QTabWidget* tabs = pages();
    if (!tabs || tabs->count() == 0)
        return;
    if (QWidget* current = tabs->currentWidget())
        m_settings->setValue(pageKey, QString::fromLatin1(current->metaObject()->className()));
    for (int index = 0; index < tabs->count(); ++index) {
        QWidget* page = tabs->widget(index);
        const QList<QSplitter*> splitters = page->findChildren<QSplitter*>();
        for (int i = 0; i < splitters.size(); ++i)
            m_settings->setValue(splitterGroup + QLatin1Char('/') + keyFor(page, splitters[i], i),
                                 splitters[i]->saveState());
        const QList<QTableView*> tables = page->findChildren<QTableView*>();
        for (int i = 0; i < tables.size(); ++i) {
            QHeaderView* header = tables[i]->horizontalHeader();
            QStringList hidden;
            for (int column = 0; column < header->count(); ++column) {
                if (header->isSectionHidden(column))
                    hidden.append(QString::number(column));
            }
            // An explicit empty list: "all shown" must override a table's own default hidden columns.
            m_settings->setValue(columnsGroup + QLatin1Char('/') + keyFor(page, tables[i], i),
                                 hidden.isEmpty() ? QStringLiteral("none") : hidden.join(QLatin1Char(',')));
        }
    }
    m_settings->sync();
}

void WindowStateKeeper::restorePages()
{
    QTabWidget* tabs = pages();
    if (!tabs)
        return;
    const QString wantedPage = m_settings->value(pageKey).toString();
    for (int index = 0; index < tabs->count(); ++index) {
        QWidget* page = tabs->widget(index);
        if (QString::fromLatin1(page->metaObject()->className()) == wantedPage)
            tabs->setCurrentIndex(index);
        const QList<QSplitter*> splitters = page->findChildren<QSplitter*>();
        for (int i = 0; i < splitters.size(); ++i) {
            const QVariant state =
                m_settings->value(splitterGroup + QLatin1Char('/') + keyFor(page, splitters[i], i));
            if (state.isValid())
                splitters[i]->restoreState(state.toByteArray());
        }
        const QList<QTableView*> tables = page->findChildren<QTableView*>();
        for (int i = 0; i < tables.size(); ++i) {
            QHeaderView* header = tables[i]->horizontalHeader();
            ColumnVisibilityMenu::install(header);
            const QString saved =
                m_settings->value(columnsGroup + QLatin1Char('/') + keyFor(page, tables[i], i)).toString();
            if (saved.isEmpty())
                continue;
            const QStringList hidden = saved == u"none" ? QStringList() : saved.split(QLatin1Char(','));
            int shown = header->count();
            for (int column = 0; column < header->count(); ++column) {
                const bool hide = hidden.contains(QString::number(column)) && shown > 1;
                shown -= hide ? 1 : 0;
                header->setSectionHidden(column, hide);
            }
        }
    }
}

bool WindowStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close)
        saveWindow();
    return QObject::eventFilter(watched, event);
}

} // namespace dispatch
