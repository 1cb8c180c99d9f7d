#pragma once

#include "csvformat.h"
#include "exportcolumn.h"
#include "exportscope.h"

#include <QDialog>
#include <QList>

#include <memory>

namespace Ui {
class ExportDialog;
}

// Asks what to export and how (spec section 4): the current view, the selected rows or all leads;
// which columns in which order; delimiter, header row, byte order mark and formula guard; the file.
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
    QString filePath() const;
    void setFilePath(const QString &path);

public Q_SLOTS:
    // Checks the choices (a column, a file in an existing folder), remembers them and closes.
    void accept() override;

private:
    void showColumns(const QList<ExportColumn> &ticked);
    void scopeChanged();
    void moveCurrent(int delta);
    void tickAll(bool ticked);
    void browse();
    void loadSettings();
    void saveSettings() const;

    std::unique_ptr<Ui::ExportDialog> m_ui;
    QList<ExportColumn> m_viewColumns;
    QList<ExportColumn> m_chosenColumns;   // for selected rows and all leads
    ExportScope m_shownScope = ExportScope::View;
};
