#include "citypes.h"

#include "records/audit.h"
#include "records/permissions.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CiTypes)
};

const QStringList CmdbRoles {u"administrator"_s, u"configuration_manager"_s};

// The relationship types 0009_cmdb.sql ships: their codes and labels stay.
const QStringList ShippedRelationKinds {u"depends_on"_s, u"runs_on"_s,      u"connected_to"_s,
                                        u"part_of"_s,    u"installed_on"_s, u"licensed_by"_s,
                                        u"located_in"_s};

// Labels of the shipped CI types and attributes, so that lupdate sees them; the workbook
// stores the English text and users' own labels are shown as typed.
[[maybe_unused]] const char *const shippedLabels[] = {
    QT_TRANSLATE_NOOP("CiType", "Business service"),
    QT_TRANSLATE_NOOP("CiType", "Application"),
    QT_TRANSLATE_NOOP("CiType", "Database"),
    QT_TRANSLATE_NOOP("CiType", "Physical server"),
    QT_TRANSLATE_NOOP("CiType", "Virtual server"),
    QT_TRANSLATE_NOOP("CiType", "Network device"),
    QT_TRANSLATE_NOOP("CiType", "Storage"),
    QT_TRANSLATE_NOOP("CiType", "End-user device"),
    QT_TRANSLATE_NOOP("CiType", "Software"),
    QT_TRANSLATE_NOOP("CiType", "Licence"),
    QT_TRANSLATE_NOOP("CiType", "Document"),
    QT_TRANSLATE_NOOP("CiType", "Location"),
    QT_TRANSLATE_NOOP("CiAttribute", "Service hours"),
    QT_TRANSLATE_NOOP("CiAttribute", "Catalogue service"),
    QT_TRANSLATE_NOOP("CiAttribute", "Vendor"),
    QT_TRANSLATE_NOOP("CiAttribute", "URL"),
    QT_TRANSLATE_NOOP("CiAttribute", "Environment"),
    QT_TRANSLATE_NOOP("CiAttribute", "Engine version"),
    QT_TRANSLATE_NOOP("CiAttribute", "Size (GB)"),
    QT_TRANSLATE_NOOP("CiAttribute", "Operating system"),
    QT_TRANSLATE_NOOP("CiAttribute", "CPU cores"),
    QT_TRANSLATE_NOOP("CiAttribute", "Memory (GB)"),
    QT_TRANSLATE_NOOP("CiAttribute", "IP address"),
    QT_TRANSLATE_NOOP("CiAttribute", "Ports"),
    QT_TRANSLATE_NOOP("CiAttribute", "Firmware"),
    QT_TRANSLATE_NOOP("CiAttribute", "Capacity (TB)"),
    QT_TRANSLATE_NOOP("CiAttribute", "RAID level"),
    QT_TRANSLATE_NOOP("CiAttribute", "Assigned to"),
    QT_TRANSLATE_NOOP("CiAttribute", "Edition"),
    QT_TRANSLATE_NOOP("CiAttribute", "Licence key"),
    QT_TRANSLATE_NOOP("CiAttribute", "Metric"),
    QT_TRANSLATE_NOOP("CiAttribute", "Location of the document"),
    QT_TRANSLATE_NOOP("CiAttribute", "Address"),
};

QStringList splitTypes(const QString &s)
{
    QStringList out;
    for (const QString &part : s.split(u',', Qt::SkipEmptyParts)) {
        const QString t = part.trimmed();
        if (!t.isEmpty() && t != u"*"_s)
            out << t;
    }
    return out;
}

