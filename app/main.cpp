#include "apptheme.h"
#include "commandline.h"
#include "database.h"
#include "databaselocation.h"
#include "desktopapp.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEventLoop>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <optional>

namespace {
void setUpApplication(QCoreApplication &app)
{
    QCoreApplication::setOrganizationName(QStringLiteral("crm-agent"));
    QCoreApplication::setApplicationName(QStringLiteral("crm-agent"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CRM_AGENT_VERSION));
    // The language chosen in Settings, else the system's.
    const QString language = SettingsDialog::language();
    if (language == QLatin1String("en"))
        return;
    const QLocale locale = language.isEmpty() ? QLocale() : QLocale(language);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator);
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, QStringLiteral("crm-agent"), QStringLiteral("_"), QStringLiteral(":/i18n")))
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
    // Before Qt decodes them: a path whose bytes are not text is refused, never renamed.
    if (!CommandLine::argumentsDecode(argc, argv))
        return 2;
    if (CommandLine::isHeadless(argc, argv)) {
        QCoreApplication app(argc, argv);
        setUpApplication(app);
        return CommandLine::runHeadless(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setUpApplication(app);
    AppTheme::applyStored();
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/crm-agent.svg")));

    QCommandLineParser parser;
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QApplication::translate("main", "Database: an SQLite file or a postgresql:// URI."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption userOption(QStringLiteral("user"), QApplication::translate("main", "Sign in as LOGIN."),
                                        QStringLiteral("LOGIN"));
    parser.addOptions({dbOption, userOption});
    if (!parser.parse(QApplication::arguments())) {
        CommandLine::printError(parser.errorText());
        return 2;
    }

    QString text;
    if (!CommandLine::readDatabaseOption(parser, dbOption, &text))
        return 2;
    // Without --db: the database chosen in Settings, if any (else the default file).
    if (!parser.isSet(dbOption) && !SettingsDialog::defaultDatabase().isEmpty())
        text = SettingsDialog::defaultDatabase();
    const Result<DatabaseLocation> location = DatabaseLocation::parse(text);
    if (!location) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "CRM Agent"), location.error());
        return 1;
    }

    QSettings settings;
    DesktopApp desktop(&settings);
    const bool automatic = parser.isSet(userOption) && qEnvironmentVariableIsSet("CRM_AGENT_PASSWORD");
    if (automatic)
        desktop.setAutomaticSignIn(parser.value(userOption), qEnvironmentVariable("CRM_AGENT_PASSWORD"));
    // The password comes from PGPASSWORD or ~/.pgpass (libpq), else the Connect dialog asks for it.
    const Result<bool> started = waitFor<Result<bool>>([&](QObject *, auto done) {
        if (automatic)
            desktop.connectTo(*location, QString(), parser.value(userOption), done);
        else
            desktop.start(*location, parser.value(userOption), done);
    });
    if (!started) {
        if (automatic)
            CommandLine::printError(started.error());
        else
            QMessageBox::critical(nullptr, QApplication::translate("main", "CRM Agent"), started.error());
        return 1;
    }
    if (!*started)
        return 0;   // the sign-in or the Connect dialog was cancelled
    // Signed out, and the sign-in dialog cancelled: nothing is left to show.
    QObject::connect(&desktop, &DesktopApp::nobodySignedIn, qApp, &QApplication::quit, Qt::QueuedConnection);
    return QApplication::exec();
}
