// SPDX-License-Identifier: MIT
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTemporaryDir>
#include <memory>

class QSettings;

namespace dispatch {

// The monitor's settings file (profiles without secrets, window layout). When the file cannot be read or
// is not valid INI, the monitor says so and runs on what could be read, writing changes to a scratch copy
// for the session: the operator's file is left exactly as it was, to be fixed by hand, never overwritten.
class SettingsFile
{
    Q_DECLARE_TR_FUNCTIONS(SettingsFile)

public:
    // `path` empty: the platform's place (~/.config/dispatch-monitor/dispatch-monitor.conf on Linux).
    explicit SettingsFile(const QString& path = {});
    ~SettingsFile();

    // Read and write through this; it is the scratch copy when problem() is set.
    QSettings& settings() { return *m_settings; }
    QString fileName() const { return m_fileName; }
    // What is wrong with the file as a whole, naming it; empty when it was read.
    QString problem() const { return m_problem; }
    bool savesToFile() const { return m_problem.isEmpty(); }
    // Writes pending changes now; returns what went wrong, or an empty string.
    QString sync();

private:
    static QString readProblem(const QString& fileName);
    void switchToScratchCopy(QSettings& original);

    QString m_fileName;
    QString m_problem;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<QTemporaryDir> m_scratch;
};

} // namespace dispatch
