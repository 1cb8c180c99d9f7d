#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "dialogparts.h"

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QListWidgetItem>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {

// The remembered choices, one typed key each.
struct Key
{
    const char *name;
    QString path() const { return QStringLiteral("export/") + QLatin1String(name); }
};
constexpr Key ScopeKey {"scope"};
constexpr Key FileFormatKey {"fileFormat"};
constexpr Key ColumnsKey {"columns"};
constexpr Key DelimiterKey {"delimiter"};
constexpr Key HeaderKey {"header"};
constexpr Key BomKey {"byteOrderMark"};
constexpr Key GuardKey {"formulaGuard"};
constexpr Key FolderKey {"folder"};

QString scopeCode(ExportScope scope)
{
    switch (scope) {
    case ExportScope::SelectedLeads: return QStringLiteral("selected");
    case ExportScope::AllLeads: return QStringLiteral("all");
    case ExportScope::View: break;
    }
    return QStringLiteral("view");
}

constexpr int ColumnRole = Qt::UserRole + 1;

} // namespace

ExportDialog::ExportDialog(const QList<ExportColumn> &viewColumns, int selectedCount, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_viewColumns(viewColumns.isEmpty() ? ExportColumns::all() : viewColumns)
    , m_chosenColumns(ExportColumns::all())
    , m_selectedRows(selectedCount)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Export"));
    DialogParts::nameButtons(m_ui->buttonBox);
    m_ui->selectedRadio->setText(tr("&Selected rows (%n)", nullptr, selectedCount));
    m_ui->selectedRadio->setAccessibleName(tr("Selected rows (%n)", nullptr, selectedCount));
    m_ui->selectedRadio->setEnabled(selectedCount > 0);
    for (CsvDelimiter d : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab})
        m_ui->delimiterCombo->addItem(CsvFormat::label(d), static_cast<int>(d));
    for (ExportFileFormat f : {ExportFileFormat::Csv, ExportFileFormat::Xlsx})
        m_ui->formatCombo->addItem(ExportFileFormats::label(f), static_cast<int>(f));
    m_ui->sheetNoteLabel->hide();

    connect(m_ui->viewRadio, &QRadioButton::toggled, this, &ExportDialog::scopeChanged);
    connect(m_ui->selectedRadio, &QRadioButton::toggled, this, &ExportDialog::scopeChanged);
    connect(m_ui->allRadio, &QRadioButton::toggled, this, &ExportDialog::scopeChanged);
    connect(m_ui->upButton, &QPushButton::clicked, this, [this] { moveCurrent(-1); });
    connect(m_ui->downButton, &QPushButton::clicked, this, [this] { moveCurrent(1); });
    connect(m_ui->allColumnsButton, &QPushButton::clicked, this, [this] { tickAll(true); });
    connect(m_ui->noColumnsButton, &QPushButton::clicked, this, [this] { tickAll(false); });
    connect(m_ui->viewColumnsButton, &QPushButton::clicked, this, [this] { showColumns(m_viewColumns); });
    connect(m_ui->browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::fileFormatChanged);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);

    loadSettings();
    if (selectedCount == 0 && m_ui->selectedRadio->isChecked())
        m_ui->viewRadio->setChecked(true);
    m_shownScope = scope();
    showColumns(m_shownScope == ExportScope::View ? m_viewColumns : m_chosenColumns);
    fileFormatChanged();
}

ExportDialog::~ExportDialog() = default;

ExportScope ExportDialog::scope() const
{
    if (m_ui->selectedRadio->isChecked())
        return ExportScope::SelectedLeads;
    if (m_ui->allRadio->isChecked())
        return ExportScope::AllLeads;
    return ExportScope::View;
}

QList<ExportColumn> ExportDialog::columns() const
{
    QList<ExportColumn> result;
    for (int i = 0; i < m_ui->columnList->count(); ++i) {
        const QListWidgetItem *item = m_ui->columnList->item(i);
        if (item->checkState() == Qt::Checked)
            result.append(static_cast<ExportColumn>(item->data(ColumnRole).toInt()));
    }
    return result;
}

CsvFormat ExportDialog::format() const
{
    CsvFormat format;
    format.delimiter = static_cast<CsvDelimiter>(m_ui->delimiterCombo->currentData().toInt());
    format.header = m_ui->headerCheck->isChecked();
    format.byteOrderMark = m_ui->bomCheck->isChecked();
    format.formulaGuard = m_ui->guardCheck->isChecked();
    return format;
}

