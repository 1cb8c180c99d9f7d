#pragma once

#include <QString>

// Salted, slow password hashes (libsodium's Argon2id, encoded with its parameters and salt).
class PasswordHasher
{
public:
    static QString hash(const QString &password);
    static bool verify(const QString &password, const QString &encodedHash);
};
