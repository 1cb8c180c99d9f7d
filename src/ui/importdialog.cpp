#include "importdialog.h"
#include "ui_importdialog.h"

#include "dialogparts.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>

namespace {

// The remembered choices, one typed key each.
struct Key
{
    const char *name;
    QString path() const { return QStringLiteral("import/") + QLatin1String(name); }
};
constexpr Key DuplicatesKey {"duplicates"};
constexpr Key DefaultSourceKey {"defaultSource"};
constexpr Key RememberKey {"rememberMapping"};
constexpr Key FolderKey {"folder"};

constexpr int Automatic = -1;
constexpr int PreviewRows = 20;

// "leads.csv" → "leads-rejected.csv" beside it.
QString reportBeside(const QString &path)
{
    const QFileInfo info(path);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral("-rejected.csv"));
}

} // namespace

ImportDialog::ImportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ImportDialog>())
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Import"));
    DialogParts::nameButtons(m_ui->buttonBox);

    m_ui->encodingCombo->addItem(tr("Automatic"), Automatic);
    for (TextEncoding e : {TextEncoding::Utf8, TextEncoding::Windows1251})
        m_ui->encodingCombo->addItem(TextEncodings::label(e), static_cast<int>(e));
    m_ui->delimiterCombo->addItem(tr("Automatic"), Automatic);
    for (CsvDelimiter d : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab})
        m_ui->delimiterCombo->addItem(CsvFormat::label(d), static_cast<int>(d));
    m_ui->sourceCombo->addItem(tr("None: such rows are rejected"), Automatic);
    for (LeadSource source : LeadSources::all())
        m_ui->sourceCombo->addItem(LeadSources::label(source), static_cast<int>(source));
    for (ImportDuplicateMode mode : {ImportDuplicateMode::Skip, ImportDuplicateMode::Flag, ImportDuplicateMode::Import})
        m_ui->duplicatesCombo->addItem(ImportDuplicateModes::label(mode), static_cast<int>(mode));
    m_ui->previewTable->horizontalHeader()->setDefaultSectionSize(140);
    // One line a row, however much text a field holds.
    m_ui->previewTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_ui->previewTable->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_ui->splitter->setStretchFactor(0, 2);
    m_ui->splitter->setStretchFactor(1, 3);
    m_ui->splitter->setSizes({430, 630});

    const QSettings settings;
    ImportDuplicateMode mode = ImportDuplicateMode::Skip;
    ImportDuplicateModes::fromCode(settings.value(DuplicatesKey.path()).toString(), &mode);
    m_ui->duplicatesCombo->setCurrentIndex(m_ui->duplicatesCombo->findData(static_cast<int>(mode)));
    LeadSource source;
    if (LeadSources::fromCode(settings.value(DefaultSourceKey.path()).toString(), &source))
        m_ui->sourceCombo->setCurrentIndex(m_ui->sourceCombo->findData(static_cast<int>(source)));
    m_ui->rememberCheck->setChecked(settings.value(RememberKey.path(), true).toBool());

    connect(m_ui->browseButton, &QPushButton::clicked, this, &ImportDialog::browse);
    connect(m_ui->reportBrowseButton, &QPushButton::clicked, this, &ImportDialog::browseReport);
    connect(m_ui->fileEdit, &QLineEdit::editingFinished, this, [this] {
        if (QDir::cleanPath(m_ui->fileEdit->text().trimmed()) != m_readPath)
            readPreview();
    });
    connect(m_ui->encodingCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    connect(m_ui->delimiterCombo, &QComboBox::currentIndexChanged, this, &ImportDialog::readPreview);
    connect(m_ui->dryRunCheck, &QCheckBox::toggled, this, [this](bool dryRun) {
        m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(dryRun ? tr("C&heck") : tr("&Import"));
        DialogParts::nameButtons(m_ui->buttonBox);
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ImportDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    DialogParts::showError(m_ui->errorLabel, QString());
    showPreview();
}

ImportDialog::~ImportDialog() = default;

QString ImportDialog::mappingKey(const QStringList &headers)
{
    QStringList folded;
    for (const QString &header : headers)
        folded << header.trimmed().toCaseFolded();
    const QByteArray hash = QCryptographicHash::hash(folded.join(u'\n').toUtf8(), QCryptographicHash::Sha1);
    return QStringLiteral("import/mappings/") + QString::fromLatin1(hash.toHex());
}

void ImportDialog::setFilePath(const QString &path)
{
    m_ui->fileEdit->setText(QDir::toNativeSeparators(path));
    readPreview();
}

void ImportDialog::browse()
{
    QString folder = QSettings().value(FolderKey.path()).toString();
    if (folder.isEmpty() || !QFileInfo(folder).isDir())
        folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Import Leads"), folder,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFilePath(path);
}

void ImportDialog::browseReport()
{
    const QString current = m_ui->reportEdit->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Rejected Rows Report"),
                                                      current.isEmpty() ? reportBeside(m_readPath) : current,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_ui->reportEdit->setText(QDir::toNativeSeparators(path));
}

void ImportDialog::readPreview()
{
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()));
    const QString previousReport = m_readPath.isEmpty() ? QString() : QDir::toNativeSeparators(reportBeside(m_readPath));
    m_readPath = path;
    m_preview = ImportPreview();
    m_mappingNote.clear();
    if (path.isEmpty()) {
        showPreview();
        return;
    }
    std::optional<TextEncoding> encoding;
    if (const int e = m_ui->encodingCombo->currentData().toInt(); e != Automatic)
        encoding = static_cast<TextEncoding>(e);
    std::optional<CsvDelimiter> delimiter;
    if (const int d = m_ui->delimiterCombo->currentData().toInt(); d != Automatic)
        delimiter = static_cast<CsvDelimiter>(d);
    // Only the start of a local file: what the preview shows and the headers to map.
    const Result<ImportPreview> read = ImportPreview::read(path, PreviewRows, encoding, delimiter);
    if (!read) {
        DialogParts::showError(m_ui->errorLabel, tr("File: %1").arg(read.error()));
        showPreview();
        return;
    }
    DialogParts::showError(m_ui->errorLabel, QString());
    m_preview = *read;
    ImportMapping saved;
    const QString text = QSettings().value(mappingKey(m_preview.headers)).toString();
    if (!text.isEmpty() && ImportMapping::fromString(text, &saved) && !saved.isEmpty()) {
        saved.setColumnCount(int(m_preview.headers.size()));
        m_preview.mapping = saved;
        m_mappingNote = tr("The mapping remembered for files with these columns is used.");
    }
    // The report goes beside the file unless the user chose another place.
    const QString report = m_ui->reportEdit->text().trimmed();
    if (report.isEmpty() || report == previousReport)
        m_ui->reportEdit->setText(QDir::toNativeSeparators(reportBeside(path)));
    QSettings().setValue(FolderKey.path(), QFileInfo(path).absolutePath());
    showPreview();
}

