// The export dialog and the export's progress with Cancel (issue #5), offscreen.
#include "csvreader.h"
#include "database.h"
#include "demogenerator.h"
#include "exportdialog.h"
#include "exportaction.h"
#include "exportrunner.h"
#include "employeerepository.h"
#include "leadlistwidget.h"
#include "listselection.h"
#include "opensession.h"
#include "tempdir.h"
#include "testdatabase.h"
#include "catchresult.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSqlQuery>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <catch2/catch.hpp>

namespace {

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

void forgetChoices()
{
    QSettings().remove(QStringLiteral("export"));
}

const QList<ExportColumn> kViewColumns = {ExportColumns::ofField(LeadField::Name), ExportColumn::State, ExportColumns::ofField(LeadField::Owner)};

} // namespace

TEST_CASE("The export dialog starts with defaults that open right in spreadsheet programs", "[exportdialog]")
{
    forgetChoices();
    const QLocale saved;
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));
    {
        ExportDialog dialog(kViewColumns, 0);
        CHECK(dialog.format().delimiter == CsvDelimiter::Semicolon);
        CHECK(dialog.format().byteOrderMark);
        CHECK(dialog.format().header);
        CHECK(dialog.format().formulaGuard);
        CHECK(dialog.scope() == ExportScope::View);
        CHECK(dialog.columns() == kViewColumns);   // the view's visible columns, in its order
        CHECK_FALSE(child<QRadioButton>(&dialog, "selectedRadio")->isEnabled());   // nothing selected
        CHECK(dialog.filePath().endsWith(QStringLiteral(".csv")));
    }
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    {
        ExportDialog dialog(kViewColumns, 3);
        CHECK(dialog.format().delimiter == CsvDelimiter::Comma);
        CHECK(child<QRadioButton>(&dialog, "selectedRadio")->isEnabled());
        CHECK(child<QRadioButton>(&dialog, "selectedRadio")->text().contains("3"));
    }
    QLocale::setDefault(saved);
}

