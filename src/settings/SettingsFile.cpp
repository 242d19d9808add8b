// SPDX-License-Identifier: MIT
#include "settings/SettingsFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace dispatch {

// QSettings reports an unreadable file only sometimes (and never to root, who reads anything), so the file
// is opened once by hand as well.
QString SettingsFile::readProblem(const QString& fileName)
{
    const QFileInfo info(fileName);
    if (!info.exists())
        return {};
    if (info.isDir())
        //: Shown at start in the status bar. %1 is the path of the settings file.
        return tr("The settings file %1 cannot be read: it is a folder.").arg(fileName);
    QFile file(fileName);
    if (!file.open(QIODevice::ReadOnly))
        //: Shown at start in the status bar. %1 is the path of the settings file, %2 the system's reason
        //: (e.g. "Permission denied").
        return tr("The settings file %1 cannot be read: %2.").arg(fileName, file.errorString());
    return {};
}

SettingsFile::SettingsFile(const QString& path)
{
    auto original = path.isEmpty() ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                                 QStringLiteral("dispatch-monitor"),
                                                                 QStringLiteral("dispatch-monitor"))
                                   : std::make_unique<QSettings>(path, QSettings::IniFormat);
    m_fileName = original->fileName();
    m_problem = readProblem(m_fileName);
    if (m_problem.isEmpty()) {
        switch (original->status()) {
        case QSettings::NoError:
            break;
        case QSettings::AccessError:
            //: Shown at start in the status bar. %1 is the path of the settings file.
            m_problem = tr("The settings file %1 cannot be read (access denied).").arg(m_fileName);
            break;
        case QSettings::FormatError:
            //: Shown at start in the status bar. %1 is the path of the settings file.
            m_problem = tr("The settings file %1 is not a valid settings (INI) file; what could be read is "
                           "used.")
                            .arg(m_fileName);
            break;
        }
    }
    if (m_problem.isEmpty()) {
        m_settings = std::move(original);
        return;
    }
    m_problem += QLatin1Char(' ') + tr("Changes made in this session are not saved, so that the file stays "
                                       "as it is; fix or remove it and restart.");
    switchToScratchCopy(*original);
}

SettingsFile::~SettingsFile() = default;

void SettingsFile::switchToScratchCopy(QSettings& original)
{
    m_scratch = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_scratch->filePath(QStringLiteral("session.conf")),
                                             QSettings::IniFormat);
    for (const QString& key : original.allKeys())
        m_settings->setValue(key, original.value(key));
}

QString SettingsFile::sync()
{
    m_settings->sync();
    if (m_settings->status() != QSettings::NoError && savesToFile())
        //: Shown in the status bar when saving failed. %1 is the path of the settings file.
        return tr("The settings could not be written to %1.").arg(m_fileName);
    return {};
}

} // namespace dispatch