void ImportDialog::showPreview()
{
    while (m_ui->columnsForm->rowCount() > 0)
        m_ui->columnsForm->removeRow(0);
    m_fieldCombos.clear();
    const QStringList &headers = m_preview.headers;
    for (int column = 0; column < headers.size(); ++column) {
        const QString header = headers.at(column).trimmed().isEmpty() ? tr("Column %1").arg(column + 1)
                                                                      : headers.at(column).trimmed();
        auto *combo = new QComboBox(m_ui->columnsWidget);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(18);
        combo->addItem(tr("Not imported"), Automatic);
        for (LeadField field : LeadFields::all())
            combo->addItem(LeadFields::label(field), static_cast<int>(field));
        const std::optional<LeadField> field = m_preview.mapping.fieldOf(column);
        combo->setCurrentIndex(field ? combo->findData(static_cast<int>(*field)) : 0);
        combo->setAccessibleName(header);
        const QString sample = m_preview.rows.isEmpty() ? QString() : m_preview.rows.first().value(column);
        combo->setToolTip(sample.isEmpty() ? header : tr("%1, first value: %2").arg(header, sample.left(80)));
        // A '&' in a header is shown, not taken for a mnemonic.
        auto *label = new QLabel(QString(header).replace(u'&', QStringLiteral("&&")), m_ui->columnsWidget);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(combo);
        m_ui->columnsForm->addRow(label, combo);
        m_fieldCombos << combo;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, column] { mappingEdited(column); });
    }

    m_ui->previewTable->clear();
    m_ui->previewTable->setColumnCount(int(headers.size()));
    m_ui->previewTable->setHorizontalHeaderLabels(headers);
    m_ui->previewTable->setRowCount(int(m_preview.rows.size()));
    for (int row = 0; row < m_preview.rows.size(); ++row) {
        const QStringList &values = m_preview.rows.at(row);
        for (int column = 0; column < values.size() && column < headers.size(); ++column)
            m_ui->previewTable->setItem(row, column, new QTableWidgetItem(values.at(column)));
    }
    if (headers.isEmpty()) {
        m_ui->previewBox->setTitle(tr("Preview"));
    } else {
        m_ui->previewBox->setTitle(tr("Preview: the first %n rows, read as %1, %2", nullptr, int(m_preview.rows.size()))
                                       .arg(TextEncodings::label(m_preview.encoding), CsvFormat::label(m_preview.delimiter)));
    }
    showMappingNote();
}

void ImportDialog::mappingEdited(int column)
{
    const int field = m_fieldCombos.at(column)->currentData().toInt();
    if (field != Automatic) {
        // A field is filled from one column: the one that had it before lets it go.
        for (int other = 0; other < m_fieldCombos.size(); ++other) {
            QComboBox *combo = m_fieldCombos.at(other);
            if (other != column && combo->currentData().toInt() == field) {
                const QSignalBlocker blocker(combo);
                combo->setCurrentIndex(0);
            }
        }
    }
    m_mappingNote.clear();
    DialogParts::showError(m_ui->errorLabel, QString());   // what it said of the columns may be fixed now
    showMappingNote();
}

