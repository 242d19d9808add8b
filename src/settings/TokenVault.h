// SPDX-License-Identifier: MIT
#pragma once

#include "settings/SecretStore.h"

#include <QHash>
#include <QObject>
#include <memory>
#include <qcoro/qcorotask.h>

namespace dispatch {

// The tokens of the server profiles. Kept in the system keyring when there is one; always also in memory
// for this session, which is all there is when the keyring is missing or refuses. A token is never written
// to the settings file or a log.
class TokenVault : public QObject
{
    Q_OBJECT

public:
    enum class Kept
    {
        InKeyring,
        ForThisSessionOnly
    };

    explicit TokenVault(std::unique_ptr<SecretStore> store, QObject* parent = nullptr);
    ~TokenVault() override;

    // Asks the keyring once whether it works (reads an entry that does not exist), so that dialogs can say
    // where a token will go before one is typed.
    QCoro::Task<void> probe();
    // The profile's token: this session's, else the keyring's, else empty.
    QCoro::Task<QString> token(QString profile);
    // An empty token removes it.
    QCoro::Task<Kept> setToken(QString profile, QString token);
    QCoro::Task<void> forget(QString profile);
    // For this session only, whatever the keyring (the --demo profile's token).
    void setSessionToken(const QString& profile, const QString& token);
    // Under a new profile name; the old entry goes.
    QCoro::Task<void> rename(QString from, QString to);

    bool keyringAvailable() const { return m_keyringAvailable; }
    // Why tokens are not (all) in the keyring, in words for the profile dialog and the status bar.
    QString keyringProblem() const { return m_keyringProblem; }
    bool isSessionOnly(const QString& profile) const;

    static QString keyFor(const QString& profile);

signals:
    void keyringProblemChanged(const QString& problem);

private:
    // Records what an error means for the keyring as a whole; true when the keyring worked.
    bool note(const SecretStore::Result& result, bool probing = false);

    std::unique_ptr<SecretStore> m_store;
    QHash<QString, QString> m_sessionTokens; // profile → token, memory only
    QHash<QString, bool> m_sessionOnly;      // profiles whose token the keyring did not take
    bool m_keyringAvailable = true;
    QString m_keyringProblem;
};

} // namespace dispatch
