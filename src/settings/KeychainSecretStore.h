// SPDX-License-Identifier: MIT
#pragma once

#include "settings/SecretStore.h"

#include <chrono>

namespace QKeychain {
class Job;
}

namespace dispatch {

// SecretStore over QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS, Credential Manager on
// Windows). Never QtKeychain's insecure fallback, which would put the token in a plain settings file.
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("dispatch-monitor"),
                                 std::chrono::milliseconds timeout = std::chrono::seconds(15));

    QCoro::Task<Result> read(QString key) override;
    QCoro::Task<Result> write(QString key, QString secret) override;
    QCoro::Task<Result> remove(QString key) override;

private:
    // Starts the job and resumes when it finishes, or after the timeout (a keyring daemon that never
    // answers must not leave a profile switch hanging). Takes ownership of the job.
    static QCoro::Task<Result> run(QKeychain::Job* job, std::chrono::milliseconds timeout);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};

} // namespace dispatch
