#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

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

} // namespace sb::cli