ExportFileFormat ExportDialog::fileFormat() const
{
    return static_cast<ExportFileFormat>(m_ui->formatCombo->currentData().toInt());
}

void ExportDialog::setLeadCounts(qint64 viewRows, qint64 allRows)
{
    m_viewRows = viewRows;
    m_allRows = allRows;
    updateSheetNote();
}

void ExportDialog::setRowsPerSheet(qint64 rows)
{
    m_rowsPerSheet = qMax<qint64>(1, rows);
    updateSheetNote();
}

// The CSV-only options are off for a workbook; the file's extension follows the format.
void ExportDialog::fileFormatChanged()
{
    const bool csv = fileFormat() == ExportFileFormat::Csv;
    m_ui->delimiterLabel->setEnabled(csv);
    m_ui->delimiterCombo->setEnabled(csv);
    m_ui->bomCheck->setEnabled(csv);
    m_ui->guardCheck->setEnabled(csv);
    const QString path = filePath();
    const QFileInfo info(path);
    const QString wanted = ExportFileFormats::extension(fileFormat());
    const QString other = ExportFileFormats::extension(csv ? ExportFileFormat::Xlsx : ExportFileFormat::Csv);
    if (!path.isEmpty() && info.suffix().compare(other, Qt::CaseInsensitive) == 0)
        setFilePath(path.left(path.size() - other.size()) + wanted);
    updateSheetNote();
}

// A workbook of more rows than a sheet holds goes on in further sheets: said before the export.
void ExportDialog::updateSheetNote()
{
    qint64 rows = -1;
    switch (scope()) {
    case ExportScope::SelectedLeads: rows = m_selectedRows; break;
    case ExportScope::View: rows = m_viewRows; break;
    case ExportScope::AllLeads: rows = m_allRows; break;
    }
    const bool over = fileFormat() == ExportFileFormat::Xlsx && rows > m_rowsPerSheet;
    if (over) {
        const qint64 sheets = (rows + m_rowsPerSheet - 1) / m_rowsPerSheet;
        const QLocale locale;
        m_ui->sheetNoteLabel->setText(tr("%1 leads are more than a sheet holds (%2 rows): they go on in %3 sheets "
                                         "with the same header.")
                                          .arg(locale.toString(rows), locale.toString(m_rowsPerSheet), locale.toString(sheets)));
    }
    m_ui->sheetNoteLabel->setVisible(over);
}

QString ExportDialog::filePath() const
{
    return m_ui->fileEdit->text().trimmed();
}

void ExportDialog::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(path);
}

// Ticked columns first, in the given order, then the others unticked in the default order.
void ExportDialog::showColumns(const QList<ExportColumn> &ticked)
{
    m_ui->columnList->clear();
    const auto add = [&](ExportColumn column, bool on) {
        auto *item = new QListWidgetItem(ExportColumns::label(column), m_ui->columnList);
        item->setData(ColumnRole, static_cast<int>(column));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemIsDragEnabled);
        item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
    };
    for (ExportColumn column : ticked)
        add(column, true);
    for (ExportColumn column : ExportColumns::all()) {
        if (!ticked.contains(column))
            add(column, false);
    }
    m_ui->columnList->setCurrentRow(0);
}

void ExportDialog::scopeChanged()
{
    const ExportScope now = scope();
    if (now == m_shownScope)
        return;
    // The view brings its own columns; the other scopes keep the columns chosen for them.
    if (m_shownScope != ExportScope::View)
        m_chosenColumns = columns();
    m_shownScope = now;
    showColumns(now == ExportScope::View ? m_viewColumns : m_chosenColumns);
    updateSheetNote();
}

void ExportDialog::moveCurrent(int delta)
{
    QListWidget *list = m_ui->columnList;
    const int row = list->currentRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= list->count())
        return;
    QListWidgetItem *item = list->takeItem(row);
    list->insertItem(target, item);
    list->setCurrentRow(target);
}

