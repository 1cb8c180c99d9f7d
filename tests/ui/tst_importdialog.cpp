// The import dialog (mapping, preview, checks, remembered choices) and the import's progress,
// Cancel and outcome from the main window (issue #13), offscreen, on both engines.
#include "database.h"
#include "employeerepository.h"
#include "importaction.h"
#include "importdialog.h"
#include "leadlistmodel.h"
#include "leadlistwidget.h"
#include "mainwindow.h"
#include "opensession.h"
#include "tempdir.h"
#include "testdatabase.h"
#include "catchresult.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTableWidget>
#include <QTest>

#include <catch2/catch.hpp>

namespace {

constexpr int WaitMs = 60000;

template<typename T>
T *child(QWidget *parent, const char *name)
{
    T *widget = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(widget);
    return widget;
}

void forgetChoices()
{
    QSettings().remove(QStringLiteral("import"));
}

QString writeFile(const TempDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.file(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    return path;
}

QString errorText(QWidget *dialog)
{
    auto *label = child<QLabel>(dialog, "errorLabel");
    return label->isVisibleTo(dialog) ? label->text() : QString();
}

void clickImport(QDialog *dialog)
{
    child<QDialogButtonBox>(dialog, "buttonBox")->button(QDialogButtonBox::Ok)->click();
}

// An empty database with one sales agent signed in through a session, and a window for the action.
struct ImportSetup
{
    ImportSetup()
    {
        REQUIRE(database.open(test.location(), QStringLiteral("import-ui")));
        EmployeeRepository employees(database.connection());
        REQUIRE(employees.create(QStringLiteral("agent"), QStringLiteral("Agent"), RoleSet(Role::Sales),
                                 QStringLiteral("agentpw123")));
        me = valueOf(employees.authenticate(QStringLiteral("agent"), QStringLiteral("agentpw123")));
        session = openSession(database.path(), me);
    }
    qint64 leadCount() const { return test.scalar(QStringLiteral("SELECT COUNT(*) FROM leads")).toLongLong(); }

    TestDatabase test;
    Database database;
    Employee me;
    std::unique_ptr<Session> session;
};

} // namespace

TEST_CASE("ui/The import dialog reads a Windows-1251 semicolon file with Russian headers and maps its columns", "[importdialog]")
{
    forgetChoices();
    TempDir dir;
    QStringEncoder cp1251("windows-1251");
    REQUIRE(cp1251.isValid());
    const QByteArray bytes = cp1251(QStringLiteral("Название;Источник;Телефон;Заметка\r\n"
                                                   "Поставка станков;Партнёр;+7 495 123-45-67;звонить утром\r\n"));
    const QString path = writeFile(dir, QStringLiteral("лиды.csv"), bytes);

    ImportDialog dialog;
    dialog.setFilePath(path);
    CHECK(errorText(&dialog).isEmpty());
    CHECK(dialog.preview().encoding == TextEncoding::Windows1251);
    CHECK(dialog.preview().delimiter == CsvDelimiter::Semicolon);
    REQUIRE(dialog.preview().headers.size() == 4);
    // Each column has its combo box, named after its header, on the field the header names.
    CHECK(dialog.fieldCombo(0)->accessibleName() == QStringLiteral("Название"));
    CHECK(dialog.fieldCombo(0)->currentData().toInt() == int(LeadField::Name));
    CHECK(dialog.fieldCombo(1)->currentData().toInt() == int(LeadField::Source));
    CHECK(dialog.fieldCombo(2)->currentData().toInt() == int(LeadField::ContactPhone));
    CHECK(dialog.fieldCombo(3)->currentData().toInt() == -1);   // not a lead field: not imported
    auto *preview = child<QTableWidget>(&dialog, "previewTable");
    CHECK(preview->rowCount() == 1);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("Поставка станков"));
    CHECK(child<QGroupBox>(&dialog, "previewBox")->title().contains(QStringLiteral("Windows-1251")));
    // The report goes beside the file.
    CHECK(child<QLineEdit>(&dialog, "reportEdit")->text().endsWith(QStringLiteral("лиды-rejected.csv")));

    // Choosing a field for another column takes it from the column that had it.
    dialog.fieldCombo(3)->setCurrentIndex(dialog.fieldCombo(3)->findData(int(LeadField::ContactPhone)));
    CHECK(dialog.fieldCombo(2)->currentData().toInt() == -1);
    // Reading it as UTF-8 instead is the user's choice, and the preview follows.
    auto *encoding = child<QComboBox>(&dialog, "encodingCombo");
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Utf8)));
    CHECK(dialog.preview().encoding == TextEncoding::Utf8);
    CHECK(dialog.fieldCombo(0)->currentData().toInt() == -1);   // its headers read wrong name nothing
    encoding->setCurrentIndex(encoding->findData(int(TextEncoding::Windows1251)));
    CHECK(dialog.fieldCombo(0)->currentData().toInt() == int(LeadField::Name));

    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    const ImportRequest request = dialog.request();
    CHECK(request.filePath == path);
    CHECK(request.encoding == TextEncoding::Windows1251);
    CHECK(request.delimiter == CsvDelimiter::Semicolon);
    CHECK(request.mapping.columnOf(LeadField::Name) == 0);
}

