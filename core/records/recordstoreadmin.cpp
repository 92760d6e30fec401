// RecordStore: the workbook's settings, role grants, and the first administrator.
#include "recordstore.h"

#include "clock.h"
#include "incident/prioritymatrix.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};
} // namespace

Error RecordStore::validateSetting(const QString &key, const QString &value)
{
    auto invalid = [&](const QString &expected) {
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("The setting %1 cannot be \"%2\": it expects %3.").arg(key, value, expected));
    };
    if (key == u"shared"_s)
        return value == u"0"_s || value == u"1"_s ? Error() : invalid(Tr::tr("0 or 1"));
    if (key == u"attachment_max_bytes"_s) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        // SQLite keeps a value under a gigabyte in one piece.
        return ok && n > 0 && n <= 1000000000
            ? Error()
            : invalid(Tr::tr("a number of bytes up to 1000000000"));
    }
    if (key == u"default_role"_s) {
        // Everyone without a role gets it: never more than a working role.
        if (value.isEmpty()
            || (Permissions::knownRoles().contains(value) && value != u"administrator"_s
                && value != u"sms_owner"_s))
            return {};
        return invalid(Tr::tr("a role other than administrator and SMS owner, or nothing"));
    }
    if (key == u"language"_s)
        return value == u"en"_s || value == u"zh_CN"_s ? Error() : invalid(u"en, zh_CN"_s);
    auto inRange = [&](qint64 low, qint64 high) {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok && n >= low && n <= high
            ? Error()
            : invalid(Tr::tr("a whole number from %1 to %2").arg(low).arg(high));
    };
    if (key == u"major_incident.priority_at_most"_s)
        return inRange(0, 5);
    if (key == u"major_incident.manager"_s)
        return value.size() <= 200 ? Error() : invalid(Tr::tr("a name of up to 200 characters"));
    if (key == u"attention.customer_update_minutes"_s)
        return inRange(1, 100000);
    if (key == u"auto_close.days"_s)
        return inRange(0, 365);
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("There is no setting \"%1\". The settings are: shared, "
                        "attachment_max_bytes, default_role, language, "
                        "major_incident.priority_at_most, major_incident.manager, "
                        "attention.customer_update_minutes, auto_close.days.")
                     .arg(key));
}

Error RecordStore::setSetting(const QString &key, const QString &value)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    if (Error e = m_permissions->requireAdministrator(Tr::tr("change the workbook's settings"));
        e.isError())
        return e;
    if (Error e = validateSetting(key, value); e.isError())
        return e;
    const QString old = m_workbook.setting(key);
    if (old == value && !old.isNull())
        return tx.commit();
    Statement st = m_db.prepare("INSERT OR REPLACE INTO setting(key, value) VALUES (?1, ?2)");
    st.bind(1, key).bind(2, value);
    if (Error e = st.exec(); e.isError())
        return e;
    if (Error e = writeWorkbookAudit(u"setting"_s, key, old, value); e.isError())
        return e;
    m_metaDataVersion = -1;
    return tx.commit();
}

Error RecordStore::setPriorityMatrix(const PriorityMatrix &matrix)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    if (Error e = m_permissions->requireAdministrator(Tr::tr("change the priority matrix"));
        e.isError())
        return e;
    if (Error e = matrix.validate(); e.isError())
        return e;
    Result<PriorityMatrix> old = PriorityMatrix::load(m_db);
    if (!old.ok())
        return old.error();
    if (*old == matrix)
        return tx.commit();
    if (Error e = m_db.exec("DELETE FROM priority_matrix"); e.isError())
        return e;
    Statement ins =
        m_db.prepare("INSERT INTO priority_matrix(impact, urgency, priority) VALUES (?1, ?2, ?3)");
    for (const PriorityMatrix::Cell &c : matrix.cells()) {
        ins.bind(1, c.impact).bind(2, c.urgency).bind(3, c.priority);
        if (Error e = ins.exec(); e.isError())
            return e;
        ins.reset();
    }
    // One entry per cell that changed, appeared or went, so the history reads cell by cell.
    QList<PriorityMatrix::Cell> touched = old->cells();
    touched.append(matrix.cells());
    QSet<std::pair<int, int>> seen;
    for (const PriorityMatrix::Cell &c : std::as_const(touched)) {
        if (seen.contains({c.impact, c.urgency}))
            continue;
        seen.insert({c.impact, c.urgency});
        const std::optional<int> before = old->cell(c.impact, c.urgency);
        const std::optional<int> after = matrix.cell(c.impact, c.urgency);
        if (before == after)
            continue;
        const QString field = u"priority_matrix[%1,%2]"_s.arg(c.impact).arg(c.urgency);
        if (Error e = writeWorkbookAudit(u"setting"_s, field,
                                         before ? QString::number(*before) : QString(),
                                         after ? QString::number(*after) : QString());
            e.isError())
            return e;
    }
    return tx.commit();
}

