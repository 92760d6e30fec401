// servicebench: with no subcommand the desktop program, with one the command line.
#include "cli/cli.h"
#include "desktop.h"
#include "i18n.h"

#include <QCoreApplication>
#include <QStringList>

int main(int argc, char **argv)
{
    QStringList args;
    for (int i = 1; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (sb::cli::isCliInvocation(args)) {
        // Headless: no display needed, nothing of the GUI loaded.
        QCoreApplication app(argc, argv);
        QCoreApplication::setOrganizationName(QStringLiteral("Servicebench"));
        QCoreApplication::setApplicationName(QStringLiteral("Servicebench"));
        sb::Translations::install();
        return sb::cli::run(args);
    }
    return sb::ui::runDesktop(argc, argv);
}
