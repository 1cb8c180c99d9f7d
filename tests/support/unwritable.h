#pragma once

#include <QFile>
#include <QString>

#include <catch2/catch.hpp>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>

// Makes a file or folder unwritable for as long as it lives. For an ordinary user, by its permission
// bits; for root, whom permission bits do not stop, by the file system's immutable flag (chattr +i),
// so that the refusal is tested in both cases instead of skipped.
class Unwritable
{
public:
    explicit Unwritable(const QString &path) : m_path(path)
    {
        if (::geteuid() != 0) {
            REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            return;
        }
        INFO("root: the immutable flag must be settable on the temporary folder's file system");
        REQUIRE(setImmutable(true));
    }
    ~Unwritable()
    {
        if (::geteuid() != 0)
            QFile::setPermissions(m_path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        else
            setImmutable(false);
    }
    Unwritable(const Unwritable &) = delete;
    Unwritable &operator=(const Unwritable &) = delete;

private:
    bool setImmutable(bool on) const
    {
        const int fd = ::open(QFile::encodeName(m_path).constData(), O_RDONLY | O_NONBLOCK);
        if (fd < 0)
            return false;
        int flags = 0;
        bool ok = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
        ok = ok && ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        ::close(fd);
        return ok;
    }

    QString m_path;
};