void ExportDialog::tickAll(bool ticked)
{
    for (int i = 0; i < m_ui->columnList->count(); ++i)
        m_ui->columnList->item(i)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void ExportDialog::browse()
{
    QFileDialog dialog(this, tr("Export leads to"), filePath());
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setNameFilters({ExportFileFormats::fileFilter(fileFormat()), tr("All files (*)")});
    dialog.setDefaultSuffix(ExportFileFormats::extension(fileFormat()));
    if (dialog.exec() == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setFilePath(dialog.selectedFiles().constFirst());
}

void ExportDialog::accept()
{
    DialogParts::showError(m_ui->errorLabel, QString());
    if (columns().isEmpty()) {
        DialogParts::showError(m_ui->errorLabel, tr("Columns: tick at least one column."));
        m_ui->columnList->setFocus();
        return;
    }
    QString path = filePath();
    if (path.isEmpty()) {
        DialogParts::showError(m_ui->errorLabel, tr("File: choose where to save the file."));
        m_ui->fileEdit->setFocus();
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += u'.' + ExportFileFormats::extension(fileFormat());
        setFilePath(path);
    }
    const QFileInfo info(path);
    if (info.isDir()) {
        DialogParts::showError(m_ui->errorLabel, tr("File: %1 is a folder.").arg(QDir::toNativeSeparators(path)));
        m_ui->fileEdit->setFocus();
        return;
    }
    if (!QFileInfo(info.absolutePath()).isDir()) {
        DialogParts::showError(m_ui->errorLabel,
            tr("File: the folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        m_ui->fileEdit->setFocus();
        return;
    }
    saveSettings();
    QDialog::accept();
}

ExportDialog::Defaults ExportDialog::storedDefaults()
{
    const QSettings settings;
    Defaults defaults;
    ExportFileFormats::fromCode(settings.value(FileFormatKey.path()).toString(), &defaults.fileFormat);
    defaults.format.delimiter = CsvFormat::localeDefault();
    CsvFormat::fromCode(settings.value(DelimiterKey.path()).toString(), &defaults.format.delimiter);
    defaults.format.header = settings.value(HeaderKey.path(), true).toBool();
    defaults.format.byteOrderMark = settings.value(BomKey.path(), true).toBool();
    defaults.format.formulaGuard = settings.value(GuardKey.path(), true).toBool();
    return defaults;
}

void ExportDialog::storeDefaults(const Defaults &defaults)
{
    QSettings settings;
    settings.setValue(FileFormatKey.path(), ExportFileFormats::code(defaults.fileFormat));
    settings.setValue(DelimiterKey.path(), CsvFormat::code(defaults.format.delimiter));
    settings.setValue(HeaderKey.path(), defaults.format.header);
    settings.setValue(BomKey.path(), defaults.format.byteOrderMark);
    settings.setValue(GuardKey.path(), defaults.format.formulaGuard);
}

void ExportDialog::loadSettings()
{
    QSettings settings;
    const QString scope = settings.value(ScopeKey.path(), QStringLiteral("view")).toString();
    if (scope == QLatin1String("selected"))
        m_ui->selectedRadio->setChecked(true);
    else if (scope == QLatin1String("all"))
        m_ui->allRadio->setChecked(true);
    else
        m_ui->viewRadio->setChecked(true);
    QList<ExportColumn> remembered;
    if (ExportColumns::fromCodes(settings.value(ColumnsKey.path()).toString(), &remembered, nullptr))
        m_chosenColumns = remembered;
    const Defaults defaults = storedDefaults();
    const ExportFileFormat fileFormat = defaults.fileFormat;
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(fileFormat)));
    m_ui->delimiterCombo->setCurrentIndex(m_ui->delimiterCombo->findData(static_cast<int>(defaults.format.delimiter)));
    m_ui->headerCheck->setChecked(defaults.format.header);
    m_ui->bomCheck->setChecked(defaults.format.byteOrderMark);
    m_ui->guardCheck->setChecked(defaults.format.formulaGuard);
    QString folder = settings.value(FolderKey.path()).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    setFilePath(QDir(folder).filePath(tr("leads-%1.%2").arg(QDate::currentDate().toString(Qt::ISODate),
                                                            ExportFileFormats::extension(fileFormat))));
}

void ExportDialog::saveSettings() const
{
    QSettings settings;
    settings.setValue(ScopeKey.path(), scopeCode(scope()));
    if (scope() != ExportScope::View)
        settings.setValue(ColumnsKey.path(), ExportColumns::codes(columns()));
    storeDefaults({fileFormat(), format()});
    settings.setValue(FolderKey.path(), QFileInfo(filePath()).absolutePath());
}