void ImportDialog::showMappingNote()
{
    QStringList notes;
    if (!m_preview.headers.isEmpty()) {
        const ImportMapping mapping = currentMapping();
        int mapped = 0;
        for (int column = 0; column < mapping.columnCount(); ++column)
            mapped += mapping.fieldOf(column) ? 1 : 0;
        notes << tr("%1 of %n columns imported.", nullptr, mapping.columnCount()).arg(mapped);
        if (!mapping.isMapped(LeadField::Name))
            notes << tr("No column fills Name, which every lead needs.");
        if (!m_mappingNote.isEmpty())
            notes << m_mappingNote;
    }
    m_ui->mappingNoteLabel->setText(notes.join(u' '));
    m_ui->mappingNoteLabel->setVisible(!notes.isEmpty());
}

QComboBox *ImportDialog::fieldCombo(int column) const
{
    return m_fieldCombos.value(column);
}

ImportMapping ImportDialog::currentMapping() const
{
    ImportMapping mapping(int(m_fieldCombos.size()));
    for (int column = 0; column < m_fieldCombos.size(); ++column) {
        const int field = m_fieldCombos.at(column)->currentData().toInt();
        if (field != Automatic)
            mapping.setField(column, static_cast<LeadField>(field));
    }
    return mapping;
}

ImportRequest ImportDialog::request() const
{
    ImportRequest request;
    request.filePath = m_readPath;
    request.reportPath = QDir::cleanPath(QDir::fromNativeSeparators(m_ui->reportEdit->text().trimmed()));
    if (m_ui->reportEdit->text().trimmed().isEmpty())
        request.reportPath.clear();
    // What the preview was read with: the import reads the file the same way.
    request.encoding = m_preview.encoding;
    request.delimiter = m_preview.delimiter;
    request.mapping = currentMapping();
    if (const int source = m_ui->sourceCombo->currentData().toInt(); source != Automatic)
        request.defaultSource = static_cast<LeadSource>(source);
    request.duplicates = static_cast<ImportDuplicateMode>(m_ui->duplicatesCombo->currentData().toInt());
    request.dryRun = m_ui->dryRunCheck->isChecked();
    return request;
}

void ImportDialog::accept()
{
    DialogParts::showError(m_ui->errorLabel, QString());
    const QString path = QDir::cleanPath(QDir::fromNativeSeparators(m_ui->fileEdit->text().trimmed()));
    if (path.isEmpty()) {
        DialogParts::showError(m_ui->errorLabel, tr("File: choose the CSV file to import."));
        m_ui->fileEdit->setFocus();
        return;
    }
    if (path != m_readPath || m_preview.headers.isEmpty()) {
        readPreview();
        if (m_preview.headers.isEmpty())
            return;   // the reason is shown
    }
    const ImportMapping mapping = currentMapping();
    if (!mapping.isMapped(LeadField::Name)) {
        DialogParts::showError(m_ui->errorLabel,
                               tr("Columns: no column fills %1, which every lead needs; choose it for one of the columns.")
                                   .arg(LeadFields::label(LeadField::Name)));
        if (!m_fieldCombos.isEmpty())
            m_fieldCombos.first()->setFocus();
        return;
    }
    if (!mapping.isMapped(LeadField::Source) && m_ui->sourceCombo->currentData().toInt() == Automatic) {
        DialogParts::showError(m_ui->errorLabel, tr("Lead source for rows without one: no column fills %1; choose the "
                                                    "source of these leads.")
                                                     .arg(LeadFields::label(LeadField::Source)));
        m_ui->sourceCombo->setFocus();
        return;
    }
    const QString report = request().reportPath;
    if (!report.isEmpty()) {
        const QFileInfo info(report);
        if (info.isDir()) {
            DialogParts::showError(m_ui->errorLabel, tr("Rejected rows report: %1 is a folder.").arg(QDir::toNativeSeparators(report)));
            m_ui->reportEdit->setFocus();
            return;
        }
        if (info.absoluteFilePath() == QFileInfo(path).absoluteFilePath()) {
            DialogParts::showError(m_ui->errorLabel, tr("Rejected rows report: it must not be the file being imported."));
            m_ui->reportEdit->setFocus();
            return;
        }
    }
    QSettings settings;
    settings.setValue(DuplicatesKey.path(),
                      ImportDuplicateModes::code(static_cast<ImportDuplicateMode>(m_ui->duplicatesCombo->currentData().toInt())));
    if (const int source = m_ui->sourceCombo->currentData().toInt(); source != Automatic)
        settings.setValue(DefaultSourceKey.path(), LeadSources::code(static_cast<LeadSource>(source)));
    else
        settings.remove(DefaultSourceKey.path());
    settings.setValue(RememberKey.path(), m_ui->rememberCheck->isChecked());
    if (m_ui->rememberCheck->isChecked())
        settings.setValue(mappingKey(m_preview.headers), mapping.toString());
    QDialog::accept();
}
