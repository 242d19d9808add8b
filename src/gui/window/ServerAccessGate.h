// SPDX-License-Identifier: MIT
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class QAbstractButton;
class QAction;
class QLabel;
class QWidget;

namespace dispatch {

class ServerAccess;

// The window's half of ServerAccess (issue 20 items 6 and 18). While the connection is down the rows are
// stale: a banner above the pages says since when (the Overview's zeros then do not read as a quiet server),
// and the menu actions that change the server are greyed out with the reason as their tooltip; so are those
// the token lacks the scope for, once a 403 told.
class ServerAccessGate : public QObject
{
    Q_OBJECT

public:
    // The banner is made here, a child of `bannerParent`, hidden until needed.
    explicit ServerAccessGate(QWidget* bannerParent, QObject* parent = nullptr);

    QLabel* banner() const { return m_banner; }
    // `action` sends `method` (a DWP method, e.g. job.enqueue); its tooltip now is the one it has when
    // allowed.
    void addAction(QAction* action, const QString& method);
    // The same for a button on a page (the Jobs page's Enqueue…, the Workflows page's Start Workflow…).
    void addButton(QAbstractButton* button, const QString& method);
    // The session on screen's access; null without a session (the actions stay as they are).
    void setAccess(ServerAccess* access);

private:
    struct Gated
    {
        QPointer<QObject> target; // a QAction or a QAbstractButton
        QString method;
        QString toolTip;
    };

    void update();

    QLabel* m_banner;
    QList<Gated> m_actions;
    QPointer<ServerAccess> m_access;
};

} // namespace dispatch
