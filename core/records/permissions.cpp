#include "permissions.h"

#include "recordtypes.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

const char *const roleLabels[][2] = {
    {"requester", QT_TRANSLATE_NOOP("Role", "Requester")},
    {"agent", QT_TRANSLATE_NOOP("Role", "Agent")},
    {"problem_manager", QT_TRANSLATE_NOOP("Role", "Problem manager")},
    {"knowledge_manager", QT_TRANSLATE_NOOP("Role", "Knowledge manager")},
    {"change_manager", QT_TRANSLATE_NOOP("Role", "Change manager")},
    {"cab_member", QT_TRANSLATE_NOOP("Role", "CAB member")},
    {"configuration_manager", QT_TRANSLATE_NOOP("Role", "Configuration manager")},
    {"service_owner", QT_TRANSLATE_NOOP("Role", "Service owner")},
    {"auditor", QT_TRANSLATE_NOOP("Role", "Auditor")},
    {"sms_owner", QT_TRANSLATE_NOOP("Role", "SMS owner")},
    {"administrator", QT_TRANSLATE_NOOP("Role", "Administrator")},
};

QString actionPhrase(const QString &action, const QString &typePlural)
{
    if (action == u"create"_s)
        return Tr::tr("create %1").arg(typePlural);
    if (action == u"update"_s)
        return Tr::tr("change %1").arg(typePlural);
    if (action == u"transition"_s)
        return Tr::tr("move %1 through their lifecycle").arg(typePlural);
    if (action == u"delete"_s)
        return Tr::tr("delete %1").arg(typePlural);
    if (action == u"link"_s)
        return Tr::tr("link %1 to other records").arg(typePlural);
    if (action == u"attach"_s)
        return Tr::tr("attach files to %1").arg(typePlural);
    if (action == u"import"_s)
        return Tr::tr("import %1").arg(typePlural);
    return Tr::tr("%1 %2").arg(action, typePlural);
}
} // namespace

Result<Permissions> Permissions::load(Database &db, const QString &login)
{
    Permissions p;
    p.m_login = login;
    Statement roles = db.prepare("SELECT role FROM user_role WHERE login = ?1 ORDER BY role");
    roles.bind(1, login);
    while (roles.next())
        p.m_roles << roles.text(0);
    if (roles.error().isError())
        return roles.error();
    if (p.m_roles.isEmpty()) {
        Statement def = db.prepare("SELECT value FROM setting WHERE key = 'default_role'");
        if (def.next() && !def.isNull(0) && !def.text(0).isEmpty())
            p.m_roles << def.text(0);
        p.m_default = true;
    }
    Statement perms = db.prepare("SELECT role, record_type, action FROM role_permission");
    while (perms.next()) {
        const QString key = perms.text(1) + u'/' + perms.text(2);
        p.m_rolesFor[key].append(perms.text(0));
        if (p.m_roles.contains(perms.text(0)))
            p.m_allowed.insert(key);
    }
    if (perms.error().isError())
        return perms.error();
    return p;
}

bool Permissions::hasAnyRole(const QStringList &roles) const
{
    for (const QString &r : roles) {
        if (m_roles.contains(r))
            return true;
    }
    return false;
}

bool Permissions::allows(const QString &type, const QString &action) const
{
    return m_allowed.contains(type + u'/' + action) || m_allowed.contains(u"*/"_s + action);
}

Error Permissions::require(const RecordTypeDef &type, const QString &action) const
{
    if (allows(type.type, action))
        return {};
    QStringList would = m_rolesFor.value(type.type + u'/' + action);
    would.removeAll(u"administrator"_s);
    QStringList labels;
    for (const QString &r : std::as_const(would))
        labels << roleLabel(r);
    if (labels.isEmpty())
        labels << roleLabel(u"administrator"_s);
    QStringList held;
    for (const QString &r : m_roles)
        held << roleLabel(r);
    return Error(ErrorCode::PermissionDenied,
                 Tr::tr("%1 may not %2 (roles held: %3). This needs the role: %4.")
                     .arg(m_login, actionPhrase(action, type.displayPluralLabel().toLower()),
                          held.isEmpty() ? Tr::tr("none") : held.join(u", "_s),
                          labels.join(Tr::tr(" or "))));
}

Error Permissions::requireAdministrator(const QString &what) const
{
    if (isAdministrator())
        return {};
    return Error(ErrorCode::PermissionDenied,
                 Tr::tr("%1 may not %2: only an administrator may.").arg(m_login, what));
}

QString Permissions::roleLabel(const QString &role)
{
    for (const auto &r : roleLabels) {
        if (role == QLatin1String(r[0]))
            return QCoreApplication::translate("Role", r[1]);
    }
    return role;
}

QStringList Permissions::knownRoles()
{
    QStringList out;
    for (const auto &r : roleLabels)
        out << QString::fromLatin1(r[0]);
    return out;
}

} // namespace sb