TEST_CASE("ui/The import dialog names the field that stops it", "[importdialog]")
{
    forgetChoices();
    TempDir dir;
    ImportDialog dialog;
    clickImport(&dialog);
    CHECK(errorText(&dialog).startsWith(QStringLiteral("File: ")));

    dialog.setFilePath(dir.file(QStringLiteral("missing.csv")));
    CHECK(errorText(&dialog).startsWith(QStringLiteral("File: ")));
    clickImport(&dialog);
    CHECK(dialog.result() != QDialog::Accepted);

    dialog.setFilePath(writeFile(dir, QStringLiteral("nameless.csv"), "City,Phone\nOmsk,+7 3812 000000\n"));
    CHECK(errorText(&dialog).isEmpty());
    clickImport(&dialog);
    CHECK(errorText(&dialog).startsWith(QStringLiteral("Columns: no column fills Name")));

    dialog.fieldCombo(0)->setCurrentIndex(dialog.fieldCombo(0)->findData(int(LeadField::Name)));
    auto *source = child<QComboBox>(&dialog, "sourceCombo");
    source->setCurrentIndex(0);   // none
    clickImport(&dialog);
    CHECK(errorText(&dialog).startsWith(QStringLiteral("Lead source for rows without one: ")));
    QTest::keyClick(source, Qt::Key_Down);   // the first source
    CHECK(errorText(&dialog).isEmpty());   // gone once the field it names is edited

    child<QLineEdit>(&dialog, "reportEdit")->setText(dir.path());
    clickImport(&dialog);
    CHECK(errorText(&dialog).startsWith(QStringLiteral("Rejected rows report: ")));
    child<QLineEdit>(&dialog, "reportEdit")->clear();
    clickImport(&dialog);
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(dialog.request().defaultSource == LeadSource::SelfGeneration);
    CHECK(dialog.request().reportPath.isEmpty());
}

TEST_CASE("ui/The import dialog remembers the mapping for files with the same columns, and its choices", "[importdialog]")
{
    forgetChoices();
    TempDir dir;
    const QString path = writeFile(dir, QStringLiteral("a.csv"), "Who,Where from,Notes\nAcme,website_form,x\n");
    {
        ImportDialog dialog;
        dialog.setFilePath(path);
        CHECK(dialog.fieldCombo(0)->currentData().toInt() == -1);   // "Who" names no field
        dialog.fieldCombo(0)->setCurrentIndex(dialog.fieldCombo(0)->findData(int(LeadField::Name)));
        dialog.fieldCombo(1)->setCurrentIndex(dialog.fieldCombo(1)->findData(int(LeadField::Source)));
        dialog.fieldCombo(2)->setCurrentIndex(dialog.fieldCombo(2)->findData(int(LeadField::Description)));
        auto *duplicates = child<QComboBox>(&dialog, "duplicatesCombo");
        duplicates->setCurrentIndex(duplicates->findData(int(ImportDuplicateMode::Flag)));
        dialog.accept();
        REQUIRE(dialog.result() == QDialog::Accepted);
    }
    // Another file with the same headers (in another case): the same mapping, said so.
    const QString other = writeFile(dir, QStringLiteral("b.csv"), "WHO,where from,notes\nBeta,partner,y\n");
    ImportDialog dialog;
    dialog.setFilePath(other);
    CHECK(dialog.fieldCombo(0)->currentData().toInt() == int(LeadField::Name));
    CHECK(dialog.fieldCombo(1)->currentData().toInt() == int(LeadField::Source));
    CHECK(dialog.fieldCombo(2)->currentData().toInt() == int(LeadField::Description));
    CHECK(child<QLabel>(&dialog, "mappingNoteLabel")->text().contains(QStringLiteral("remembered")));
    CHECK(dialog.request().duplicates == ImportDuplicateMode::Flag);
}

