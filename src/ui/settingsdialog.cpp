#include "settingsdialog.h"
#include "ui_settingsdialog.h"

#include "apptheme.h"
#include "databaselocation.h"
#include "dialogparts.h"
#include "exportdialog.h"
#include "leadformdialog.h"
#include "leadsource.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPushButton>
#include <QSettings>

SettingsDialog::SettingsDialog(qint64 employeeId, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_employeeId(employeeId)
{
    m_ui->setupUi(this);
    DialogParts::nameButtons(m_ui->buttonBox);
    // Each language named in itself, as language choosers do.
    m_ui->languageCombo->addItem(tr("The system's language"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), QStringLiteral("ru"));
    for (AppTheme::Choice theme : {AppTheme::Choice::System, AppTheme::Choice::Light, AppTheme::Choice::Dark})
        m_ui->themeCombo->addItem(AppTheme::label(theme), AppTheme::code(theme));
    m_ui->databaseEdit->setPlaceholderText(tr("The application's own file, or a postgresql:// address"));
    m_ui->sourceCombo->addItem(tr("The source of my last new lead"), QString());
    for (LeadSource source : LeadSources::all())
        m_ui->sourceCombo->addItem(LeadSources::label(source), LeadSources::code(source));
    for (ExportFileFormat f : {ExportFileFormat::Csv, ExportFileFormat::Xlsx})
        m_ui->formatCombo->addItem(ExportFileFormats::label(f), static_cast<int>(f));
    for (CsvDelimiter d : {CsvDelimiter::Comma, CsvDelimiter::Semicolon, CsvDelimiter::Tab})
        m_ui->delimiterCombo->addItem(CsvFormat::label(d), static_cast<int>(d));
    m_ui->noteLabel->setText(tr("A new language shows when CRM Agent starts again."));

    const QSettings settings;
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(language())));
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(AppTheme::code(AppTheme::stored()))));
    m_ui->databaseEdit->setText(defaultDatabase());
    if (m_employeeId > 0) {
        const QString source = settings.value(LeadFormDialog::defaultSourceKey(m_employeeId)).toString();
        m_ui->sourceCombo->setCurrentIndex(std::max(0, m_ui->sourceCombo->findData(source)));
    } else {
        m_ui->sourceLabel->hide();
        m_ui->sourceCombo->hide();
    }
    const ExportDialog::Defaults defaults = ExportDialog::storedDefaults();
    m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(static_cast<int>(defaults.fileFormat)));
    m_ui->delimiterCombo->setCurrentIndex(m_ui->delimiterCombo->findData(static_cast<int>(defaults.format.delimiter)));
    m_ui->headerCheck->setChecked(defaults.format.header);
    m_ui->bomCheck->setChecked(defaults.format.byteOrderMark);
    m_ui->guardCheck->setChecked(defaults.format.formulaGuard);

    connect(m_ui->browseButton, &QPushButton::clicked, this, &SettingsDialog::browse);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    DialogParts::confirmWithKeyboard(this, m_ui->buttonBox);
    DialogParts::hideErrorWhenEdited(this, m_ui->errorLabel);
    DialogParts::showError(m_ui->errorLabel, QString());
}

SettingsDialog::~SettingsDialog() = default;

// Not in a group named "general": QSettings writes that group as the INI file's [%General] and a
// new process reads it back as "General/…", so a choice kept there was lost at the next start.
QString SettingsDialog::languageKey()
{
    return QStringLiteral("startup/language");
}

QString SettingsDialog::defaultDatabaseKey()
{
    return QStringLiteral("startup/defaultDatabase");
}

namespace {

// The value under `key`, else where a version before 2026-12-03 kept it (see languageKey()).
QString storedValue(const QString &key)
{
    const QSettings settings;
    if (settings.contains(key))
        return settings.value(key).toString();
    return settings.value(QStringLiteral("General/") + key.section(u'/', 1)).toString();
}

} // namespace

QString SettingsDialog::language()
{
    const QString code = storedValue(languageKey());
    return code == QLatin1String("en") || code == QLatin1String("ru") ? code : QString();
}

QString SettingsDialog::defaultDatabase()
{
    return storedValue(defaultDatabaseKey()).trimmed();
}

void SettingsDialog::browse()
{
    const QString current = m_ui->databaseEdit->text().trimmed();
    const QString path = QFileDialog::getSaveFileName(this, tr("Default Database"), current,
                                                      tr("SQLite databases (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_ui->databaseEdit->setText(QDir::toNativeSeparators(path));
}

void SettingsDialog::accept()
{
    DialogParts::showError(m_ui->errorLabel, QString());
    const QString database = m_ui->databaseEdit->text().trimmed();
    if (!database.isEmpty()) {
        const Result<DatabaseLocation> location = DatabaseLocation::parse(database);
        if (!location) {
            DialogParts::showError(m_ui->errorLabel, tr("Default database: %1").arg(location.error()));
            m_ui->databaseEdit->setFocus();
            return;
        }
        if (!location->isPostgres() && !QFileInfo(QFileInfo(location->path()).absolutePath()).isDir()) {
            DialogParts::showError(m_ui->errorLabel, tr("Default database: the folder %1 does not exist.")
                                                         .arg(QDir::toNativeSeparators(QFileInfo(location->path()).absolutePath())));
            m_ui->databaseEdit->setFocus();
            return;
        }
    }
    QSettings settings;
    settings.remove(QStringLiteral("General"));   // the two below as earlier versions kept them
    settings.setValue(languageKey(), m_ui->languageCombo->currentData().toString());
    if (database.isEmpty())
        settings.remove(defaultDatabaseKey());
    else
        settings.setValue(defaultDatabaseKey(), database);
    if (m_employeeId > 0) {
        const QString source = m_ui->sourceCombo->currentData().toString();
        if (source.isEmpty())
            settings.remove(LeadFormDialog::defaultSourceKey(m_employeeId));
        else
            settings.setValue(LeadFormDialog::defaultSourceKey(m_employeeId), source);
    }
    ExportDialog::Defaults defaults;
    defaults.fileFormat = static_cast<ExportFileFormat>(m_ui->formatCombo->currentData().toInt());
    defaults.format.delimiter = static_cast<CsvDelimiter>(m_ui->delimiterCombo->currentData().toInt());
    defaults.format.header = m_ui->headerCheck->isChecked();
    defaults.format.byteOrderMark = m_ui->bomCheck->isChecked();
    defaults.format.formulaGuard = m_ui->guardCheck->isChecked();
    ExportDialog::storeDefaults(defaults);
    // A new theme shows at once.
    const AppTheme::Choice theme = AppTheme::fromCode(m_ui->themeCombo->currentData().toString());
    if (theme != AppTheme::stored()) {
        AppTheme::store(theme);
        AppTheme::apply(theme);
    }
    QDialog::accept();
}
