// SPDX-License-Identifier: MIT
#include "gui/dialogs/PlainTextTokenPrompt.h"

#include "coro/CoroutineWakeup.h"

#include <QCheckBox>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>

namespace dispatch {

QCoro::Task<PlainTextTokenPrompt::Answer> PlainTextTokenPrompt::ask(QWidget* parent, QString profileName,
                                                                    QUrl url)
{
    QPointer<QMessageBox> box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("plainTextTokenWarning"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Warning);
    box->setWindowTitle(tr("Unencrypted connection"));
    box->setText(profileName.isEmpty()
                     ? tr(
                           //: Question before sending a token over ws://. %1 is the server's host name.
                           "Send the token unencrypted to %1?")
                           .arg(url.host())
                     : tr(
                           //: Question before sending a token over ws://. %1 is the server profile's name, %2
                           //: the server's host name.
                           "Send the token of “%1” unencrypted to %2?")
                           .arg(profileName, url.host()));
    box->setInformativeText(
        //: Explanation under the unencrypted-token question. %1 is the server's host name.
        tr("%1 uses ws://, not wss://. The token, and everything the monitor shows, would travel in "
           "plain text across the network, readable by anyone on the way. Use a wss:// address "
           "if the server offers one.")
            .arg(url.toDisplayString(QUrl::RemoveUserInfo)));
    QPushButton* send = box->addButton(tr("Send Unencrypted"), QMessageBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendUnencryptedButton"));
    QPushButton* cancel = box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(cancel);
    box->setEscapeButton(cancel);
    if (!profileName.isEmpty()) {
        auto* remember = new QCheckBox(tr("Do not ask again for this profile"), box);
        remember->setObjectName(QStringLiteral("rememberPlainTextAnswer"));
        box->setCheckBox(remember);
    }

    CoroutineWakeup wakeup;
    bool finished = false;
    Answer answer;
    const QMetaObject::Connection done = QObject::connect(box, &QDialog::finished, box, [&] {
        finished = true;
        answer.send = box->clickedButton() == send;
        answer.remember = answer.send && box->checkBox() && box->checkBox()->isChecked();
        wakeup.wake();
    });
    // Closed without an answer (its window went away): the connection is not made.
    const QMetaObject::Connection gone = QObject::connect(box, &QObject::destroyed, [&] {
        if (!finished) {
            finished = true;
            wakeup.wake();
        }
    });
    box->open();
    if (!finished)
        co_await wakeup.wait();
    // The box outlives this frame until its deferred deletion: nothing may call back into it.
    QObject::disconnect(done);
    QObject::disconnect(gone);
    co_return answer;
}

} // namespace dispatch