TEST_CASE("ui/Every control of the import dialog is named for assistive technology", "[importdialog]")
{
    forgetChoices();
    TempDir dir;
    ImportDialog dialog;
    dialog.setFilePath(writeFile(dir, QStringLiteral("c.csv"), "Name,Lead source,E-mail\nA,website_form,a@example.com\n"));
    for (QWidget *widget : dialog.findChildren<QWidget *>()) {
        if (!widget->focusPolicy() || qobject_cast<QLabel *>(widget) || !widget->isVisibleTo(&dialog)
            || widget->inherits("QScrollBar") || widget->inherits("QHeaderView") || widget->inherits("QSplitterHandle")
            || widget->inherits("QScrollArea") || widget->objectName().startsWith(QLatin1String("qt_")))
            continue;
        INFO(widget->metaObject()->className() << " " << widget->objectName().toStdString());
        CHECK_FALSE(widget->accessibleName().isEmpty());
        CHECK_FALSE(widget->accessibleName().contains(u'&'));
    }
}

TEST_CASE("ui/Import from the window: Ctrl+I, progress off the UI thread, the outcome said, the list refreshed", "[importaction]")
{
    forgetChoices();
    ImportSetup setup;
    MainWindow window(setup.session.get());
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *action = window.findChild<ImportAction *>();
    REQUIRE(action);
    QAction *menuAction = window.findChild<QAction *>(QStringLiteral("actionImport"));
    REQUIRE(menuAction);
    CHECK(menuAction->shortcut() == QKeySequence(QStringLiteral("Ctrl+I")));
    CHECK(menuAction->isEnabled());

    const QString path = writeFile(setup.test.dir(), QStringLiteral("leads.csv"),
                                   "Name,Lead source,E-mail,Company TIN\n"
                                   "Machine tools,partner,buyer@example.com,7707083893\n"
                                   "Office chairs,website_form,,\n"
                                   "Bad TIN,partner,,12345\n"
                                   ",partner,nameless@example.com,\n");
    QSignalSpy opened(action, &ImportAction::importDialogOpened);
    QSignalSpy finished(action, &ImportAction::importFinished);
    QTest::keyClick(&window, Qt::Key_I, Qt::ControlModifier);
    REQUIRE(opened.size() == 1);
    auto *dialog = opened.at(0).at(0).value<ImportDialog *>();
    REQUIRE(dialog);
    dialog->setFilePath(path);
    REQUIRE(QTest::qWaitForWindowExposed(dialog));
    dialog->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(dialog));
    QTest::keyClick(child<QLineEdit>(dialog, "fileEdit"), Qt::Key_Return, Qt::ControlModifier);
    INFO(errorText(dialog).toStdString());
    REQUIRE(finished.wait(WaitMs));
    CHECK(finished.at(0).at(0).toBool());
    const QString message = finished.at(0).at(1).toString();
    INFO(message.toStdString());
    CHECK(message.startsWith(QStringLiteral("Imported 2 leads")));
    CHECK(message.contains(QStringLiteral("2 rows rejected")));
    CHECK(message.contains(QStringLiteral("leads-rejected.csv")));
    CHECK(setup.leadCount() == 2);
    CHECK(QFile::exists(setup.test.dir().file(QStringLiteral("leads-rejected.csv"))));
    // Rows were rejected: a warning says so over the window.
    auto *box = window.findChild<QMessageBox *>();
    REQUIRE(box);
    CHECK(box->icon() == QMessageBox::Warning);
    box->close();
    // The list shows the new leads.
    LeadListModel *model = window.leadList()->model();
    if (model->counts().total != 2) {
        QSignalSpy counted(model, &LeadListModel::countsChanged);
        while (model->counts().total != 2)
            REQUIRE(counted.wait(WaitMs));
    }
}

TEST_CASE("ui/Cancel in the import's progress dialog leaves the database as it was", "[importaction]")
{
    forgetChoices();
    ImportSetup setup;
    QByteArray bytes = "Name,Lead source,City\n";
    for (int i = 0; i < 20000; ++i)
        bytes += "Lead " + QByteArray::number(i) + ",partner,Omsk\n";
    const QString path = writeFile(setup.test.dir(), QStringLiteral("big.csv"), bytes);
    QWidget window;
    ImportAction action(&window, setup.session.get(), nullptr, nullptr);
    QSignalSpy opened(&action, &ImportAction::importDialogOpened);
    QSignalSpy finished(&action, &ImportAction::importFinished);
    action.importLeads();
    REQUIRE(opened.size() == 1);
    auto *dialog = opened.at(0).at(0).value<ImportDialog *>();
    dialog->setFilePath(path);
    clickImport(dialog);
    REQUIRE(action.isBusy());
    REQUIRE(action.progressDialog());
    QPushButton *cancel = action.progressDialog()->findChild<QPushButton *>();
    REQUIRE(cancel);
    cancel->click();
    REQUIRE(finished.wait(WaitMs));
    CHECK_FALSE(finished.at(0).at(0).toBool());
    CHECK(finished.at(0).at(1).toString() == QStringLiteral("Import canceled; nothing was imported."));
    CHECK(setup.leadCount() == 0);
    CHECK_FALSE(action.isBusy());
}