QString describeType(const CiTypeDef &t)
{
    const QJsonObject o {{u"code"_s, t.code},
                         {u"label"_s, t.label},
                         {u"icon"_s, t.icon},
                         {u"subtypes"_s, QJsonArray::fromStringList(t.subtypes)},
                         {u"position"_s, t.position}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString describeAttribute(const CiAttributeDef &a)
{
    QJsonObject o {{u"ci_type"_s, a.ciType},    {u"name"_s, a.name},
                   {u"label"_s, a.label},       {u"kind"_s, CiAttributeDef::kindCode(a.kind)},
                   {u"required"_s, a.required}, {u"position"_s, a.position}};
    if (a.kind == CiAttributeDef::Kind::Choice)
        o.insert(u"choices"_s, QJsonArray::fromStringList(a.choices));
    if (a.kind == CiAttributeDef::Kind::Reference)
        o.insert(u"ref_type"_s, a.refType);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString describeRelationType(const CiRelationType &r, const QString &forward,
                             const QString &reverse)
{
    QStringList from = r.fromCiTypes;
    QStringList to = r.toCiTypes;
    from.sort();
    to.sort();
    const QJsonObject o {{u"kind"_s, r.kind},
                         {u"forward_label"_s, forward},
                         {u"reverse_label"_s, reverse},
                         {u"impact"_s, CiRelationType::impactCode(r.impact)},
                         {u"from_ci_types"_s, QJsonArray::fromStringList(from)},
                         {u"to_ci_types"_s, QJsonArray::fromStringList(to)},
                         {u"position"_s, r.position}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString jsonArray(const QStringList &list)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

bool oneLine(const QString &s)
{
    return std::none_of(s.cbegin(), s.cend(),
                        [](QChar c) { return c.category() == QChar::Other_Control; });
}

} // namespace

// ---- definitions -------------------------------------------------------------------------

QString CiAttributeDef::displayLabel() const
{
    return builtin ? QCoreApplication::translate("CiAttribute", label.toUtf8().constData()) : label;
}

QString CiAttributeDef::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Text: return u"text"_s;
    case Kind::Number: return u"number"_s;
    case Kind::Date: return u"date"_s;
    case Kind::Choice: return u"choice"_s;
    case Kind::Reference: return u"reference"_s;
    }
    return u"text"_s;
}

bool CiAttributeDef::kindFromCode(const QString &code, Kind *kind)
{
    for (Kind k : {Kind::Text, Kind::Number, Kind::Date, Kind::Choice, Kind::Reference}) {
        if (kindCode(k) == code) {
            *kind = k;
            return true;
        }
    }
    return false;
}

QString CiAttributeDef::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Text: return Tr::tr("Text");
    case Kind::Number: return Tr::tr("Number");
    case Kind::Date: return Tr::tr("Date");
    case Kind::Choice: return Tr::tr("Choice");
    case Kind::Reference: return Tr::tr("Reference");
    }
    return {};
}

QString CiTypeDef::displayLabel() const
{
    return builtin ? QCoreApplication::translate("CiType", label.toUtf8().constData()) : label;
}

const CiAttributeDef *CiTypeDef::attribute(QStringView name) const
{
    for (const CiAttributeDef &a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

bool CiRelationType::allows(const QString &fromCiType, const QString &toCiType) const
{
    // An end that is no CI (a service record) is checked by the link kind's record types.
    const bool fromOk =
        fromCiType.isEmpty() || fromCiTypes.isEmpty() || fromCiTypes.contains(fromCiType);
    const bool toOk = toCiType.isEmpty() || toCiTypes.isEmpty() || toCiTypes.contains(toCiType);
    return fromOk && toOk;
}

QString CiRelationType::impactCode(Impact impact)
{
    switch (impact) {
    case Impact::Reverse: return u"reverse"_s;
    case Impact::Forward: return u"forward"_s;
    case Impact::Both: return u"both"_s;
    }
    return {};
}

QString CiRelationType::impactLabel(Impact impact)
{
    switch (impact) {
    case Impact::Reverse: return Tr::tr("From target to source: the source needs the target");
    case Impact::Forward: return Tr::tr("From source to target: the target needs the source");
    case Impact::Both: return Tr::tr("Both ways");
    }
    return {};
}

QString CiAttributeChange::text(const QJsonValue &v)
{
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isString())
        return v.toString();
    if (v.isNull() || v.isUndefined())
        return {};
    const QJsonDocument doc =
        v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject());
    return QString::fromUtf8(doc.toJson(QJsonDocument::Compact));
}

QList<CiAttributeChange> CiAttributeChange::between(const QList<CiTypeDef> &types,
                                                    const QString &ciType,
                                                    const QString &beforeJson,
                                                    const QString &afterJson)
{
    return between(types, ciType, QJsonDocument::fromJson(beforeJson.toUtf8()).object(),
                   QJsonDocument::fromJson(afterJson.toUtf8()).object());
}

