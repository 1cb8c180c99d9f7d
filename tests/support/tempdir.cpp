#include "tempdir.h"

#include <QTemporaryDir>

TempDir::TempDir() : m_dir(std::make_unique<QTemporaryDir>()) {}
TempDir::~TempDir() = default;

QString TempDir::path() const { return m_dir->path(); }

QString TempDir::file(const QString &name) const { return m_dir->filePath(name); }
