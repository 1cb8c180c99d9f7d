#include "exportoutput.h"

#include "csvwriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("LeadExporter", text);
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

bool isStandardOutput(const QString &path)
{
    return path == QLatin1String("-");
}

} // namespace

ExportOutput::ExportOutput() = default;
ExportOutput::~ExportOutput() = default;

Result<void> ExportOutput::checkPath(const QString &outputPath, const QString &databasePath)
{
    if (outputPath.isEmpty())
        return Failure{tr("No output file given.")};
    if (isStandardOutput(outputPath))
        return {};
    const QFileInfo out(outputPath);
    if (out.exists() && out.canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return Failure{tr("The output file %1 is the database itself.").arg(nativePath(outputPath))};
    if (out.isDir())
        return Failure{tr("%1 is a folder, not a file.").arg(nativePath(outputPath))};
    if (!QFileInfo(out.absolutePath()).isDir())
        return Failure{tr("The folder %1 does not exist.").arg(nativePath(out.absolutePath()))};
    return {};
}

Result<void> ExportOutput::open(const QString &outputPath)
{
    m_path = outputPath;
    if (isStandardOutput(outputPath)) {
        auto file = std::make_unique<QFile>();
        if (!file->open(1, QIODevice::WriteOnly | QIODevice::Unbuffered, QFileDevice::DontCloseHandle))
            return Failure{tr("Could not write to standard output: %1").arg(file->errorString())};
        m_file = std::move(file);
        return {};
    }
    auto file = std::make_unique<QSaveFile>(outputPath);
    if (!file->open(QIODevice::WriteOnly))
        return Failure{tr("Could not create %1: %2").arg(nativePath(outputPath), file->errorString())};
    // Leads are personal data: the file is the owner's alone, from its first byte (the temporary
    // file becomes the target as it is).
    if (::fchmod(file->handle(), S_IRUSR | S_IWUSR) != 0) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        file->cancelWriting();
        return Failure{tr("Could not create %1: %2").arg(nativePath(outputPath), reason)};
    }
    m_file = std::move(file);
    return {};
}

Result<void> ExportOutput::write(CsvWriter &csv)
{
    if (csv.size() == 0)
        return {};
    if (m_file->write(csv.data(), csv.size()) != csv.size())
        return Failure{writeError()};
    csv.clear();
    return {};
}

Result<void> ExportOutput::commit()
{
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get())) {
        if (!save->commit())
            return Failure{writeError()};
    } else {
        m_file->close();
    }
    return {};
}

void ExportOutput::abandon()
{
    if (auto *save = qobject_cast<QSaveFile *>(m_file.get()))
        save->cancelWriting();
}

// The reasons the output cannot be written, worded for the user.
QString ExportOutput::writeError() const
{
    const QString shown = isStandardOutput(m_path) ? tr("standard output") : nativePath(m_path);
    if (m_file->error() == QFileDevice::ResourceError)
        return tr("Not enough space on the disk to write %1 (%2). Nothing was saved.").arg(shown, m_file->errorString());
    return tr("Could not write %1: %2. Nothing was saved.").arg(shown, m_file->errorString());
}
