// SPDX-License-Identifier: MIT
#include "gui/window/WindowStateKeeper.h"

#include "gui/pages/JobDetailPanel.h"
#include "gui/pages/JobsPage.h"
#include "gui/pages/RunDetailPanel.h"
#include "gui/pages/WorkflowsPage.h"
#include "gui/views/ColumnVisibilityMenu.h"
#include "gui/window/MainWindow.h"

#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QLineEdit>
#include <QScrollArea>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <algorithm>

namespace dispatch {

namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString pageKey = QStringLiteral("window/page");
const QString splitterPrefix = QStringLiteral("layout/splitter/");
const QString headerPrefix = QStringLiteral("layout/header/");
const QString filterPrefix = QStringLiteral("layout/filter/");
const QString selectedJobKey = QStringLiteral("layout/selection/job");
const QString selectedRunKey = QStringLiteral("layout/selection/run");
// The first release's groups.
const QString legacySplitters = QStringLiteral("splitters");
const QString legacyHiddenColumns = QStringLiteral("hiddenColumns");

// The page a tab holds: MainWindow puts each page in a scroll area, and the page's object name keys it.
QWidget* pageIn(QWidget* tab)
{
    auto* area = qobject_cast<QScrollArea*>(tab);
    return area && area->widget() ? area->widget() : tab;
}

// Named widgets of a kind inside a page; unnamed ones have no key and keep their defaults.
template<typename T>
QList<T*> named(QWidget* page)
{
    QList<T*> found = page->findChildren<T*>();
    found.removeIf([](const T* widget) { return widget->objectName().isEmpty(); });
    return found;
}

// A filter is a named line edit, combo box or checkable button with "Filter" in its name.
bool isFilter(const QWidget* widget)
{
    return widget->objectName().contains(QLatin1String("Filter"));
}

} // namespace

WindowStateKeeper::WindowStateKeeper(MainWindow* window, QSettings* settings)
    : QObject(window), m_window(window), m_settings(settings)
{
    window->installEventFilter(this);
}

QTabWidget* WindowStateKeeper::pages() const
{
    return m_window->findChild<QTabWidget*>(QStringLiteral("pages"));
}

void WindowStateKeeper::restoreWindow()
{
    m_window->restoreGeometry(m_settings->value(geometryKey).toByteArray());
    m_window->restoreState(m_settings->value(stateKey).toByteArray());
    restorePages();
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
        m_settings->setValue(pageKey, pageIn(current)->objectName());
    for (int index = 0; index < tabs->count(); ++index) {
        QWidget* page = tabs->widget(index);
        for (QSplitter* splitter : named<QSplitter>(page))
            m_settings->setValue(splitterPrefix + splitter->objectName(), splitter->saveState());
        for (QTableView* table : named<QTableView>(page))
            m_settings->setValue(headerPrefix + table->objectName(), table->horizontalHeader()->saveState());
        saveFilters(page);
    }
    // By id: selected again once a session has the row; until then the detail panes show the id.
    m_settings->setValue(selectedJobKey, m_window->jobsPage()->detailPanel()->jobId());
    m_settings->setValue(selectedRunKey, m_window->workflowsPage()->detailPanel()->runId());
    // Saved under the keys above now: the first release's keys have served.
    m_settings->remove(legacySplitters);
    m_settings->remove(legacyHiddenColumns);
    m_settings->sync();
}

void WindowStateKeeper::restorePages()
{
    QTabWidget* tabs = pages();
    if (!tabs)
        return;
    const QString wantedPage = m_settings->value(pageKey).toString();
    for (int index = 0; index < tabs->count(); ++index) {
        QWidget* page = pageIn(tabs->widget(index));
        // An object name; the first release wrote the page's class name.
        if (page->objectName() == wantedPage || QLatin1String(page->metaObject()->className()) == wantedPage)
            tabs->setCurrentIndex(index);
        for (QSplitter* splitter : named<QSplitter>(page)) {
            const QVariant state = m_settings->value(splitterPrefix + splitter->objectName());
            if (state.isValid())
                splitter->restoreState(state.toByteArray());
        }
        for (QTableView* table : named<QTableView>(page)) {
            ColumnVisibilityMenu::install(table->horizontalHeader());
            const QVariant state = m_settings->value(headerPrefix + table->objectName());
            if (state.isValid())
                table->horizontalHeader()->restoreState(state.toByteArray());
        }
        readLegacyLayout(page);
        restoreFilters(page);
    }
    m_window->jobsPage()->keepSelection(m_settings->value(selectedJobKey).toString());
    m_window->workflowsPage()->keepSelection(m_settings->value(selectedRunKey).toString());
}

