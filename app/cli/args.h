#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

namespace sb::cli {

// The command line after the subcommand: positional arguments, repeatable options with a
// value (--set a=b --set c=d), and flags. Options are declared by the command, so an unknown
// one is an error the user sees, not something silently ignored.
class Args
{
public:
    // `valued`: options that take a value; `flags`: options that do not.
    bool parse(const QStringList &args, const QStringList &valued, const QStringList &flags);
    const QString &error() const { return m_error; }

    const QStringList &positional() const { return m_positional; }
    QString positional(int i) const { return m_positional.value(i); }
    bool has(const QString &name) const
    {
        return m_values.contains(name) || m_flags.contains(name);
    }
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString value(const QString &name, const QString &fallback = {}) const;
    QStringList values(const QString &name) const { return m_values.value(name); }

private:
    QStringList m_positional;
    QHash<QString, QStringList> m_values;
    QStringList m_flags;
    QString m_error;
};

// One action of a command that has several (servicebench cmdb audit|findings|...), with how
// many positional arguments it takes, the action and FILE included.
struct ActionShape
{
    const char *name;
    int minArgs;
    int maxArgs;
    bool writes = false; // opens the workbook to write
};

// The shape of `a`'s action among `shapes`; none when it names none or its arguments are too
// few or too many, with `problem` saying which (`unknown` is the message for an unknown action).
std::optional<ActionShape> findAction(const Args &a, std::initializer_list<ActionShape> shapes,
                                      const QString &unknown, QString *problem);

} // namespace sb::cli
