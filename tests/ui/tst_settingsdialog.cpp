// File > Settings… (issue #15): the language, the default database, the export defaults and an
// employee's lead source are kept across restarts, and the dialogs that use them open with them.
// The theme (the system's, light or dark) shows at once and again after a restart.
#include "apptheme.h"
#include "dialogparts.h"
#include "exportdialog.h"
#include "leadformdialog.h"
#include "settingsdialog.h"
#include "statuscolors.h"
#include "tempdir.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

#include <catch2/catch.hpp>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    REQUIRE(index >= 0);
    combo->setCurrentIndex(index);
}

void forget()
{
    QSettings settings;
    settings.remove(QStringLiteral("startup"));
    settings.remove(QStringLiteral("General"));
    settings.remove(QStringLiteral("export"));
    settings.remove(QStringLiteral("leadForm"));
    settings.remove(QStringLiteral("appearance"));
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightnessF() < 0.5 && palette.color(QPalette::Base).lightnessF() < 0.5
        && palette.color(QPalette::WindowText).lightnessF() > 0.5 && palette.color(QPalette::Text).lightnessF() > 0.5;
}

// Chooses `theme` in a new settings dialog and presses OK.
void chooseTheme(const QString &theme)
{
    SettingsDialog dialog(0);
    choose(child<QComboBox>(&dialog, "themeCombo"), theme);
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    REQUIRE(dialog.result() == QDialog::Accepted);
}

} // namespace

TEST_CASE("ui/Settings are kept and shown again after a restart", "[settings]")
{
    forget();
    TempDir dir;
    const QString database = dir.file(QStringLiteral("team.sqlite"));
    {
        SettingsDialog dialog(7);
        CHECK(child<QComboBox>(&dialog, "languageCombo")->currentData().toString().isEmpty());   // the system's
        choose(child<QComboBox>(&dialog, "languageCombo"), QStringLiteral("ru"));
        child<QLineEdit>(&dialog, "databaseEdit")->setText(database);
        choose(child<QComboBox>(&dialog, "sourceCombo"), QStringLiteral("partner"));
        choose(child<QComboBox>(&dialog, "formatCombo"), int(ExportFileFormat::Xlsx));
        choose(child<QComboBox>(&dialog, "delimiterCombo"), int(CsvDelimiter::Tab));
        child<QCheckBox>(&dialog, "bomCheck")->setChecked(false);
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        CHECK(dialog.result() == QDialog::Accepted);
    }
    QSettings().sync();   // as on quitting: what a new process reads
    CHECK(SettingsDialog::language() == QStringLiteral("ru"));
    CHECK(SettingsDialog::defaultDatabase() == database);
    {
        // What the next start reads from the file (this process's QSettings keeps what it wrote in
        // memory: a copy of the file under another name is read afresh). The language and default
        // database were once kept where QSettings reads them back under another key, so lost.
        const QString copy = dir.file(QStringLiteral("restarted.conf"));
        REQUIRE(QFile::copy(QSettings().fileName(), copy));
        const QSettings restarted(copy, QSettings::IniFormat);
        CHECK(restarted.value(SettingsDialog::languageKey()).toString() == QStringLiteral("ru"));
        CHECK(restarted.value(SettingsDialog::defaultDatabaseKey()).toString() == database);
    }
    CHECK(QSettings().value(LeadFormDialog::defaultSourceKey(7)).toString() == QStringLiteral("partner"));
    SettingsDialog again(7);
    CHECK(child<QComboBox>(&again, "languageCombo")->currentData().toString() == QStringLiteral("ru"));
    CHECK(child<QLineEdit>(&again, "databaseEdit")->text() == database);
    CHECK(child<QComboBox>(&again, "sourceCombo")->currentData().toString() == QStringLiteral("partner"));
    CHECK(child<QComboBox>(&again, "formatCombo")->currentData().toInt() == int(ExportFileFormat::Xlsx));
    CHECK_FALSE(child<QCheckBox>(&again, "bomCheck")->isChecked());
    // Another employee on this computer keeps their own source.
    SettingsDialog other(8);
    CHECK(child<QComboBox>(&other, "sourceCombo")->currentData().toString().isEmpty());

    // The export dialog opens with the defaults set here.
    ExportDialog exportDialog({}, 0);
    CHECK(exportDialog.fileFormat() == ExportFileFormat::Xlsx);
    CHECK(exportDialog.format().delimiter == CsvDelimiter::Tab);
    CHECK_FALSE(exportDialog.format().byteOrderMark);
    CHECK(exportDialog.filePath().endsWith(QStringLiteral(".xlsx")));
}

TEST_CASE("ui/The settings dialog names the field that stops it", "[settings]")
{
    forget();
    TempDir dir;
    SettingsDialog dialog(0);
    CHECK_FALSE(child<QComboBox>(&dialog, "sourceCombo")->isVisibleTo(&dialog));   // nobody signed in
    child<QLineEdit>(&dialog, "databaseEdit")->setText(dir.file(QStringLiteral("no/such/folder/x.sqlite")));
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(child<QLabel>(&dialog, "errorLabel")->text().startsWith(QStringLiteral("Default database: the folder")));
    CHECK(SettingsDialog::defaultDatabase().isEmpty());   // nothing saved
    child<QLineEdit>(&dialog, "databaseEdit")->setText(QStringLiteral("postgresql://sales@db.example.com/crm"));
    child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(SettingsDialog::defaultDatabase() == QStringLiteral("postgresql://sales@db.example.com/crm"));
}

