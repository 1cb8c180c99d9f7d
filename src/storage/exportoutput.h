#pragma once

#include "result.h"

#include <QString>

#include <memory>

class CsvWriter;
class QFileDevice;

// The write step of an export: the CSV file under a temporary name until commit() (QSaveFile), so
// that a cancelled or failed export leaves no partial file and never touches an existing file of
// that name; or standard output for "-".
class ExportOutput
{
public:
    ExportOutput();
    ~ExportOutput();

    // Refuses an output that cannot be written before anything is read: a missing folder, a
    // folder given as the file, the database itself.
    static Result<void> checkPath(const QString &outputPath, const QString &databasePath);

    Result<void> open(const QString &outputPath);
    // Writes the buffered bytes of `csv` and clears them.
    Result<void> write(CsvWriter &csv);
    // Moves the finished file into place (or closes standard output).
    Result<void> commit();
    // Drops the temporary file; an existing file of the name stays as it was.
    void abandon();

private:
    QString writeError() const;

    std::unique_ptr<QFileDevice> m_file;
    QString m_path;
};