TEST_CASE("The export dialog remembers the last choices", "[exportdialog]")
{
    forgetChoices();
    TempDir dir;
    {
        ExportDialog dialog(kViewColumns, 5);
        child<QRadioButton>(&dialog, "allRadio")->setChecked(true);
        // All leads bring every column; keep three, moving City to the front.
        QListWidget *list = child<QListWidget>(&dialog, "columnList");
        CHECK(dialog.columns() == ExportColumns::all());
        child<QPushButton>(&dialog, "noColumnsButton")->click();
        CHECK(dialog.columns().isEmpty());
        for (int i = 0; i < list->count(); ++i) {
            const QString text = list->item(i)->text();
            if (text == QLatin1String("Number") || text == QLatin1String("Name") || text == QLatin1String("City"))
                list->item(i)->setCheckState(Qt::Checked);
        }
        CHECK(dialog.columns() == QList<ExportColumn>({ExportColumn::Number, ExportColumns::ofField(LeadField::Name), ExportColumns::ofField(LeadField::City)}));
        list->setCurrentRow(int(list->findItems(QStringLiteral("City"), Qt::MatchExactly).first()->listWidget()->row(
            list->findItems(QStringLiteral("City"), Qt::MatchExactly).first())));
        child<QPushButton>(&dialog, "upButton")->click();   // City above the columns before it
        while (list->currentRow() > 0)
            child<QPushButton>(&dialog, "upButton")->click();
        CHECK(dialog.columns() == QList<ExportColumn>({ExportColumns::ofField(LeadField::City), ExportColumn::Number, ExportColumns::ofField(LeadField::Name)}));

        QComboBox *delimiter = child<QComboBox>(&dialog, "delimiterCombo");
        delimiter->setCurrentIndex(delimiter->findData(static_cast<int>(CsvDelimiter::Tab)));
        child<QCheckBox>(&dialog, "headerCheck")->setChecked(false);
        child<QCheckBox>(&dialog, "bomCheck")->setChecked(false);
        child<QCheckBox>(&dialog, "guardCheck")->setChecked(false);
        dialog.setFilePath(dir.file(QStringLiteral("mine")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.filePath() == dir.file(QStringLiteral("mine.csv")));   // the extension added
    }
    ExportDialog again(kViewColumns, 5);
    CHECK(again.scope() == ExportScope::AllLeads);
    CHECK(again.columns() == QList<ExportColumn>({ExportColumns::ofField(LeadField::City), ExportColumn::Number, ExportColumns::ofField(LeadField::Name)}));
    CHECK(again.format().delimiter == CsvDelimiter::Tab);
    CHECK_FALSE(again.format().header);
    CHECK_FALSE(again.format().byteOrderMark);
    CHECK_FALSE(again.format().formulaGuard);
    CHECK(QFileInfo(again.filePath()).absolutePath() == QFileInfo(dir.path()).absoluteFilePath());
    // Back to the view: its own columns again.
    child<QRadioButton>(&again, "viewRadio")->setChecked(true);
    CHECK(again.columns() == kViewColumns);
    child<QRadioButton>(&again, "allRadio")->setChecked(true);
    CHECK(again.columns() == QList<ExportColumn>({ExportColumns::ofField(LeadField::City), ExportColumn::Number, ExportColumns::ofField(LeadField::Name)}));
    forgetChoices();
}

TEST_CASE("The export dialog names the field that stops it", "[exportdialog]")
{
    forgetChoices();
    TempDir dir;
    ExportDialog dialog(kViewColumns, 0);
    QLabel *error = child<QLabel>(&dialog, "errorLabel");
    child<QPushButton>(&dialog, "noColumnsButton")->click();
    dialog.setFilePath(dir.file(QStringLiteral("x.csv")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text().startsWith(QStringLiteral("Columns:")));

    child<QPushButton>(&dialog, "viewColumnsButton")->click();
    CHECK(dialog.columns() == kViewColumns);
    dialog.setFilePath(dir.file(QStringLiteral("missing/x.csv")));
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(error->text().startsWith(QStringLiteral("File:")));
    CHECK(error->text().contains(QStringLiteral("does not exist")));

    dialog.setFilePath(QString());
    dialog.accept();
    CHECK(error->text().startsWith(QStringLiteral("File:")));
    forgetChoices();
}

TEST_CASE("Every control of the export dialog is named for assistive technology", "[exportdialog]")
{
    ExportDialog dialog(kViewColumns, 2);
    for (QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
        if (button->text().isEmpty())
            continue;
        INFO(button->objectName().toStdString());
        QString visible = button->text();
        visible.remove(u'&');
        CHECK(button->accessibleName() == visible);
    }
    for (QWidget *w : QList<QWidget *>{child<QComboBox>(&dialog, "delimiterCombo"), child<QComboBox>(&dialog, "formatCombo"),
                                       child<QLineEdit>(&dialog, "fileEdit"),
                                       child<QListWidget>(&dialog, "columnList")})
        CHECK_FALSE(w->accessibleName().isEmpty());
}

TEST_CASE("The export dialog offers an Excel workbook, with the CSV-only options off", "[exportdialog][xlsx]")
{
    forgetChoices();
    TempDir dir;
    {
        ExportDialog dialog(kViewColumns, 5);
        auto *formatCombo = child<QComboBox>(&dialog, "formatCombo");
        auto *formatLabel = child<QLabel>(&dialog, "formatLabel");
        CHECK(formatCombo->accessibleName() == formatLabel->text().remove(u'&'));
        CHECK(formatLabel->buddy() == formatCombo);
        CHECK(dialog.fileFormat() == ExportFileFormat::Csv);
        // The dialog's own mnemonics stay unique with the new label.
        QList<QChar> mnemonics;
        for (QWidget *w : dialog.findChildren<QWidget *>()) {
            QString text;
            if (auto *label = qobject_cast<QLabel *>(w))
                text = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                text = button->text();
            const qsizetype amp = text.indexOf(u'&');
            if (amp >= 0 && amp + 1 < text.size()) {
                INFO(text.toStdString());
                CHECK_FALSE(mnemonics.contains(text.at(amp + 1).toLower()));
                mnemonics.append(text.at(amp + 1).toLower());
            }
        }
        dialog.setFilePath(dir.file(QStringLiteral("leads.csv")));
        formatCombo->setCurrentIndex(formatCombo->findData(static_cast<int>(ExportFileFormat::Xlsx)));
        CHECK(dialog.fileFormat() == ExportFileFormat::Xlsx);
        CHECK(dialog.filePath() == dir.file(QStringLiteral("leads.xlsx")));   // the extension follows
        CHECK_FALSE(child<QComboBox>(&dialog, "delimiterCombo")->isEnabled());
        CHECK_FALSE(child<QCheckBox>(&dialog, "bomCheck")->isEnabled());
        CHECK_FALSE(child<QCheckBox>(&dialog, "guardCheck")->isEnabled());
        CHECK(child<QCheckBox>(&dialog, "headerCheck")->isEnabled());
        dialog.setFilePath(dir.file(QStringLiteral("mine")));
        dialog.accept();
        CHECK(dialog.result() == QDialog::Accepted);
        CHECK(dialog.filePath() == dir.file(QStringLiteral("mine.xlsx")));
    }
    {
        // Remembered, with the default file name's extension.
        ExportDialog dialog(kViewColumns, 5);
        CHECK(dialog.fileFormat() == ExportFileFormat::Xlsx);
        CHECK(dialog.filePath().endsWith(QStringLiteral(".xlsx")));
        auto *formatCombo = child<QComboBox>(&dialog, "formatCombo");
        formatCombo->setCurrentIndex(formatCombo->findData(static_cast<int>(ExportFileFormat::Csv)));
        CHECK(dialog.filePath().endsWith(QStringLiteral(".csv")));
        CHECK(child<QComboBox>(&dialog, "delimiterCombo")->isEnabled());
    }
    forgetChoices();
}

TEST_CASE("The export dialog says before the export when a workbook needs more than one sheet", "[exportdialog][xlsx]")
{
    forgetChoices();
    ExportDialog dialog(kViewColumns, 5);
    dialog.show();
    auto *note = child<QLabel>(&dialog, "sheetNoteLabel");
    auto *formatCombo = child<QComboBox>(&dialog, "formatCombo");
    dialog.setRowsPerSheet(4);
    dialog.setLeadCounts(9, -1);
    CHECK_FALSE(note->isVisible());   // CSV: one file, no sheets
    formatCombo->setCurrentIndex(formatCombo->findData(static_cast<int>(ExportFileFormat::Xlsx)));
    CHECK(note->isVisible());          // the view's 9 rows: 3 sheets of 4
    CHECK(note->text().contains(QStringLiteral("3 sheets")));
    child<QRadioButton>(&dialog, "selectedRadio")->setChecked(true);
    CHECK(note->isVisible());          // 5 selected rows: 2 sheets
    CHECK(note->text().contains(QStringLiteral("2 sheets")));
    child<QRadioButton>(&dialog, "allRadio")->setChecked(true);
    CHECK_FALSE(note->isVisible());    // not counted: nothing said
    dialog.setLeadCounts(9, 4);
    CHECK_FALSE(note->isVisible());    // 4 rows fit one sheet
    forgetChoices();
}

TEST_CASE("The export runs as a Session job off the UI thread with progress, and Cancel leaves no file", "[exportrunner]")
{
    TestDatabase test;
    const TempDir &dir = test.dir();
    Database database;
    REQUIRE(database.open(test.location(), QStringLiteral("export-ui")));
    QSqlDatabase db = database.connection();
    DemoOptions options;
    options.leads = 30000;
    REQUIRE(DemoGenerator::generate(db, options));

    const auto session = openSession(database.path());
    QWidget window;
    LeadExportRequest request;
    request.databasePath = database.path();
    request.outputPath = dir.file(QStringLiteral("leads.csv"));
    request.roles = Role::Sales;
    request.columns = {ExportColumn::Number, ExportColumns::ofField(LeadField::Name)};

    SECTION("finishes and writes every lead")
    {
        ExportRunner runner(session.get(), request, &window);
        QSignalSpy spy(&runner, &ExportRunner::finished);
        runner.start();
        CHECK(runner.isRunning());   // start() returned before the export ended
        // The export is a job on the Background lane: it ran on that lane's thread, not this one.
        QThread *lane = nullptr;
        const Result<int> probe = await<Result<int>>([&](QObject *c, auto done) {
            session->run(Session::Lane::Background, c, [&lane](QSqlDatabase &) {
                lane = QThread::currentThread();
                return Result<int>(0);
            }, done);
        });
        CHECK(probe.has_value());
        CHECK(lane != QThread::currentThread());
        // Jobs of a lane run in order: the probe answered after the export ended.
        CHECK_FALSE(runner.isRunning());
        if (spy.isEmpty())
            REQUIRE(spy.wait(60000));
        CHECK(spy.at(0).at(0).toBool());
        CHECK(spy.at(0).at(1).toLongLong() == 30000);
        QFile file(request.outputPath);
        REQUIRE(file.open(QIODevice::ReadOnly));
        CsvReader reader(&file);
        QStringList fields;
        qint64 records = 0;
        while (reader.readRecord(&fields))
            ++records;
        CHECK(records == 30001);
    }
    SECTION("Cancel in the progress dialog stops it and leaves nothing")
    {
        const QStringList before = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        ExportRunner runner(session.get(), request, &window);
        QSignalSpy spy(&runner, &ExportRunner::finished);
        runner.start();
        QPushButton *cancel = runner.progressDialog()->findChild<QPushButton *>();
        REQUIRE(cancel);
        cancel->click();
        REQUIRE(spy.wait(60000));
        CHECK_FALSE(spy.at(0).at(0).toBool());
        CHECK(spy.at(0).at(3).toBool());   // canceled
        CHECK_FALSE(QFile::exists(request.outputPath));
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == before);
    }
}

TEST_CASE("Exporting the selected rows writes every selected lead, loaded or not", "[exportaction][selection]")
{
    forgetChoices();
    TestDatabase test;
    const TempDir &dir = test.dir();
    Database database;
    REQUIRE(database.open(test.location(), QStringLiteral("export-selected")));
    QSqlDatabase db = database.connection();
    DemoOptions options;
    options.leads = 700;
    REQUIRE(DemoGenerator::generate(db, options));
    Employee admin;
    REQUIRE(EmployeeRepository(db).findByLogin(QStringLiteral("admin"), &admin));
    QStringList expected;
    QSqlQuery query(db);
    REQUIRE(query.exec(QStringLiteral("SELECT id FROM leads ORDER BY id")));
    while (query.next())
        expected.append(query.value(0).toString());

    const auto session = openSession(database.path(), admin);
    QWidget window;
    auto *list = new LeadListWidget(session.get(), &window);
    ExportAction action(&window, session.get(), list, nullptr);
    const int rows = selectAllWithPagesMissing(list);
    REQUIRE(rows == expected.size());

    QSignalSpy opened(&action, &ExportAction::exportDialogOpened);
    action.exportLeads();
    REQUIRE(opened.count() == 1);   // opened at once: the count needs no ids
    auto *dialog = opened.at(0).at(0).value<ExportDialog *>();
    REQUIRE(dialog);
    CHECK(dialog->isVisible());
    QRadioButton *selected = child<QRadioButton>(dialog, "selectedRadio");
    CHECK(selected->text().contains(QString::number(rows)));
    action.exportLeads();           // the dialog is open: no second one
    CHECK(opened.count() == 1);
    selected->setChecked(true);
    dialog->setFilePath(dir.file(QStringLiteral("selected.csv")));
    QSignalSpy finished(&action, &ExportAction::exportFinished);
    dialog->accept();
    REQUIRE(finished.wait(60000));
    CHECK(finished.at(0).at(0).toBool());
    CHECK_FALSE(action.isBusy());

    QFile file(dir.file(QStringLiteral("selected.csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file);
    QStringList fields;
    REQUIRE(reader.readRecord(&fields));   // the header
    const qsizetype number = fields.indexOf(QStringLiteral("Number"));
    REQUIRE(number >= 0);
    QStringList written;
    while (reader.readRecord(&fields))
        written.append(fields.at(number));
    std::sort(written.begin(), written.end(), [](const QString &a, const QString &b) { return a.toLongLong() < b.toLongLong(); });
    CHECK(written == expected);
    forgetChoices();
}

// Hidden (run with "[.screenshot]"): saves the dialog as a PNG for a human to look at.
TEST_CASE("Export dialog screenshot", "[.screenshot]")
{
    forgetChoices();
    ExportDialog dialog(kViewColumns, 12);
    dialog.show();
    QTest::qWait(50);
    const QString path = qEnvironmentVariable("CRM_SCREENSHOT", QStringLiteral("/tmp/exportdialog.png"));
    CHECK(dialog.grab().save(path));
}
