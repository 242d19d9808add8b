// SPDX-License-Identifier: MIT
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QUrl>

// The CLI tests run dispatchctl and dispatch-devserver as a user does: as processes.
namespace clitest {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// dispatchctl with `arguments`; exit code -1 when it did not finish within `timeoutMs` (then it is killed).
inline Run dispatchctl(const QStringList& arguments, int timeoutMs = 30000,
                       const QProcessEnvironment& environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(DISPATCHCTL_PATH), arguments);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return {};
    }
    return {process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

// A devserver process on a free port; the URL comes from its "listening on" line.
class DevServerProcess
{
public:
    explicit DevServerProcess(const QStringList& extraArguments)
    {
        m_process.start(QStringLiteral(DEVSERVER_PATH),
                        QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")} +
                            extraArguments);
        const QRegularExpression listening(QStringLiteral("listening on (ws://\\S+)"));
        while (m_url.isEmpty() && m_process.waitForReadyRead(10000)) {
            const auto match = listening.match(QString::fromUtf8(m_process.readAllStandardOutput()));
            if (match.hasMatch())
                m_url = match.captured(1);
        }
    }
    ~DevServerProcess()
    {
        m_process.terminate();
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished();
    }
    QString url() const { return m_url; }
    // http://HOST:PORT/dispatch: where the REST admin API is, as dispatchctl derives it.
    QString adminUrl() const
    {
        QUrl url(m_url);
        url.setScheme(QStringLiteral("http"));
        url.setPath(QStringLiteral("/dispatch"));
        return url.toString();
    }

private:
    QProcess m_process;
    QString m_url;
};

inline QJsonObject json(const QByteArray& line)
{
    return QJsonDocument::fromJson(line).object();
}

} // namespace clitest
