// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <functional>

class QWidget;

namespace dispatch {

// A Save dialog opened with open(), not QFileDialog::getSaveFileName(), whose static function runs a nested
// event loop: the window stays live, and `chosen` runs with the path once one is picked (never with an
// empty one). The dialog deletes itself when closed; `objectName` lets tests find it. A name typed without
// an extension gets the selected filter's (its first "*.ext").
class SaveFileDialog
{
public:
    static void open(QWidget* parent, const QString& title, const QString& suggestedName,
                     const QString& filters, const QString& objectName,
                     std::function<void(const QString& path)> chosen);
};

} // namespace dispatch
