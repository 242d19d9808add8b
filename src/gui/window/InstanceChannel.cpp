// SPDX-License-Identifier: MIT
#include "gui/window/InstanceChannel.h"

#include "protocol/TypeId.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTimer>
#include <memory>
#include <utility>

Q_LOGGING_CATEGORY(lcInstanceChannel, "dispatch.instance")

namespace dispatch {

namespace {

const QByteArray kOpen = QByteArrayLiteral("open ");
const QByteArray kOk = QByteArrayLiteral("ok\n");

// Closes `socket` after `ms` unless it is gone by then: a peer that never finishes its line is not waited
// for.
void closeAfter(QLocalSocket* socket, int ms)
{
    QTimer::singleShot(ms, socket, [socket] { socket->abort(); });
}

} // namespace

QString InstanceChannel::nameFor(const QString& settingsPath)
{
    QString directory = QStandardPaths::writableLocation(QStandardPaths::RuntimeLocation);
    if (directory.isEmpty())
        directory = QDir::tempPath();
    const QByteArray key =
        QCryptographicHash::hash(QDir::cleanPath(settingsPath).toUtf8(), QCryptographicHash::Sha256)
            .toHex()
            .left(12);
    const QString suffix = settingsPath.isEmpty() ? QString() : QLatin1Char('-') + QString::fromLatin1(key);
    return directory + QStringLiteral("/dispatch-monitor") + suffix + QStringLiteral(".sock");
}

QString InstanceChannel::problemWithId(const QString& id)
{
    using Kind = dwp::TypeId::Kind;
    const auto parsed = dwp::TypeId::parse(id);
    if (parsed &&
        (parsed->kind() == Kind::Job || parsed->kind() == Kind::WorkflowRun || parsed->kind() == Kind::Cron))
        return {};
    //: Why --open (or a monitor handing an id over) was refused. %1 is what was given.
    return tr("“%1” is not a job, run or cron id: they look like job_, wfrun_ or cron_ followed by 26 "
              "letters "
              "and digits.")
        .arg(id.left(80));
}

InstanceChannel::InstanceChannel(QString name, QObject* parent) : QObject(parent), m_name(std::move(name)) {}

InstanceChannel::~InstanceChannel() = default;

bool InstanceChannel::isListening() const
{
    return m_server && m_server->isListening();
}

void InstanceChannel::listen()
{
    if (isListening())
        return;
    if (!m_server) {
        m_server = new QLocalServer(this);
        m_server->setSocketOptions(QLocalServer::UserAccessOption);
        connect(m_server, &QLocalServer::newConnection, this, [this] {
            while (QLocalSocket* peer = m_server->nextPendingConnection())
                serve(peer);
        });
    }
    takeOverIfStale();
}

// Asks first whether someone answers on the name: a monitor that is running keeps it, and the socket file of
// one that crashed (nobody answers) is replaced. listen() alone cannot tell them apart: with
// UserAccessOption, QLocalServer binds in a private folder and renames the socket into place, over whatever
// file is there, so a second monitor would silently take the name from the first.
void InstanceChannel::takeOverIfStale()
{
    auto* probe = new QLocalSocket(this);
    connect(probe, &QLocalSocket::connected, this, [this, probe] {
        probe->deleteLater();
        qCInfo(lcInstanceChannel) << "another monitor listens on" << m_name << "; --open goes to it";
        emit listening(false);
    });
    connect(probe, &QLocalSocket::errorOccurred, this, [this, probe] {
        probe->deleteLater();
        QLocalServer::removeServer(m_name);
        listenNow();
    });
    probe->connectToServer(m_name);
}

void InstanceChannel::listenNow()
{
    const bool ok = m_server->listen(m_name);
    if (!ok)
        qCWarning(lcInstanceChannel) << "cannot listen on" << m_name << m_server->errorString();
    emit listening(ok);
}

void InstanceChannel::serve(QLocalSocket* peer)
{
    connect(peer, &QLocalSocket::disconnected, peer, &QObject::deleteLater);
    closeAfter(peer, kPeerTimeoutMs);
    connect(peer, &QLocalSocket::readyRead, this, [this, peer] {
        if (!peer->canReadLine()) {
            if (peer->bytesAvailable() > kMaxLineBytes) // no line end within the bound: not one of ours
                peer->abort();
            return;
        }
        answer(peer, peer->readLine(kMaxLineBytes + 1).trimmed());
    });
}

void InstanceChannel::answer(QLocalSocket* peer, const QByteArray& line)
{
    const QString id =
        line.startsWith(kOpen) ? QString::fromUtf8(line.mid(kOpen.size())).trimmed() : QString();
    const QString problem = line.startsWith(kOpen) ? problemWithId(id) : tr("Not a request to open an item.");
    if (!problem.isEmpty()) {
        peer->write(QByteArrayLiteral("bad ") + problem.toUtf8().replace('\n', ' ') + '\n');
        peer->disconnectFromServer();
        return;
    }
    peer->write(kOk);
    peer->disconnectFromServer();
    emit openRequested(id);
}

void InstanceChannel::handOver(const QString& id)
{
    auto* socket = new QLocalSocket(this);
    closeAfter(socket, kPeerTimeoutMs);
    // Said once, by whichever comes first: the answer, an error, or the end of the connection.
    const auto settled = std::make_shared<bool>(false);
    const auto settle = [this, socket, settled](bool taken, const QString& message) {
        if (std::exchange(*settled, true))
            return;
        socket->deleteLater();
        emit handedOver(taken, message);
    };
    connect(socket, &QLocalSocket::connected, this,
            [socket, id] { socket->write(kOpen + id.toUtf8() + '\n'); });
    connect(socket, &QLocalSocket::readyRead, this, [socket, settle] {
        if (!socket->canReadLine())
            return;
        const QByteArray reply = socket->readLine(kMaxLineBytes * 4).trimmed();
        settle(reply == "ok", QString::fromUtf8(reply.startsWith("bad ") ? reply.mid(4) : reply));
    });
    connect(socket, &QLocalSocket::disconnected, this, [settle] {
        //: Why --open starts a window of its own: the running one closed the channel without answering.
        settle(false, tr("The running monitor did not answer."));
    });
    connect(socket, &QLocalSocket::errorOccurred, this,
            [settle, socket] { settle(false, socket->errorString()); });
    socket->connectToServer(m_name);
}

} // namespace dispatch