QList<CiAttributeChange> CiAttributeChange::between(const QList<CiTypeDef> &types,
                                                    const QString &ciType,
                                                    const QJsonObject &before,
                                                    const QJsonObject &after)
{
    QStringList names;
    const CiTypeDef *type = CiTypes::find(types, ciType);
    if (type) {
        for (const CiAttributeDef &a : type->attributes)
            names << a.name;
    }
    QStringList others = before.keys() + after.keys();
    others.sort();
    others.removeDuplicates();
    for (const QString &n : std::as_const(others)) {
        if (!names.contains(n))
            names << n;
    }
    QList<CiAttributeChange> out;
    for (const QString &n : std::as_const(names)) {
        const QString b = text(before.value(n));
        const QString a = text(after.value(n));
        if (a == b)
            continue;
        const CiAttributeDef *def = type ? type->attribute(n) : nullptr;
        out.append({n, def ? def->displayLabel() : n, b, a});
    }
    return out;
}

// ---- reading -----------------------------------------------------------------------------

CiTypes::CiTypes(Workbook &workbook)
    : m_workbook(workbook)
    , m_db(workbook.db())
{ }

Result<QList<CiTypeDef>> CiTypes::load(Database &db, const QString &only)
{
    QList<CiTypeDef> out;
    // Every CI write checks its type: with `only`, one row by its key and its attributes.
    const QString filter = only.isNull() ? u""_s : only;
    Statement st = db.prepare("SELECT code, label, icon, subtypes, position, builtin FROM ci_type "
                              "WHERE ?1 = '' OR code = ?1 ORDER BY position, code");
    st.bind(1, filter);
    while (st.next()) {
        CiTypeDef t;
        t.code = st.text(0);
        t.label = st.text(1);
        t.icon = st.text(2);
        t.subtypes = st.text(3).split(u',', Qt::SkipEmptyParts);
        for (QString &s : t.subtypes)
            s = s.trimmed();
        t.position = int(st.int64(4));
        t.builtin = st.int64(5) != 0;
        out.append(t);
    }
    if (st.error().isError())
        return st.error();
    Statement at = db.prepare("SELECT ci_type, name, label, kind, choices, ref_type, required, "
                              "position, builtin FROM ci_attribute WHERE ?1 = '' OR ci_type = ?1 "
                              "ORDER BY ci_type, position, name");
    at.bind(1, filter);
    while (at.next()) {
        CiAttributeDef a;
        a.ciType = at.text(0);
        a.name = at.text(1);
        a.label = at.text(2);
        CiAttributeDef::kindFromCode(at.text(3), &a.kind);
        const QJsonArray choices = QJsonDocument::fromJson(at.text(4).toUtf8()).array();
        for (const QJsonValue &c : choices)
            a.choices << c.toString();
        a.refType = at.text(5);
        a.required = at.int64(6) != 0;
        a.position = int(at.int64(7));
        a.builtin = at.int64(8) != 0;
        for (CiTypeDef &t : out) {
            if (t.code == a.ciType) {
                t.attributes.append(a);
                break;
            }
        }
    }
    if (at.error().isError())
        return at.error();
    return out;
}

Result<QList<CiRelationType>> CiTypes::loadRelationTypes(Database &db, const QString &only)
{
    QList<CiRelationType> out;
    Statement st = db.prepare(
        "SELECT r.kind, k.forward_label, k.reverse_label, r.impact, r.from_ci_types, "
        "r.to_ci_types, r.position FROM ci_relation_type r JOIN link_kind k ON k.kind = r.kind "
        "WHERE ?1 = '' OR r.kind = ?1 ORDER BY r.position, r.kind");
    st.bind(1, only.isNull() ? u""_s : only);
    while (st.next()) {
        CiRelationType r;
        r.kind = st.text(0);
        r.forwardLabel = QCoreApplication::translate("LinkKind", st.text(1).toUtf8().constData());
        r.reverseLabel = QCoreApplication::translate("LinkKind", st.text(2).toUtf8().constData());
        const QString impact = st.text(3);
        r.impact = impact == u"forward"_s ? CiRelationType::Impact::Forward
            : impact == u"both"_s         ? CiRelationType::Impact::Both
                                          : CiRelationType::Impact::Reverse;
        r.fromCiTypes = splitTypes(st.text(4));
        r.toCiTypes = splitTypes(st.text(5));
        r.position = int(st.int64(6));
        r.builtin = ShippedRelationKinds.contains(r.kind);
        out.append(r);
    }
    if (st.error().isError())
        return st.error();
    return out;
}

