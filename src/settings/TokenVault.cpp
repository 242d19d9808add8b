// SPDX-License-Identifier: MIT
#include "settings/TokenVault.h"

#include <QLoggingCategory>
#include <QPointer>

namespace dispatch {

Q_LOGGING_CATEGORY(lcTokens, "dispatch.tokens")

using Error = SecretStore::Error;

TokenVault::TokenVault(std::unique_ptr<SecretStore> store, QObject* parent)
    : QObject(parent), m_store(std::move(store))
{
}

TokenVault::~TokenVault() = default;

QString TokenVault::keyFor(const QString& profile)
{
    return QStringLiteral("server-profile:") + profile.trimmed().toLower();
}

bool TokenVault::isSessionOnly(const QString& profile) const
{
    return !m_keyringAvailable || m_sessionOnly.value(profile.trimmed().toLower());
}

bool TokenVault::note(const SecretStore::Result& result, bool probing)
{
    QString problem;
    Error error = result.error;
    // The probe reads an entry that does not exist; a working keyring says EntryNotFound. QtKeychain
    // without a D-Bus session bus says OtherError ("Unknown error"), so any failure there means no keyring.
    if (probing && error != Error::NoError && error != Error::EntryNotFound)
        error = Error::NoBackendAvailable;
    switch (error) {
    case Error::NoError:
    case Error::EntryNotFound:
        return true;
    case Error::NoBackendAvailable:
    case Error::NotImplemented:
        m_keyringAvailable = false;
        // Short enough for the status bar of a narrow window, in German too.
        //: Status bar, kept short. %1 is the keyring backend's message, or "no Secret Service or KWallet".
        problem = tr("No system keyring (%1): tokens are kept for this session only.")
                      .arg(result.message.isEmpty() ? tr("no Secret Service or KWallet") : result.message);
        break;
    case Error::AccessDeniedByUser:
    case Error::AccessDenied:
        //: Status bar. %1 is the keyring backend's message (often English, from the system).
        problem = tr("The system keyring refused access (%1). The token is kept for this session only.")
                      .arg(result.message);
        break;
    case Error::CouldNotDeleteEntry:
    case Error::OtherError:
        //: Status bar. %1 is the keyring backend's message (often English, from the system).
        problem = tr("The system keyring failed (%1). The token is kept for this session only.")
                      .arg(result.message);
        break;
    }
    // The backend's message, never a token.
    qCInfo(lcTokens) << "keyring:" << int(result.error) << result.message;
    if (problem != m_keyringProblem) {
        m_keyringProblem = problem;
        emit keyringProblemChanged(problem);
    }
    return false;
}

QCoro::Task<void> TokenVault::probe()
{
    if (!m_keyringAvailable)
        co_return;
    QPointer<TokenVault> self(this);
    const QString key = keyFor(QStringLiteral("~probe"));
    const SecretStore::Result result = co_await m_store->read(key);
    if (self)
        note(result, true);
}

QCoro::Task<QString> TokenVault::token(QString profile)
{
    const QString name = profile.trimmed().toLower();
    if (const auto it = m_sessionTokens.constFind(name); it != m_sessionTokens.constEnd())
        co_return *it;
    if (!m_keyringAvailable)
        co_return QString();
    QPointer<TokenVault> self(this);
    const QString key = keyFor(name);
    const SecretStore::Result result = co_await m_store->read(key);
    if (!self || !note(result))
        co_return QString();
    if (result.error == Error::NoError)
        m_sessionTokens.insert(name, result.secret);
    co_return result.secret;
}

QCoro::Task<TokenVault::Kept> TokenVault::setToken(QString profile, QString token)
{
    const QString name = profile.trimmed().toLower();
    if (token.isEmpty()) {
        co_await forget(name);
        co_return Kept::InKeyring;
    }
    m_sessionTokens.insert(name, token);
    if (!m_keyringAvailable) {
        m_sessionOnly.insert(name, true);
        co_return Kept::ForThisSessionOnly;
    }
    QPointer<TokenVault> self(this);
    const QString key = keyFor(name);
    const SecretStore::Result result = co_await m_store->write(key, token);
    if (!self)
        co_return Kept::ForThisSessionOnly;
    const bool stored = note(result);
    m_sessionOnly.insert(name, !stored);
    co_return stored ? Kept::InKeyring : Kept::ForThisSessionOnly;
}

void TokenVault::setSessionToken(const QString& profile, const QString& token)
{
    const QString name = profile.trimmed().toLower();
    m_sessionTokens.insert(name, token);
    m_sessionOnly.insert(name, true);
}

QCoro::Task<void> TokenVault::forget(QString profile)
{
    const QString name = profile.trimmed().toLower();
    m_sessionTokens.remove(name);
    m_sessionOnly.remove(name);
    if (!m_keyringAvailable)
        co_return;
    QPointer<TokenVault> self(this);
    const QString key = keyFor(name);
    const SecretStore::Result result = co_await m_store->remove(key);
    if (self)
        note(result);
}

QCoro::Task<void> TokenVault::rename(QString from, QString to)
{
    if (from.trimmed().compare(to.trimmed(), Qt::CaseInsensitive) == 0)
        co_return;
    QPointer<TokenVault> self(this);
    const QString token = co_await this->token(from);
    if (!self)
        co_return;
    co_await forget(from);
    if (self && !token.isEmpty())
        co_await setToken(to, token);
}

} // namespace dispatch
