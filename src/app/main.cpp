// SPDX-License-Identifier: MIT
#include <QApplication>
#include <QLabel>

// Until the GUI issue lands this is an honest placeholder: it says what exists and opens nothing more.
int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Dispatch Monitor"));
    QLabel window(QObject::tr("<h2>Dispatch Monitor</h2>"
                              "<p>The monitor's pages are not built yet.</p>"
                              "<p>This build holds the DWP protocol layer and <tt>dispatchctl frame</tt>; "
                              "the demo server, client and live views follow.</p>"));
    window.setWindowTitle(QObject::tr("Dispatch Monitor"));
    window.setMargin(24);
    window.resize(520, 220);
    window.show();
    return QApplication::exec();
}
