// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <qcoro/qcorotask.h>

namespace dispatch {

// Where tokens are kept between sessions: the system keyring through QtKeychain in the app
// (KeychainSecretStore), a fake with the same error codes in tests. Every operation is a task, so that a
// keyring that asks the user, or a slow D-Bus, never blocks the GUI thread.
class SecretStore
{
public:
    // QKeychain::Error's codes, with the same values, so that a fake can answer exactly like QtKeychain.
    enum class Error
    {
        NoError = 0,
        EntryNotFound,
        CouldNotDeleteEntry,
        AccessDeniedByUser,
        AccessDenied,
        NoBackendAvailable,
        NotImplemented,
        OtherError
    };

    struct Result
    {
        Error error = Error::NoError;
        QString message; // the backend's words for an error
        QString secret;  // read() only
    };

    virtual ~SecretStore() = default;

    virtual QCoro::Task<Result> read(QString key) = 0;
    virtual QCoro::Task<Result> write(QString key, QString secret) = 0;
    virtual QCoro::Task<Result> remove(QString key) = 0;
};

} // namespace dispatch
