// SPDX-License-Identifier: MIT
#pragma once

#include "devserver/DevServer.h"
#include "gui/views/FilterFieldDelay.h"
#include "gui/window/MainWindow.h"
#include "protocol/ClientOptions.h"
#include "support/AdvanceClock.h"

#include <QAbstractButton>
#include <QApplication>
#include <QContextMenuEvent>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <functional>
#include <memory>

// Helpers for the window tests, which drive the monitor against an in-process devserver.
namespace guitest {

using testsupport::advanceUntil;

// The open dialog of a type: closed ones linger until their deferred deletion runs.
template<typename T>
T* openDialog(QWidget* window)
{
    const QList<T*> dialogs = window->findChildren<T*>();
    for (T* dialog : dialogs) {
        if (dialog->isVisible())
            return dialog;
    }
    return nullptr;
}

// A main window of its own connecting with `options`, shown, exposed and active (so that its shortcuts reach
// its actions); null when it was never exposed. It does not wait for the connection.
inline std::unique_ptr<dispatch::MainWindow> showWindowConnectingTo(const dispatch::ClientOptions& options)
{
    auto window = std::make_unique<dispatch::MainWindow>();
    window->connectTo(options);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        return {};
    QApplication::setActiveWindow(window.get());
    return window;
}

// Presses a window shortcut; the window must be the active one for it to reach its actions.
inline void pressShortcut(QWidget* window, Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    QTest::keyClick(window, key, modifiers);
}

// Waits until what was typed into a filter field applies: a FilterFieldDelay applies it once the typing
// pauses. False when it still waits after 5 s; a field without one applies what is typed at once.
[[nodiscard]] inline bool awaitTypedFilter(QWidget* field)
{
    const auto* delay = field->findChild<dispatch::FilterFieldDelay*>(QString(), Qt::FindDirectChildrenOnly);
    return !delay || QTest::qWaitFor([delay] { return !delay->isPending(); }, 5000);
}

// Replaces a text field's content the way a person does: select all, type. A filter field's list is
// filtered on return (awaitTypedFilter).
inline void retype(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    if (!text.isEmpty())
        QTest::keyClicks(field, text);
    QVERIFY2(awaitTypedFilter(field), "the typed filter to apply within 5 s");
}

// Answers the next message box that opens by clicking the button with `buttonText`; returns its
// informative text through `informative`.
inline void answerNextMessageBox(QObject* context, const QString& buttonText, QString* informative)
{
    QTimer::singleShot(0, context, [buttonText, informative] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        if (!box)
            return;
        if (informative)
            *informative = box->informativeText();
        for (QAbstractButton* button : box->buttons()) {
            if (button->text() == buttonText) {
                QTest::mouseClick(button, Qt::LeftButton);
                return;
            }
        }
    });
}

// The id of the row a table marks as current and selected; empty when no row is both.
inline QString selectedRowId(const QTableView* table, int idRole)
{
    const QModelIndexList rows = table->selectionModel()->selectedRows();
    const QModelIndex current = table->currentIndex();
    if (rows.size() != 1 || !current.isValid() || rows.first().row() != current.row())
        return {};
    return current.data(idRole).toString();
}

// Clicks a header section the way a person does (sorts by that column where sorting is on).
inline void clickHeader(QHeaderView* header, int section)
{
    const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
}

// Hides a column the way a person does: the header's context menu, then a click on the column's entry.
inline bool hideColumnWithHeaderMenu(QHeaderView* header, int column)
{
    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, QPoint(10, 5),
                                header->viewport()->mapToGlobal(QPoint(10, 5)));
    QApplication::sendEvent(header->viewport(), &menuEvent);
    QMenu* menu = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] { return (menu = header->findChild<QMenu*>(QStringLiteral("columnMenu"))) && menu->isVisible(); },
        5000); // the column menu to open
    if (!shown || column >= menu->actions().size())
        return false;
    QAction* action = menu->actions().at(column);
    QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(action).center());
    return header->isSectionHidden(column);
}

} // namespace guitest
