#include "desktop.h"

#include "mainwindow.h"

#include "i18n.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Desktop)
};
} // namespace

int runDesktop(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Servicebench"_s);
    QApplication::setApplicationName(u"Servicebench"_s);
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    QApplication::setWindowIcon(QIcon(u":/servicebench/icons/servicebench.svg"_s));

    // The language chosen last time (or the system's) already speaks in --help.
    QSettings settings;
    Translations::install(settings.value(u"language"_s).toString());
    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, Tr::tr("The workbook to open."), u"[FILE.sbw]"_s);
    const QCommandLineOption lang(u"lang"_s, Tr::tr("The language of the program: en or zh_CN."),
                                  u"en|zh_CN"_s);
    const QCommandLineOption user(
        u"user"_s, Tr::tr("Work as NAME instead of the operating system's login."), u"NAME"_s);
    const QCommandLineOption readOnly(u"read-only"_s, Tr::tr("Open the workbook read-only."));
    const QCommandLineOption show(
        u"show"_s, Tr::tr("Show the record ID (e.g. SVC-3) once the workbook is open."), u"ID"_s);
    const QCommandLineOption grab(
        u"grab"_s, Tr::tr("Save a picture of the window as PNG once it has settled, and quit."),
        u"PNG"_s);
    const QCommandLineOption grabDelay(u"grab-delay"_s,
                                       Tr::tr("How long to wait before --grab, in milliseconds."),
                                       u"MS"_s, u"1500"_s);
    const QCommandLineOption dock(
        u"dock"_s,
        Tr::tr("Bring a panel to the front once the workbook is open: incidents, requests, "
               "problems, knowledge, trends, cmdb, cmdb-graph, tasks, master-data or search."),
        u"NAME"_s);
    parser.addOptions({lang, user, readOnly, show, dock, grab, grabDelay});
    parser.process(app);

    const QString requested =
        parser.isSet(lang) ? parser.value(lang) : settings.value(u"language"_s).toString();
    Translations::install(requested);

    MainWindow window;
    window.setUser(parser.value(user));
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openWorkbook(QDir::current().absoluteFilePath(files.first()),
                            parser.isSet(readOnly));
    if (parser.isSet(dock))
        window.showDock(parser.value(dock));
    if (parser.isSet(show))
        window.showRecord(parser.value(show));
    if (parser.isSet(grab)) {
        const QString target = parser.value(grab);
        QTimer::singleShot(parser.value(grabDelay).toInt(), &window, [&window, target] {
            const bool ok = window.grab().save(target);
            QApplication::exit(ok ? 0 : 1);
        });
    }
    return app.exec();
}

} // namespace sb::ui
