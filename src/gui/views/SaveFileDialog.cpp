// SPDX-License-Identifier: MIT
#include "gui/views/SaveFileDialog.h"

#include <QFileDialog>
#include <QRegularExpression>

namespace dispatch {

void SaveFileDialog::open(QWidget* parent, const QString& title, const QString& suggestedName,
                          const QString& filters, const QString& objectName,
                          std::function<void(const QString& path)> chosen)
{
    auto* dialog = new QFileDialog(parent, title, suggestedName, filters);
    dialog->setObjectName(objectName);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    // A name typed without an extension gets the chosen filter's, so the filter picks the format (the
    // callers choose it by the extension): "events" with "JSON (*.json)" chosen is saved as events.json.
    const auto suffixOf = [](const QString& filter) {
        static const QRegularExpression pattern(QStringLiteral("\\*\\.([A-Za-z0-9]+)"));
        return pattern.match(filter).captured(1);
    };
    dialog->setDefaultSuffix(suffixOf(dialog->selectedNameFilter()));
    QObject::connect(dialog, &QFileDialog::filterSelected, dialog, [dialog, suffixOf](const QString& filter) {
        dialog->setDefaultSuffix(suffixOf(filter));
    });
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [chosen = std::move(chosen)](const QString& path) {
                         if (!path.isEmpty())
                             chosen(path);
                     });
    dialog->open();
}

} // namespace dispatch