Result<QList<CiTypeDef>> CiTypes::types()
{
    return load(m_db);
}

Result<CiTypeDef> CiTypes::type(const QString &code)
{
    Result<QList<CiTypeDef>> all = load(m_db);
    if (!all.ok())
        return all.error();
    if (const CiTypeDef *t = find(*all, code))
        return *t;
    return Error(ErrorCode::NotFound, Tr::tr("There is no CI type \"%1\".").arg(code));
}

Result<QList<CiRelationType>> CiTypes::relationTypes()
{
    return loadRelationTypes(m_db);
}

Result<qint64> CiTypes::usage(const QString &code)
{
    Statement st = m_db.prepare("SELECT count(*) FROM ci WHERE ci_type = ?1");
    st.bind(1, code);
    if (!st.next())
        return st.error().isError() ? Result<qint64>(st.error()) : Result<qint64>(qint64(0));
    return st.int64(0);
}

const CiTypeDef *CiTypes::find(const QList<CiTypeDef> &types, QStringView code)
{
    for (const CiTypeDef &t : types) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

QString CiTypes::labelOf(const QList<CiTypeDef> &types, const QString &code)
{
    const CiTypeDef *t = find(types, code);
    return t ? t->displayLabel() : code;
}

QStringList CiTypes::icons()
{
    return {u"generic"_s, u"service"_s,  u"application"_s, u"database"_s, u"server"_s,
            u"virtual"_s, u"network"_s,  u"storage"_s,     u"device"_s,   u"software"_s,
            u"licence"_s, u"document"_s, u"location"_s};
}

Error CiTypes::validateCode(const QString &code, bool attribute)
{
    const bool ok = !code.isEmpty() && code.size() <= 40 && code.front() >= u'a'
        && code.front() <= u'z' && std::all_of(code.cbegin(), code.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
           });
    if (ok)
        return {};
    return Error(ErrorCode::InvalidInput,
                 attribute ? Tr::tr("\"%1\" cannot name an attribute: use lower-case letters, "
                                    "digits and _, starting with a letter, at most 40.")
                                 .arg(code)
                           : Tr::tr("\"%1\" cannot be a CI type's code: use lower-case letters, "
                                    "digits and _, starting with a letter, at most 40.")
                                 .arg(code));
}

// ---- changes ----------------------------------------------------------------------------

Error CiTypes::beginChange(WriteTransaction &tx)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    if (Error e = tx.begin(); e.isError())
        return e;
    RecordStore store(m_workbook);
    Result<Permissions> p = store.permissions();
    if (!p.ok())
        return p.error();
    if (p->hasAnyRole(CmdbRoles))
        return {};
    return Error(ErrorCode::PermissionDenied,
                 Tr::tr("%1 may not change the CI types. This needs the role: %2 or %3.")
                     .arg(p->login(), Permissions::roleLabel(CmdbRoles[1]),
                          Permissions::roleLabel(CmdbRoles[0])));
}

Error CiTypes::audit(const QString &field, const QString &oldValue, const QString &newValue)
{
    return AuditLog(m_db).append(m_workbook.user(), u"setting"_s, field, oldValue, newValue);
}

