#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    // Widgets tests run on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Fix what would make runs differ from one machine to the next.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    qputenv("TZ", "UTC");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("crm-agent-tests"));
    QApplication::setOrganizationName(QStringLiteral("crm-agent-tests"));
    return Catch::Session().run(argc, argv);
}
