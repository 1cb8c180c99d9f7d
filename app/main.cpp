#include "commandline.h"
#include "database.h"
#include "employeerepository.h"
#include "logindialog.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

namespace {
void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("crm-agent"));
    QCoreApplication::setApplicationName(QStringLiteral("crm-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_AGENT_VERSION));
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(QLocale(), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(QLocale(), QStringLiteral("crm-agent"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
}
} // namespace

int main(int argc, char *argv[])
{
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication(app);
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setUpApplication(app);
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/crm-agent.svg")));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"), QApplication::translate("main", "Database file."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QApplication::translate("main", "Sign in as LOGIN."),
                                        QStringLiteral("LOGIN"));
    parser.addOptions({dbOption, userOption});
    if (!parser.parse(QApplication::arguments())) {
        CommandLine::printError(parser.errorText());
        return 2;
    }

    Database db;
    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    if (!db.openSqlite(path)) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CRM Agent"),
                              QApplication::translate("main", "Cannot open the database %1:\n%2").arg(path, db.errorString()));
        return 1;
    }

    Employee me;
    EmployeeRepository employees(db.connection());
    QString error;
    if (parser.isSet(userOption) && qEnvironmentVariableIsSet("CRM_AGENT_PASSWORD")) {
        if (!employees.authenticate(parser.value(userOption), qEnvironmentVariable("CRM_AGENT_PASSWORD"), &me, &error)) {
            CommandLine::printError(error);
            return 1;
        }
    } else {
        LoginDialog login(db.connection(), parser.value(userOption));
        if (login.exec() != QDialog::Accepted)
            return 0;
        me = login.employee();
    }

    MainWindow window(&db, me);
    window.show();
    return QApplication::exec();
}
