#pragma once

#include <QString>

#include <memory>

class QTemporaryDir;

// A temporary folder for one test, removed when the test ends.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    QString path() const;
    // A path inside the folder ("leads.sqlite" -> "/tmp/xyz/leads.sqlite").
    QString file(const QString &name) const;

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};
