#pragma once

#include <QString>

// Salted, slow password hashes (libsodium's Argon2id, encoded with its parameters and salt).
class PasswordHasher
{
public:
    // "$argon2id$v=19$m=...". Two hashes of one password differ (random salt).
    // Returns an empty string only when memory runs out.
    static QString hash(const QString &password);
    // False for a wrong password and for an empty or malformed hash.
    static bool verify(const QString &password, const QString &encodedHash);
    // A well-formed hash with this hasher's parameters that no password matches (its digest is not
    // one Argon2id gives for its salt), to verify against when a login is unknown: verify() then
    // does the same work as for a wrong password, so the time taken does not tell which logins
    // exist. Made without hashing anything, so the first unknown login costs no more than the next.
    static const QString &dummyHash();
    // True when the hash was made with other parameters (or is malformed): rehash at sign-in.
    static bool needsRehash(const QString &encodedHash);
};
