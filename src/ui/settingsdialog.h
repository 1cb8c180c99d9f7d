#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class SettingsDialog;
}

// File > Settings… (Ctrl+,): the language (the system's, English or Russian; it changes when the
// application starts again), the theme (the system's, light or dark: AppTheme; it changes at once),
// the database opened when none is named on the command line, the export's format defaults (those
// the export dialog opens with), and the source the signed-in employee's new leads start with.
// Kept in QSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    // `employeeId`: whose lead source is set (0: none, the row is hidden).
    explicit SettingsDialog(qint64 employeeId, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    // "", "en" or "ru": the language chosen (empty: the system's).
    static QString language();
    // The database to open when the command line names none (empty: the application's default).
    static QString defaultDatabase();
    static QString languageKey();
    static QString defaultDatabaseKey();

public Q_SLOTS:
    // Checks the default database's form, saves everything and closes.
    void accept() override;

private:
    void browse();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    qint64 m_employeeId;
};
