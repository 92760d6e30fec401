#pragma once

#include "core_global.h"
#include "result.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sb {

class Database;
struct RecordTypeDef;

// The acting user's roles and what they allow, read from the workbook. Enforced by the write
// path for every change, whatever program makes it. Reading is governed by the file's own
// permissions: whoever can read the file can read every record in it.
class SB_CORE_EXPORT Permissions
{
public:
    static Result<Permissions> load(Database &db, const QString &login);

    const QString &login() const { return m_login; }
    const QStringList &roles() const { return m_roles; }
    bool rolesAreDefault() const { return m_default; }
    bool isAdministrator() const { return m_roles.contains(QLatin1String("administrator")); }
    bool hasAnyRole(const QStringList &roles) const;
    bool allows(const QString &type, const QString &action) const;

    // PermissionDenied naming who, what, and which roles would allow it; or no error.
    Error require(const RecordTypeDef &type, const QString &action) const;
    Error requireAdministrator(const QString &what) const;

    static QString roleLabel(const QString &role);
    static QStringList knownRoles();

private:
    QString m_login;
    QStringList m_roles;
    bool m_default = false;
    QSet<QString> m_allowed; // "type/action", type may be "*"
    QHash<QString, QStringList> m_rolesFor; // "type/action" -> roles that have it
};

} // namespace sb
