#include "args.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

bool Args::parse(const QStringList &args, const QStringList &valued, const QStringList &flags)
{
    bool onlyPositional = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (onlyPositional || !a.startsWith(u"--"_s) || a == u"-"_s) {
            m_positional << a;
            continue;
        }
        if (a == u"--"_s) {
            onlyPositional = true;
            continue;
        }
        QString name = a.mid(2);
        QString value;
        bool inlineValue = false;
        if (const qsizetype eq = name.indexOf(u'='); eq >= 0) {
            value = name.mid(eq + 1);
            name = name.left(eq);
            inlineValue = true;
        }
        if (valued.contains(name)) {
            if (!inlineValue) {
                if (i + 1 >= args.size()) {
                    m_error = Tr::tr("The option --%1 needs a value.").arg(name);
                    return false;
                }
                value = args[++i];
            }
            m_values[name].append(value);
        } else if (flags.contains(name)) {
            if (inlineValue) {
                m_error = Tr::tr("The option --%1 takes no value.").arg(name);
                return false;
            }
            m_flags << name;
        } else {
            m_error = Tr::tr("Unknown option --%1.").arg(name);
            return false;
        }
    }
    return true;
}

QString Args::value(const QString &name, const QString &fallback) const
{
    const QStringList v = m_values.value(name);
    return v.isEmpty() ? fallback : v.last();
}

std::optional<ActionShape> findAction(const Args &a, std::initializer_list<ActionShape> shapes,
                                      const QString &unknown, QString *problem)
{
    const QString action = a.positional(0);
    for (const ActionShape &shape : shapes) {
        if (action != QLatin1String(shape.name))
            continue;
        const qsizetype n = a.positional().size();
        if (n >= shape.minArgs && n <= shape.maxArgs)
            return shape;
        *problem = n < shape.minArgs ? Tr::tr("Missing arguments.") : Tr::tr("Too many arguments.");
        return std::nullopt;
    }
    *problem = unknown;
    return std::nullopt;
}

} // namespace sb::cli
