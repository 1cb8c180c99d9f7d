#include "commandline.h"
#include "database.h"
#include "logindialog.h"
#include "mainwindow.h"
#include "session.h"
#include "signinservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTranslator>

#include <optional>

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
// Runs the event loop (no window shows yet) until `start(context, done)` answers through `done`.
template<typename T, typename Start>
T waitFor(Start start)
{
    QEventLoop loop;
    QObject context;
    std::optional<T> answer;
    start(&context, [&](T value) {
        answer.emplace(std::move(value));
        loop.quit();
    });
    if (!answer)
        loop.exec();
    return std::move(*answer);
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

    const QString path = parser.isSet(dbOption) ? parser.value(dbOption) : Database::defaultPath();
    Session session(path);
    const Result<void> opened = waitFor<Result<void>>([&](QObject *c, auto done) { session.open(c, done); });
    if (!opened) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CRM Agent"),
                              QApplication::translate("main", "Cannot open the database %1:\n%2").arg(path, opened.error()));
        return 1;
    }

    if (parser.isSet(userOption) && qEnvironmentVariableIsSet("CRM_AGENT_PASSWORD")) {
        const Result<Employee> me = waitFor<Result<Employee>>([&](QObject *c, auto done) {
            SignInService(&session).signIn(parser.value(userOption), qEnvironmentVariable("CRM_AGENT_PASSWORD"), c, done);
        });
        if (!me) {
            CommandLine::printError(me.error());
            return 1;
        }
        session.setEmployee(*me);
    } else {
        LoginDialog login(&session, parser.value(userOption));   // sets the session's employee
        if (login.exec() != QDialog::Accepted)
            return 0;
    }

    MainWindow window(&session);
    window.show();
    return QApplication::exec();
}
