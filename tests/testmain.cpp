#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Widgets tests run on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Fix what would make runs differ from one machine to the next.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
    // Each test program keeps its settings and application data in folders of its own: CTest runs
    // programs side by side (the SQLite and the PostgreSQL run of one test at once), and a setting
    // one of them saves must not reach the other mid-test. Commands the test starts inherit them.
    const QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "cannot make a temporary folder for the settings: %s\n", qPrintable(home.errorString()));
        return 1;
    }
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config"))));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crm-agent-tests"));
    QApplication::setOrganizationName(QStringLiteral("crm-agent-tests"));
    return Catch::Session().run(argc, argv);
}
