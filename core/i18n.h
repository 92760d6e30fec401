#pragma once

#include "core_global.h"

#include <QString>
#include <QStringList>

namespace sb {

// The program's translations (compiled into the core library) and Qt's own, switchable while
// the program runs. The desktop program rebuilds its strings on QEvent::LanguageChange.
class SB_CORE_EXPORT Translations
{
public:
    // "en" or "zh_CN"; empty: follow the system locale. Returns the language now in effect.
    static QString install(const QString &language = {});
    static QString current();
    static QStringList available();
    // The language's own name ("English", "简体中文").
    static QString nativeName(const QString &language);
};

} // namespace sb
