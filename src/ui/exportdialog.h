#pragma once

#include "csvformat.h"
#include "exportcolumn.h"
#include "exportfileformat.h"
#include "exportscope.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ExportDialog;
}

// Asks what to export and how (spec section 4): the current view, the selected rows or all leads;
// which columns in which order; the format (CSV, or an Excel workbook with typed cells); for CSV
// the delimiter, byte order mark and formula guard; the header row; the file. When a workbook
// would hold more rows than a sheet does, a note says so before the export starts.
// The choices are remembered (QSettings). Defaults that open right in spreadsheet programs: the
// locale's list separator (a semicolon where the decimal separator is a comma) and a byte order mark.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `viewColumns`: the lead list's visible columns in their order; `selectedCount`: rows selected.
    ExportDialog(const QList<ExportColumn> &viewColumns, int selectedCount, QWidget *parent = nullptr);
    ~ExportDialog() override;

    ExportScope scope() const;
    // The ticked columns, in list order.
    QList<ExportColumn> columns() const;
    CsvFormat format() const;
    ExportFileFormat fileFormat() const;
    // The rows of the current view and of all leads, where known (-1: not known), for the note
    // on a workbook's sheets; the selected rows are counted already.
    void setLeadCounts(qint64 viewRows, qint64 allRows);
    // Data rows a workbook's sheet holds (XlsxWriter's limit; tests lower it).
    void setRowsPerSheet(qint64 rows);
    qint64 rowsPerSheet() const { return m_rowsPerSheet; }
    QString filePath() const;
    void setFilePath(const QString &path);

    // The format choices the dialog opens with (the last ones used, or set in Settings).
    struct Defaults
    {
        ExportFileFormat fileFormat = ExportFileFormat::Csv;
        CsvFormat format;
    };
    static Defaults storedDefaults();
    static void storeDefaults(const Defaults &defaults);

public Q_SLOTS:
    // Checks the choices (a column, a file in an existing folder), remembers them and closes.
    void accept() override;

private:
    void showColumns(const QList<ExportColumn> &ticked);
    void scopeChanged();
    void fileFormatChanged();
    void updateSheetNote();
    void moveCurrent(int delta);
    void tickAll(bool ticked);
    void browse();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<ExportColumn> m_viewColumns;
    QList<ExportColumn> m_chosenColumns;   // for selected rows and all leads
    ExportScope m_shownScope = ExportScope::View;
    qint64 m_selectedRows = 0;
    qint64 m_viewRows = -1;
    qint64 m_allRows = -1;
    qint64 m_rowsPerSheet = 1048575;
};