Error RecordStore::grantRole(const QString &login, const QString &role)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    if (Error e = m_permissions->requireAdministrator(Tr::tr("grant roles")); e.isError())
        return e;
    if (!Permissions::knownRoles().contains(role)) {
        Statement r = m_db.prepare("SELECT 1 FROM role WHERE name = ?1");
        r.bind(1, role);
        if (!r.next())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("There is no role \"%1\". The roles are: %2.")
                             .arg(role, Permissions::knownRoles().join(u", "_s)));
    }
    const QString who = login.trimmed();
    if (who.isEmpty() || who.contains(u' '))
        return Error(ErrorCode::InvalidInput, Tr::tr("\"%1\" is not a login name.").arg(login));
    Statement st = m_db.prepare("INSERT OR IGNORE INTO user_role(login, role) VALUES (?1, ?2)");
    st.bind(1, who).bind(2, role);
    if (Error e = st.exec(); e.isError())
        return e;
    if (m_db.changes() == 0)
        return tx.commit();
    if (Error e = writeWorkbookAudit(u"grant"_s, role, {}, who); e.isError())
        return e;
    m_metaDataVersion = -1;
    return tx.commit();
}

Error RecordStore::revokeRole(const QString &login, const QString &role)
{
    WriteTransaction tx(m_db);
    if (Error e = beginWrite(tx); e.isError())
        return e;
    if (Error e = m_permissions->requireAdministrator(Tr::tr("revoke roles")); e.isError())
        return e;
    if (role == u"administrator"_s) {
        Result<QVariant> admins =
            m_db.scalar("SELECT count(*) FROM user_role WHERE role = 'administrator'");
        if (admins.ok() && admins->toLongLong() <= 1)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The last administrator cannot be removed; grant the role to "
                                "someone else first."));
    }
    Statement st = m_db.prepare("DELETE FROM user_role WHERE login = ?1 AND role = ?2");
    st.bind(1, login).bind(2, role);
    if (Error e = st.exec(); e.isError())
        return e;
    if (m_db.changes() == 0)
        return Error(
            ErrorCode::NotFound,
            Tr::tr("%1 does not have the role %2.").arg(login, Permissions::roleLabel(role)));
    if (Error e = writeWorkbookAudit(u"revoke"_s, role, login, {}); e.isError())
        return e;
    m_metaDataVersion = -1;
    return tx.commit();
}

Error RecordStore::bootstrap(const QString &displayName)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    WriteTransaction tx(m_db);
    if (Error e = tx.begin(); e.isError())
        return e;
    Result<QVariant> admins =
        m_db.scalar("SELECT count(*) FROM user_role WHERE role = 'administrator'");
    if (!admins.ok())
        return admins.error();
    if (admins->toLongLong() > 0)
        return Error(ErrorCode::PermissionDenied,
                     Tr::tr("This workbook already has an administrator."));
    // The creator becomes the first administrator: the one grant that needs no grantor.
    Statement st = m_db.prepare("INSERT INTO user_role(login, role) VALUES (?1, 'administrator')");
    st.bind(1, user());
    if (Error e = st.exec(); e.isError())
        return e;
    if (Error e = writeWorkbookAudit(u"grant"_s, u"administrator"_s, {}, user()); e.isError())
        return e;
    m_metaDataVersion = -1;
    Statement person = m_db.prepare("SELECT 1 FROM person WHERE login = ?1");
    person.bind(1, user());
    const bool hasPerson = person.next();
    person.reset();
    if (!hasPerson) {
        Result<RecordRef> p =
            create(u"person"_s,
                   {{u"title"_s, displayName.trimmed().isEmpty() ? user() : displayName.trimmed()},
                    {u"login"_s, user()}});
        if (!p.ok())
            return p.error();
    }
    return tx.commit();
}

} // namespace sb
