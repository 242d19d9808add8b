// SPDX-License-Identifier: MIT
#include "gui/views/SaveFileDialog.h"

#include <QFileDialog>

namespace dispatch {

void SaveFileDialog::open(QWidget* parent, const QString& title, const QString& suggestedName,
                          const QString& filters, const QString& objectName,
                          std::function<void(const QString& path)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, suggestedName, filters);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString& path) {
                         if (!path.isEmpty())
                             chosen(path);
                     });
    dialog->open();
}

} // namespace dispatch