Error CiTypes::saveType(const CiTypeDef &in)
{
    CiTypeDef t = in;
    t.code = in.code.trimmed();
    t.label = in.label.trimmed();
    if (Error e = validateCode(t.code, false); e.isError())
        return e;
    if (t.label.isEmpty() || t.label.size() > 100 || !oneLine(t.label))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("A CI type needs a name of one line, at most 100 characters."));
    if (t.icon.isEmpty())
        t.icon = u"generic"_s;
    if (!icons().contains(t.icon))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("There is no icon \"%1\". The icons are: %2.")
                         .arg(t.icon, icons().join(u", "_s)));
    QStringList subtypes;
    for (const QString &s : std::as_const(t.subtypes)) {
        const QString v = s.trimmed();
        if (v.contains(u',') || !oneLine(v))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("A subtype is one line without commas: \"%1\".").arg(v));
        if (!v.isEmpty() && !subtypes.contains(v))
            subtypes << v;
    }
    t.subtypes = subtypes;

    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    QString before;
    {
        Result<QList<CiTypeDef>> all = load(m_db);
        if (!all.ok())
            return all.error();
        for (const CiTypeDef &old : *all) {
            if (old.code == t.code) {
                before = describeType(old);
                // A shipped type shown under its translated name keeps the English one in
                // the workbook, so it stays translated; a renamed one is the user's own.
                if (old.builtin && t.label == old.displayLabel())
                    t.label = old.label;
            } else if (old.displayLabel().compare(t.label, Qt::CaseInsensitive) == 0
                       || old.label.compare(t.label, Qt::CaseInsensitive) == 0) {
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("There is already a CI type named \"%1\".").arg(t.label));
            }
        }
    }
    Statement st = m_db.prepare(
        "INSERT INTO ci_type(code, label, icon, subtypes, position, builtin) "
        "VALUES (?1, ?2, ?3, ?4, ?5, 0) ON CONFLICT(code) DO UPDATE SET label = excluded.label, "
        "icon = excluded.icon, subtypes = excluded.subtypes, position = excluded.position, "
        "builtin = CASE WHEN ci_type.label = excluded.label THEN ci_type.builtin ELSE 0 END");
    st.bind(1, t.code).bind(2, t.label).bind(3, t.icon);
    // No subtypes is empty text, not NULL.
    st.bind(4, t.subtypes.isEmpty() ? u""_s : t.subtypes.join(u','));
    st.bind(5, t.position);
    if (Error e = st.exec(); e.isError())
        return e;
    const QString after = describeType(t);
    if (before != after) {
        if (Error e = audit(u"ci_type[%1]"_s.arg(t.code), before, after); e.isError())
            return e;
    }
    return tx.commit();
}

Error CiTypes::removeType(const QString &code)
{
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<CiTypeDef> t = type(code);
    if (!t.ok())
        return t.error();
    if (t->builtin)
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("\"%1\" is one of the shipped CI types and stays.").arg(t->displayLabel()));
    Result<qint64> n = usage(code);
    if (!n.ok())
        return n.error();
    if (*n > 0)
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("%n CI(s) have the type \"%1\"; give them another type first.", "", int(*n))
                .arg(t->displayLabel()));
    Result<QList<CiRelationType>> kinds = loadRelationTypes(m_db);
    if (!kinds.ok())
        return kinds.error();
    for (const CiRelationType &k : *kinds) {
        if (k.fromCiTypes.contains(code) || k.toCiTypes.contains(code))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("The relationship type \"%1\" joins CIs of the type \"%2\"; "
                                "take the type out of it first.")
                             .arg(k.forwardLabel, t->displayLabel()));
    }
    Statement del = m_db.prepare("DELETE FROM ci_type WHERE code = ?1");
    del.bind(1, code);
    if (Error e = del.exec(); e.isError())
        return e;
    if (Error e = audit(u"ci_type[%1]"_s.arg(code), describeType(*t), {}); e.isError())
        return e;
    return tx.commit();
}

