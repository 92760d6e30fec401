#define CATCH_CONFIG_RUNNER
#include "testutil.h"

#include "i18n.h"

int main(int argc, char **argv)
{
    // The core tests need an application object for translations and timers; the UI tests
    // have a main of their own that makes a QApplication.
    QCoreApplication app(argc, argv);
    sb::Translations::install(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