void WindowStateKeeper::saveFilters(QWidget* page)
{
    for (QLineEdit* edit : named<QLineEdit>(page)) {
        if (isFilter(edit))
            m_settings->setValue(filterPrefix + edit->objectName(), edit->text());
    }
    for (QToolButton* button : named<QToolButton>(page)) {
        if (isFilter(button) && button->isCheckable())
            m_settings->setValue(filterPrefix + button->objectName(), button->isChecked());
    }
    for (QComboBox* combo : named<QComboBox>(page)) {
        // By text where the entries come from what was seen (queues), else by position (translated labels).
        if (isFilter(combo))
            m_settings->setValue(filterPrefix + combo->objectName(),
                                 combo->currentData().typeId() == QMetaType::QString
                                     ? QVariant(combo->currentData().toString())
                                     : QVariant(combo->currentIndex()));
    }
}

void WindowStateKeeper::restoreFilters(QWidget* page)
{
    const auto saved = [this](const QWidget* widget) {
        return m_settings->value(filterPrefix + widget->objectName());
    };
    for (QLineEdit* edit : named<QLineEdit>(page)) {
        if (isFilter(edit) && saved(edit).isValid())
            edit->setText(saved(edit).toString());
    }
    for (QToolButton* button : named<QToolButton>(page)) {
        if (isFilter(button) && button->isCheckable() && saved(button).isValid())
            button->setChecked(saved(button).toBool());
    }
    for (QComboBox* combo : named<QComboBox>(page)) {
        const QVariant value = saved(combo);
        if (!isFilter(combo) || !value.isValid())
            continue;
        // QSettings gives INI values back as text: a number is a position, anything else an entry's data.
        bool isIndex = false;
        const int index = value.toInt(&isIndex);
        if (isIndex && value.toString() == QString::number(index) && index < combo->count())
            combo->setCurrentIndex(std::max(0, index));
        else if (const int found = combo->findData(value.toString()); found >= 0)
            combo->setCurrentIndex(found); // a queue not seen yet in this session stays unfiltered
    }
}

void WindowStateKeeper::readLegacyLayout(QWidget* page)
{
    // "<page class>.<object name>", or "<page class>.QSplitter-<n>" for the splitters, which had no names
    // then (n counts the page's splitters in findChildren() order, the same order today).
    const QString prefix = QLatin1String(page->metaObject()->className()) + QLatin1Char('.');
    const QList<QSplitter*> splitters = page->findChildren<QSplitter*>();
    for (int i = 0; i < splitters.size(); ++i) {
        const QVariant state = m_settings->value(legacySplitters + QLatin1Char('/') + prefix +
                                                 QStringLiteral("QSplitter-") + QString::number(i));
        if (state.isValid() && !m_settings->contains(splitterPrefix + splitters[i]->objectName()))
            splitters[i]->restoreState(state.toByteArray());
    }
    for (QTableView* table : named<QTableView>(page)) {
        const QString hidden =
            m_settings->value(legacyHiddenColumns + QLatin1Char('/') + prefix + table->objectName())
                .toString();
        if (!hidden.isEmpty() && !m_settings->contains(headerPrefix + table->objectName()))
            applyLegacyHiddenColumns(table->horizontalHeader(), hidden);
    }
}

void WindowStateKeeper::applyLegacyHiddenColumns(QHeaderView* header, const QString& saved)
{
    // Column numbers, or "none" for "all shown" (overriding a table's own default hidden columns).
    const QStringList hidden = saved == u"none" ? QStringList() : saved.split(QLatin1Char(','));
    int shown = header->count();
    for (int column = 0; column < header->count(); ++column) {
        const bool hide = hidden.contains(QString::number(column)) && shown > 1;
        shown -= hide ? 1 : 0;
        header->setSectionHidden(column, hide);
    }
}

bool WindowStateKeeper::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window && event->type() == QEvent::Close) {
        saveWindow();
        savePages();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace dispatch
