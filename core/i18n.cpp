#include "i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
QTranslator *&ours()
{
    static QTranslator *t = nullptr;
    return t;
}
QTranslator *&qtBase()
{
    static QTranslator *t = nullptr;
    return t;
}
QString &currentLanguage()
{
    static QString l = u"en"_s;
    return l;
}

QString pick(const QString &requested)
{
    if (!requested.isEmpty())
        return requested.startsWith(u"zh"_s) ? u"zh_CN"_s : u"en"_s;
    // Follow the system: the first UI language we have.
    for (const QString &l : QLocale::system().uiLanguages()) {
        if (l.startsWith(u"zh"_s))
            return u"zh_CN"_s;
        if (l.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
}
} // namespace

QStringList Translations::available()
{
    return {u"en"_s, u"zh_CN"_s};
}

QString Translations::nativeName(const QString &language)
{
    return language == u"zh_CN"_s ? u"简体中文"_s : u"English"_s;
}

QString Translations::current()
{
    return currentLanguage();
}

QString Translations::install(const QString &language)
{
    const QString lang = pick(language);
    for (QTranslator **slot : {&ours(), &qtBase()}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    // English is the source language, but its catalogue holds the plural forms.
    auto *t = new QTranslator;
    if (t->load(u":/i18n/servicebench_"_s + lang + u".qm"_s)) {
        QCoreApplication::installTranslator(t);
        ours() = t;
    } else {
        delete t;
    }
    if (lang != u"en"_s) {
        auto *q = new QTranslator;
        if (q->load(u"qtbase_"_s + lang, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(q);
            qtBase() = q;
        } else {
            delete q;
        }
    }
    QLocale::setDefault(QLocale(lang == u"zh_CN"_s ? QLocale::Chinese : QLocale::English,
                                lang == u"zh_CN"_s ? QLocale::China : QLocale::UnitedStates));
    currentLanguage() = lang;
    return lang;
}

} // namespace sb