Error CiTypes::saveAttribute(const CiAttributeDef &in)
{
    CiAttributeDef a = in;
    a.name = in.name.trimmed();
    a.label = in.label.trimmed();
    if (Error e = validateCode(a.name, true); e.isError())
        return e;
    if (a.label.isEmpty() || a.label.size() > 100 || !oneLine(a.label))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("An attribute needs a name of one line, at most 100 characters."));
    if (a.kind == CiAttributeDef::Kind::Choice) {
        QStringList choices;
        for (const QString &c : std::as_const(a.choices)) {
            const QString v = c.trimmed();
            if (!v.isEmpty() && !choices.contains(v))
                choices << v;
        }
        if (choices.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("A choice attribute needs at least one choice."));
        a.choices = choices;
    } else {
        a.choices.clear();
    }
    if (a.kind == CiAttributeDef::Kind::Reference) {
        if (!RecordTypes::find(a.refType))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("A reference attribute names the type of record it refers to; "
                                "\"%1\" is none.")
                             .arg(a.refType));
    } else {
        a.refType.clear();
    }

    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<CiTypeDef> t = type(a.ciType);
    if (!t.ok())
        return t.error();
    QString before;
    if (const CiAttributeDef *old = t->attribute(a.name)) {
        before = describeAttribute(*old);
        if (old->builtin && a.label == old->displayLabel())
            a.label = old->label;
        a.builtin = old->builtin && old->label == a.label;
        if (old->kind != a.kind || old->choices != a.choices || old->refType != a.refType) {
            // Values CIs already hold must still fit; the check reads them where they are.
            Statement vals =
                m_db.prepare("SELECT r.human_id, json_extract(c.attributes, '$.' || ?2) FROM ci c "
                             "JOIN record r ON r.id = c.id WHERE c.ci_type = ?1 "
                             "AND json_extract(c.attributes, '$.' || ?2) IS NOT NULL");
            vals.bind(1, a.ciType).bind(2, a.name);
            while (vals.next()) {
                const QString v = vals.text(1);
                bool fits = true;
                switch (a.kind) {
                case CiAttributeDef::Kind::Number: v.toDouble(&fits); break;
                case CiAttributeDef::Kind::Date:
                    fits = QDate::fromString(v, Qt::ISODate).isValid();
                    break;
                case CiAttributeDef::Kind::Choice: fits = a.choices.contains(v); break;
                default: break;
                }
                if (!fits)
                    return Error(ErrorCode::InvalidInput,
                                 Tr::tr("%1 holds \"%2\" for %3, which the changed attribute "
                                        "would not accept. Change that value first.")
                                     .arg(vals.text(0), v, a.label));
            }
            if (vals.error().isError())
                return vals.error();
        }
    } else {
        a.builtin = false;
    }
    QString choices;
    if (a.kind == CiAttributeDef::Kind::Choice)
        choices = QString::fromUtf8(
            QJsonDocument(QJsonArray::fromStringList(a.choices)).toJson(QJsonDocument::Compact));
    Statement st = m_db.prepare(
        "INSERT INTO ci_attribute(ci_type, name, label, kind, choices, ref_type, required, "
        "position, builtin) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) "
        "ON CONFLICT(ci_type, name) DO UPDATE SET label = excluded.label, kind = excluded.kind, "
        "choices = excluded.choices, ref_type = excluded.ref_type, required = excluded.required, "
        "position = excluded.position, builtin = excluded.builtin");
    st.bind(1, a.ciType).bind(2, a.name).bind(3, a.label).bind(4, CiAttributeDef::kindCode(a.kind));
    if (choices.isEmpty())
        st.bindNull(5);
    else
        st.bind(5, choices);
    if (a.refType.isEmpty())
        st.bindNull(6);
    else
        st.bind(6, a.refType);
    st.bind(7, a.required).bind(8, a.position).bind(9, a.builtin);
    if (Error e = st.exec(); e.isError())
        return e;
    const QString after = describeAttribute(a);
    if (before != after) {
        if (Error e = audit(u"ci_attribute[%1.%2]"_s.arg(a.ciType, a.name), before, after);
            e.isError())
            return e;
    }
    return tx.commit();
}

Error CiTypes::removeAttribute(const QString &ciType, const QString &name)
{
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<CiTypeDef> t = type(ciType);
    if (!t.ok())
        return t.error();
    const CiAttributeDef *a = t->attribute(name);
    if (!a)
        return Error(
            ErrorCode::NotFound,
            Tr::tr("CI type \"%1\" has no attribute \"%2\".").arg(t->displayLabel(), name));
    const QString before = describeAttribute(*a);
    Statement del = m_db.prepare("DELETE FROM ci_attribute WHERE ci_type = ?1 AND name = ?2");
    del.bind(1, ciType).bind(2, name);
    if (Error e = del.exec(); e.isError())
        return e;
    if (Error e = audit(u"ci_attribute[%1.%2]"_s.arg(ciType, name), before, {}); e.isError())
        return e;
    return tx.commit();
}

// ---- relationship types ------------------------------------------------------------------

Result<QHash<QString, qint64>> CiTypes::relationUsage()
{
    QHash<QString, qint64> out;
    Statement st = m_db.prepare("SELECT kind, count(*) FROM link WHERE kind IN "
                                "(SELECT kind FROM ci_relation_type) GROUP BY kind");
    while (st.next())
        out.insert(st.text(0), st.int64(1));
    if (st.error().isError())
        return st.error();
    return out;
}

