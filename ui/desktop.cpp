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

int runDesktop(int &argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Servicebench"_s);
    QApplication::setApplicationName(u"Servicebench"_s);
    QApplication::setApplicationVersion(QStringLiteral(SB_VERSION));
    QApplication::setWindowIcon(QIcon(u":/servicebench/icons/servicebench.svg"_s));

    QCommandLineParser parser;
    parser.addPositionalArgument(u"file"_s, u"workbook"_s, u"[FILE.sbw]"_s);
    const QCommandLineOption lang(u"lang"_s, u"language"_s, u"en|zh_CN"_s);
    const QCommandLineOption user(u"user"_s, u"acting user"_s, u"NAME"_s);
    const QCommandLineOption readOnly(u"read-only"_s, u"open read-only"_s);
    const QCommandLineOption show(u"show"_s, u"record to show"_s, u"ID"_s);
    const QCommandLineOption grab(u"grab"_s, u"save a picture of the window and quit"_s, u"PNG"_s);
    const QCommandLineOption grabDelay(u"grab-delay"_s, u"milliseconds before --grab"_s, u"MS"_s,
                                       u"1500"_s);
    parser.addOptions({lang, user, readOnly, show, grab, grabDelay});
    parser.process(app);

    QSettings settings;
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
