#include "passwordhasher.h"

#include <QByteArray>

#include <sodium.h>

#include <mutex>

namespace {

bool sodiumReady()
{
    static std::once_flag once;
    static bool ready = false;
    std::call_once(once, [] { ready = sodium_init() >= 0; });
    return ready;
}

// Argon2id with OWASP's recommended minimum (19 MiB of memory, 2 passes, 1 lane): slow enough
// against guessing, and it keeps a command-line export that signs in well under 64 MB of memory.
constexpr unsigned long long kOpsLimit = 2;
constexpr size_t kMemLimit = 19u * 1024u * 1024u;

} // namespace

QString PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return QString();
    const QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()),
                          kOpsLimit, kMemLimit)
        != 0) {
        return QString();   // out of memory
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &password, const QString &encodedHash)
{
    if (encodedHash.isEmpty() || !sodiumReady())
        return false;
    const QByteArray encoded = encodedHash.toLatin1();
    // libsodium reads a NUL-terminated string of less than crypto_pwhash_STRBYTES bytes.
    if (encoded.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES)
        || encoded.contains('\0')) {
        return false;
    }
    const QByteArray utf8 = password.toUtf8();
    return crypto_pwhash_str_verify(encoded.constData(), utf8.constData(),
                                    static_cast<unsigned long long>(utf8.size()))
        == 0;
}

const QString &PasswordHasher::dummyHash()
{
    static const QString dummy = [] {
        // The encoding crypto_pwhash_str writes: $argon2id$v=19$m=<KiB>,t=<passes>,p=1$<salt>$<digest>,
        // base64 without padding; a fixed salt and an all-zero digest.
        const unsigned char salt[crypto_pwhash_SALTBYTES] = {'c', 'r', 'm', '-', 'a', 'g', 'e', 'n',
                                                             't', '-', 'n', 'o', 'b', 'o', 'd', 'y'};
        const unsigned char digest[32] = {};
        const auto base64 = [](const unsigned char *bytes, size_t size) {
            return QByteArray(reinterpret_cast<const char *>(bytes), static_cast<qsizetype>(size))
                .toBase64(QByteArray::Base64Encoding | QByteArray::OmitTrailingEquals);
        };
        const QByteArray encoded = QByteArray(crypto_pwhash_argon2id_STRPREFIX) + "v=19$m="
            + QByteArray::number(static_cast<qulonglong>(kMemLimit / 1024)) + ",t="
            + QByteArray::number(kOpsLimit) + ",p=1$" + base64(salt, sizeof salt) + '$'
            + base64(digest, sizeof digest);
        return QString::fromLatin1(encoded);
    }();
    return dummy;
}

bool PasswordHasher::needsRehash(const QString &encodedHash)
{
    if (!sodiumReady())
        return true;
    const QByteArray encoded = encodedHash.toLatin1();
    if (encoded.isEmpty() || encoded.size() >= static_cast<qsizetype>(crypto_pwhash_STRBYTES))
        return true;
    return crypto_pwhash_str_needs_rehash(encoded.constData(), kOpsLimit, kMemLimit)
        != 0;
}