Error CiTypes::saveRelationType(const CiRelationType &in)
{
    CiRelationType r = in;
    r.kind = in.kind.trimmed();
    const QString forward = in.forwardLabel.trimmed();
    const QString reverse = in.reverseLabel.trimmed();
    if (r.kind.isEmpty() || r.kind.size() > 40 || !r.kind.front().isLower()
        || !std::all_of(r.kind.cbegin(), r.kind.cend(), [](QChar c) {
               return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_';
           }))
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" cannot be a relationship type's code: use lower-case "
                            "letters, digits and _, starting with a letter, at most 40.")
                         .arg(r.kind));
    for (QStringList *list : {&r.fromCiTypes, &r.toCiTypes}) {
        QStringList clean;
        for (const QString &c : std::as_const(*list)) {
            const QString v = c.trimmed();
            if (!v.isEmpty() && v != u"*"_s && !clean.contains(v))
                clean << v;
        }
        clean.sort(); // one order, so that a list in another order is no change
        *list = clean;
    }

    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<QList<CiTypeDef>> types = load(m_db);
    if (!types.ok())
        return types.error();
    for (const QStringList *list : {&r.fromCiTypes, &r.toCiTypes}) {
        for (const QString &code : *list) {
            const bool known = find(*types, code) != nullptr;
            if (!known)
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("There is no CI type \"%1\".").arg(code));
        }
    }
    Result<QList<CiRelationType>> all = loadRelationTypes(m_db);
    if (!all.ok())
        return all.error();
    const CiRelationType *old = nullptr;
    int lastPosition = 0;
    for (const CiRelationType &k : *all) {
        lastPosition = std::max(lastPosition, k.position);
        if (k.kind == r.kind)
            old = &k;
    }
    // The labels as the workbook keeps them: shipped ones in English, to stay translated.
    QString storedForward = forward;
    QString storedReverse = reverse;
    QString before;
    if (old) {
        Statement st =
            m_db.prepare("SELECT forward_label, reverse_label FROM link_kind WHERE kind = ?1");
        st.bind(1, r.kind);
        if (!st.next())
            return st.error().isError() ? st.error() : Error(ErrorCode::Internal, r.kind);
        before = describeRelationType(*old, st.text(0), st.text(1));
        if (old->builtin) {
            storedForward = st.text(0);
            storedReverse = st.text(1);
        }
        r.position = old->position;
    } else {
        Statement st = m_db.prepare("SELECT 1 FROM link_kind WHERE kind = ?1");
        st.bind(1, r.kind);
        if (st.next())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("\"%1\" is already a kind of link between records.").arg(r.kind));
        r.position = lastPosition + 1;
    }
    for (const QString &label : {storedForward, storedReverse}) {
        if (label.isEmpty() || label.size() > 60 || !oneLine(label))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("A relationship type needs a label each way, of one line and at "
                                "most 60 characters."));
    }
    {
        // A label another kind has, as stored or as shown in the language in use, would make
        // two kinds read alike.
        Statement labels =
            m_db.prepare("SELECT k.kind, k.forward_label, k.reverse_label FROM link_kind k "
                         "JOIN ci_relation_type r ON r.kind = k.kind WHERE k.kind <> ?1");
        labels.bind(1, r.kind);
        QHash<QString, QStringList> taken;
        while (labels.next())
            taken[labels.text(0)] << labels.text(1) << labels.text(2);
        if (labels.error().isError())
            return labels.error();
        for (const CiRelationType &k : *all) {
            if (k.kind != r.kind)
                taken[k.kind] << k.forwardLabel << k.reverseLabel;
        }
        for (const QStringList &names : std::as_const(taken)) {
            for (const QString &mine : {storedForward, storedReverse}) {
                for (const QString &name : names) {
                    if (name.compare(mine, Qt::CaseInsensitive) == 0)
                        return Error(
                            ErrorCode::InvalidInput,
                            Tr::tr("There is already a relationship type \"%1\".").arg(mine));
                }
            }
        }
    }
    if (old) {
        // Narrower ends: the relationships already made must still fit.
        Statement misfit =
            m_db.prepare("SELECT count(*) FROM link l LEFT JOIN ci f ON f.id = l.from_id "
                         "LEFT JOIN ci t ON t.id = l.to_id WHERE l.kind = ?1 AND ("
                         "(json_array_length(?2) > 0 AND f.id IS NOT NULL AND f.ci_type NOT IN "
                         "(SELECT value FROM json_each(?2))) OR "
                         "(json_array_length(?3) > 0 AND t.id IS NOT NULL AND t.ci_type NOT IN "
                         "(SELECT value FROM json_each(?3))))");
        misfit.bind(1, r.kind).bind(2, jsonArray(r.fromCiTypes)).bind(3, jsonArray(r.toCiTypes));
        if (!misfit.next())
            return misfit.error();
        if (const qint64 n = misfit.int64(0); n > 0)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%n \"%1\" relationship(s) join CI types this would no longer "
                                "allow; remove them or keep their types.",
                                "", int(n))
                             .arg(old->forwardLabel));
    }

    Statement kind = m_db.prepare(
        "INSERT INTO link_kind(kind, forward_label, reverse_label, from_types, to_types) "
        "VALUES (?1, ?2, ?3, 'ci', 'ci') ON CONFLICT(kind) DO UPDATE SET "
        "forward_label = excluded.forward_label, reverse_label = excluded.reverse_label");
    kind.bind(1, r.kind).bind(2, storedForward).bind(3, storedReverse);
    if (Error e = kind.exec(); e.isError())
        return e;
    Statement rel = m_db.prepare(
        "INSERT INTO ci_relation_type(kind, impact, from_ci_types, to_ci_types, position) "
        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT(kind) DO UPDATE SET impact = excluded.impact, "
        "from_ci_types = excluded.from_ci_types, to_ci_types = excluded.to_ci_types");
    rel.bind(1, r.kind).bind(2, CiRelationType::impactCode(r.impact));
    rel.bind(3, r.fromCiTypes.isEmpty() ? u"*"_s : r.fromCiTypes.join(u','));
    rel.bind(4, r.toCiTypes.isEmpty() ? u"*"_s : r.toCiTypes.join(u','));
    rel.bind(5, r.position);
    if (Error e = rel.exec(); e.isError())
        return e;
    const QString after = describeRelationType(r, storedForward, storedReverse);
    if (before != after) {
        if (Error e = audit(u"ci_relation_type[%1]"_s.arg(r.kind), before, after); e.isError())
            return e;
    }
    return tx.commit();
}