TEST_CASE("ui/Every control of the settings dialog is named as its label reads", "[settings]")
{
    SettingsDialog dialog(3);
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (!(widget->focusPolicy() & Qt::TabFocus) || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        CHECK_FALSE(widget->accessibleName().contains(u'&'));
    }
    for (QLabel *label : dialog.findChildren<QLabel *>()) {
        if (!label->buddy())
            continue;
        CHECK(label->buddy()->accessibleName() == label->text().remove(u'&'));
    }
}

TEST_CASE("ui/The dark theme shows at once, stays after a restart, and keeps error text readable", "[settings][theme]")
{
    forget();
    AppTheme::apply(AppTheme::Choice::System);
    REQUIRE_FALSE(isDark(QApplication::palette()));   // the offscreen platform's own look is light
    // An error line already on screen when the theme changes.
    QWidget window;
    auto *layout = new QVBoxLayout(&window);
    auto *error = new QLabel(&window);
    layout->addWidget(error);
    DialogParts::showError(error, QStringLiteral("Owner: choose an employee."));
    window.show();

    {
        SettingsDialog dialog(0);
        auto *theme = child<QComboBox>(&dialog, "themeCombo");
        CHECK(theme->count() == 3);
        CHECK(theme->currentData().toString().isEmpty());   // the system's
    }
    chooseTheme(QStringLiteral("dark"));
    // At once: Fusion with a dark palette, and the error line in a colour that reads on it.
    CHECK(isDark(QApplication::palette()));
    CHECK(isDark(window.palette()));
    CHECK(QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) == 0);
    const QColor errorText = error->palette().color(QPalette::WindowText);
    CAPTURE(errorText.name().toStdString());
    CHECK(errorText == StatusColors::color(StatusColors::Tone::Error, QApplication::palette()));
    CHECK(StatusColors::contrast(errorText, window.palette().color(QPalette::Window)) >= 4.5);

    // A restart: the application starts with the platform's look, then takes the kept one.
    QSettings().sync();
    AppTheme::apply(AppTheme::Choice::System);
    REQUIRE_FALSE(isDark(QApplication::palette()));
    AppTheme::applyStored();
    CHECK(isDark(QApplication::palette()));
    const QPalette dark = QApplication::palette();
    for (StatusColors::Tone tone : {StatusColors::Tone::Error, StatusColors::Tone::Warning}) {
        const QColor text = StatusColors::color(tone, dark);
        CAPTURE(text.name().toStdString());
        CHECK(StatusColors::contrast(text, dark.color(QPalette::Window)) >= 4.5);
        CHECK(StatusColors::contrast(text, dark.color(QPalette::Base)) >= 4.5);
    }
    {
        SettingsDialog again(0);
        CHECK(child<QComboBox>(&again, "themeCombo")->currentData().toString() == QStringLiteral("dark"));
    }

    // Light, then the system's again: light at once, and nothing kept for the system's.
    chooseTheme(QStringLiteral("light"));
    CHECK_FALSE(isDark(QApplication::palette()));
    CHECK(AppTheme::stored() == AppTheme::Choice::Light);
    CHECK(StatusColors::contrast(error->palette().color(QPalette::WindowText),
                                 window.palette().color(QPalette::Window)) >= 4.5);
    chooseTheme(QString());
    CHECK_FALSE(isDark(QApplication::palette()));
    CHECK_FALSE(QSettings().contains(AppTheme::key()));
}

TEST_CASE("ui/A language and default database kept by an earlier version are still used", "[settings]")
{
    forget();
    {
        // Where QSettings read them back from the file that earlier versions wrote.
        QSettings settings;
        settings.setValue(QStringLiteral("General/language"), QStringLiteral("ru"));
        settings.setValue(QStringLiteral("General/defaultDatabase"), QStringLiteral("/srv/crm/team.sqlite"));
    }
    CHECK(SettingsDialog::language() == QStringLiteral("ru"));
    CHECK(SettingsDialog::defaultDatabase() == QStringLiteral("/srv/crm/team.sqlite"));
    {
        // Saved again, they move to their keys, and a default database cleared stays cleared.
        SettingsDialog dialog(0);
        CHECK(child<QComboBox>(&dialog, "languageCombo")->currentData().toString() == QStringLiteral("ru"));
        child<QLineEdit>(&dialog, "databaseEdit")->clear();
        child<QDialogButtonBox>(&dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    CHECK(QSettings().value(SettingsDialog::languageKey()).toString() == QStringLiteral("ru"));
    CHECK_FALSE(QSettings().contains(QStringLiteral("General/language")));
    CHECK(SettingsDialog::defaultDatabase().isEmpty());
    forget();
}