Error CiTypes::removeRelationType(const QString &kind)
{
    WriteTransaction tx(m_db);
    if (Error e = beginChange(tx); e.isError())
        return e;
    Result<QList<CiRelationType>> found = loadRelationTypes(m_db, kind);
    if (!found.ok())
        return found.error();
    if (found->isEmpty())
        return Error(ErrorCode::NotFound,
                     Tr::tr("There is no relationship type \"%1\".").arg(kind));
    const CiRelationType r = found->first();
    if (r.builtin)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("\"%1\" is one of the shipped relationship types and stays.")
                         .arg(r.forwardLabel));
    Statement used = m_db.prepare("SELECT count(*) FROM link WHERE kind = ?1");
    used.bind(1, kind);
    if (!used.next())
        return used.error();
    if (const qint64 n = used.int64(0); n > 0)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%n CI relationship(s) are \"%1\"; remove them first.", "", int(n))
                         .arg(r.forwardLabel));
    QString before;
    {
        Statement st =
            m_db.prepare("SELECT forward_label, reverse_label FROM link_kind WHERE kind = ?1");
        st.bind(1, kind);
        if (!st.next())
            return st.error().isError() ? st.error() : Error(ErrorCode::Internal, kind);
        before = describeRelationType(r, st.text(0), st.text(1));
    }
    for (const char *sql : {"DELETE FROM ci_relation_type WHERE kind = ?1",
                            "DELETE FROM link_kind WHERE kind = ?1"}) {
        Statement del = m_db.prepare(sql);
        del.bind(1, kind);
        if (Error e = del.exec(); e.isError())
            return e;
    }
    if (Error e = audit(u"ci_relation_type[%1]"_s.arg(kind), before, {}); e.isError())
        return e;
    return tx.commit();
}

} // namespace sb
