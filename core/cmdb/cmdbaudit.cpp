#include "cmdbaudit.h"

#include "citypes.h"
#include "clock.h"
#include "impact.h"
#include "io/csvreader.h"
#include "records/audit.h"
#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/database.h"
#include "storage/transaction.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <limits>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CmdbAudit)
};

constexpr QLatin1StringView AttributePrefix {"attributes."};

Error bad(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

QString quotedList(const QStringList &names)
{
    QStringList q;
    for (const QString &n : names)
        q << u'"' + n + u'"';
    return q.join(u", "_s);
}

// A typed field of the ci record type an inventory column may compare with (the name and the
// type are matched, not compared; the attributes are compared one by one).
const FieldDef *comparableField(const QString &name)
{
    if (name == u"owner"_s)
        return RecordTypes::commonField(name);
    if (name == u"ci_type"_s || name == u"attributes"_s)
        return nullptr;
    const RecordTypeDef *def = RecordTypes::find(u"ci");
    return def ? def->typedField(name) : nullptr;
}

QStringList comparableFieldNames()
{
    QStringList out {u"owner"_s};
    if (const RecordTypeDef *def = RecordTypes::find(u"ci")) {
        for (const FieldDef &f : def->fields) {
            if (comparableField(f.name))
                out << f.name;
        }
    }
    return out;
}

Result<QString> textEntry(const QJsonObject &o, const QString &entry)
{
    const QJsonValue v = o.value(entry);
    if (v.isUndefined())
        return QString();
    if (!v.isString())
        return bad(Tr::tr("The mapping's \"%1\" must be a text.").arg(entry));
    return v.toString().trimmed();
}

Result<QStringList> textList(const QJsonObject &o, const QString &entry)
{
    const QJsonValue v = o.value(entry);
    if (v.isUndefined())
        return QStringList();
    const Error e = bad(Tr::tr("The mapping's \"%1\" must be a list of texts.").arg(entry));
    if (!v.isArray())
        return e;
    QStringList out;
    for (const auto &x : v.toArray()) {
        if (!x.isString())
            return e;
        out << x.toString().trimmed();
    }
    return out;
}

// How one compared value is read: the way the CMDB stores that field or attribute.
enum class Compare { Text, Number, Date, Reference };

Compare compareKindOf(const FieldDef &f)
{
    switch (f.kind) {
    case FieldKind::Integer:
    case FieldKind::Real: return Compare::Number;
    case FieldKind::Date: return Compare::Date;
    default: return Compare::Text;
    }
}

Compare compareKindOf(const CiAttributeDef &a)
{
    switch (a.kind) {
    case CiAttributeDef::Kind::Number: return Compare::Number;
    case CiAttributeDef::Kind::Date: return Compare::Date;
    case CiAttributeDef::Kind::Reference: return Compare::Reference;
    default: return Compare::Text;
    }
}

bool sameValue(Compare kind, const QString &cmdb, const QString &found)
{
    switch (kind) {
    case Compare::Number: {
        bool okA = false;
        bool okB = false;
        const double a = cmdb.toDouble(&okA);
        const double b = found.toDouble(&okB);
        if (!okA || !okB)
            return cmdb == found;
        return std::abs(a - b) <= 1e-9 * std::max({1.0, std::abs(a), std::abs(b)});
    }
    case Compare::Date: {
        const QDate d = QDate::fromString(found, Qt::ISODate);
        return (d.isValid() ? d.toString(Qt::ISODate) : found) == cmdb;
    }
    case Compare::Reference: return cmdb.compare(found, Qt::CaseInsensitive) == 0;
    case Compare::Text: return cmdb == found;
    }
    return cmdb == found;
}

struct InventoryRow
{
    qint64 line = 0;
    QString ciType;
    QString name;
    QString subtype; // empty: not reported
    QStringList values; // per compare entry; empty: not reported
};

struct CmdbCi
{
    qint64 id = 0;
    QString humanId;
    QString name;
    QString ciType;
    QString state;
    QHash<QString, QString> fields; // compared fields in their stored text
    QJsonObject attributes;
};

QString nameKey(const QString &ciType, const QString &name)
{
    return ciType + u'\n' + name.trimmed().toCaseFolded();
}

} // namespace

// ---- the mapping ------------------------------------------------------------------------

Result<CmdbInventoryMapping> CmdbInventoryMapping::fromJson(Workbook &workbook,
                                                            const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(Tr::tr("The mapping is not valid JSON: %1 (at character %2).")
                       .arg(pe.errorString())
                       .arg(pe.offset));
    if (!doc.isObject())
        return bad(Tr::tr("The mapping must be a JSON object; see "
                          "cmdb_inventory_example.json."));
    const QJsonObject o = doc.object();
    const QStringList allowed {u"description"_s, u"separator"_s,  u"encoding"_s, u"name"_s,
                               u"type"_s,        u"typeColumn"_s, u"typeMap"_s,  u"types"_s,
                               u"subtype"_s,     u"compare"_s,    u"missing"_s};
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return bad(Tr::tr("The mapping has an unknown entry \"%1\". Its entries are: %2.")
                           .arg(it.key(), quotedList(allowed)));
    }

    Result<QList<CiTypeDef>> ciTypes = CiTypes::load(workbook.db());
    if (!ciTypes.ok())
        return ciTypes.error();
    QStringList codes;
    for (const CiTypeDef &t : *ciTypes)
        codes << t.code;
    auto checkType = [&](const QString &code, const QString &entry) -> Error {
        if (codes.contains(code))
            return {};
        return bad(Tr::tr("The mapping's \"%1\" names the CI type \"%2\", which does not exist. "
                          "The types are: %3.")
                       .arg(entry, code, codes.join(u", "_s)));
    };

    CmdbInventoryMapping m;
    if (Result<QString> t = textEntry(o, u"description"_s); t.ok())
        m.description = *t;
    else
        return t.error();
    if (o.contains(u"separator"_s)) {
        const QJsonValue v = o.value(u"separator"_s);
        const QString s = v.toString();
        if (!v.isString() || (s.size() != 1 && s != u"tab"_s && s != u"auto"_s))
            return bad(Tr::tr("The mapping's \"separator\" must be one character such as \",\", "
                              "\";\" or \"\\t\", or \"tab\" or \"auto\"."));
        if (s == u"tab"_s)
            m.separator = u'\t';
        else if (s != u"auto"_s)
            m.separator = s.at(0);
    }
    if (o.contains(u"encoding"_s)) {
        Result<QString> t = textEntry(o, u"encoding"_s);
        if (!t.ok())
            return t.error();
        m.encoding = CsvReader::encodingName(*t);
        if (m.encoding.isNull())
            return bad(Tr::tr("The mapping's encoding \"%1\" is not one Servicebench reads; use "
                              "one of: %2.")
                           .arg(*t, CsvReader::knownEncodings().join(u", "_s)));
    }

    Result<QString> name = textEntry(o, u"name"_s);
    if (!name.ok())
        return name.error();
    if (name->isEmpty())
        return bad(Tr::tr("The mapping needs \"name\": the column that holds each CI's name."));
    m.nameColumn = *name;

    Result<QString> fixed = textEntry(o, u"type"_s);
    if (!fixed.ok())
        return fixed.error();
    Result<QString> typeColumn = textEntry(o, u"typeColumn"_s);
    if (!typeColumn.ok())
        return typeColumn.error();
    if (fixed->isEmpty() == typeColumn->isEmpty())
        return bad(Tr::tr("The mapping needs either \"type\" (one CI type for every row) or "
                          "\"typeColumn\" (the column that holds each row's CI type), not both."));
    m.fixedType = *fixed;
    m.typeColumn = *typeColumn;
    if (!m.fixedType.isEmpty()) {
        if (Error e = checkType(m.fixedType, u"type"_s); e.isError())
            return e;
    }
    if (o.contains(u"typeMap"_s)) {
        if (m.typeColumn.isEmpty())
            return bad(Tr::tr("The mapping's \"typeMap\" translates the values of "
                              "\"typeColumn\"; give that column."));
        const QJsonValue v = o.value(u"typeMap"_s);
        if (!v.isObject())
            return bad(Tr::tr("The mapping's \"typeMap\" must be an object of values and CI "
                              "types, such as {\"VM\": \"virtual_server\"}."));
        const QJsonObject map = v.toObject();
        for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
            if (!it.value().isString())
                return bad(Tr::tr("The mapping's \"typeMap\" turns \"%1\" into a CI type: "
                                  "give its code as a text.")
                               .arg(it.key()));
            const QString code = it.value().toString().trimmed();
            if (Error e = checkType(code, u"typeMap"_s); e.isError())
                return e;
            m.typeMap.insert(it.key().trimmed(), code);
        }
    }
    Result<QStringList> types = textList(o, u"types"_s);
    if (!types.ok())
        return types.error();
    for (const QString &t : std::as_const(*types)) {
        if (Error e = checkType(t, u"types"_s); e.isError())
            return e;
        if (!m.types.contains(t))
            m.types << t;
    }
    if (!m.fixedType.isEmpty() && !m.types.isEmpty() && !m.types.contains(m.fixedType))
        return bad(
            Tr::tr("The mapping's \"types\" must include its \"type\", \"%1\".").arg(m.fixedType));
    for (const QString &mapped : std::as_const(m.typeMap)) {
        if (!m.types.isEmpty() && !m.types.contains(mapped))
            return bad(Tr::tr("The mapping's \"typeMap\" names \"%1\", which its \"types\" do "
                              "not include.")
                           .arg(mapped));
    }

    Result<QString> subtype = textEntry(o, u"subtype"_s);
    if (!subtype.ok())
        return subtype.error();
    m.subtypeColumn = *subtype;

    // The types a compared attribute must belong to (one of them at least).
    QStringList candidates = m.types;
    if (candidates.isEmpty() && !m.fixedType.isEmpty())
        candidates << m.fixedType;
    if (candidates.isEmpty() && !m.typeColumn.isEmpty())
        candidates = codes; // any row may name any type
    QStringList targets;
    if (!m.subtypeColumn.isEmpty())
        targets << u"subtype"_s;
    if (o.contains(u"compare"_s)) {
        const QJsonValue v = o.value(u"compare"_s);
        if (!v.isObject())
            return bad(Tr::tr("The mapping's \"compare\" must be an object of columns and what "
                              "they compare with, such as {\"OS\": "
                              "\"attributes.operating_system\"}."));
        const QJsonObject cmp = v.toObject();
        for (auto it = cmp.constBegin(); it != cmp.constEnd(); ++it) {
            if (!it.value().isString())
                return bad(Tr::tr("The mapping compares the column \"%1\" with a field or "
                                  "\"attributes.NAME\": give it as a text.")
                               .arg(it.key()));
            const QString target = it.value().toString().trimmed();
            if (target.startsWith(AttributePrefix)) {
                const QString attr = target.mid(AttributePrefix.size());
                bool known = false;
                for (const CiTypeDef &t : *ciTypes) {
                    if (candidates.contains(t.code) && t.attribute(attr))
                        known = true;
                }
                if (!known)
                    return bad(Tr::tr("The mapping compares the column \"%1\" with the attribute "
                                      "\"%2\", which none of the CI types it covers (%3) has.")
                                   .arg(it.key(), attr, candidates.join(u", "_s)));
            } else if (!comparableField(target)) {
                return bad(Tr::tr("The mapping compares the column \"%1\" with \"%2\", which is "
                                  "no field a CI is compared by. Use one of: %3, or "
                                  "\"attributes.NAME\".")
                               .arg(it.key(), target, comparableFieldNames().join(u", "_s)));
            }
            if (targets.contains(target))
                return bad(
                    Tr::tr("The mapping compares two columns with \"%1\"; keep one.").arg(target));
            targets << target;
            m.compare.append({it.key(), target});
        }
    }
    Result<QStringList> missing = textList(o, u"missing"_s);
    if (!missing.ok())
        return missing.error();
    for (const QString &s : std::as_const(*missing)) {
        if (!m.missing.contains(s))
            m.missing << s;
    }
    return m;
}

Result<CmdbInventoryMapping> CmdbInventoryMapping::fromFile(Workbook &workbook, const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, Tr::tr("The mapping %1 cannot be read.").arg(path),
                     f.errorString());
    Result<CmdbInventoryMapping> m = fromJson(workbook, f.readAll());
    if (!m.ok())
        return Error(m.error().code(),
                     Tr::tr("%1: %2").arg(QFileInfo(path).fileName(), m.error().message()));
    return m;
}

// ---- findings ---------------------------------------------------------------------------

QString CmdbAuditFinding::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::Missing: return u"missing"_s;
    case Kind::Unregistered: return u"unregistered"_s;
    case Kind::Mismatch: return u"mismatch"_s;
    }
    return {};
}

QString CmdbAuditFinding::kindLabel(Kind kind)
{
    switch (kind) {
    case Kind::Missing: return Tr::tr("Missing");
    case Kind::Unregistered: return Tr::tr("Not registered");
    case Kind::Mismatch: return Tr::tr("Differs");
    }
    return {};
}

namespace {
// A label inside a sentence: "Serial number" -> "serial number", "OS version" kept.
QString inSentence(const QString &label)
{
    if (label.isEmpty() || (label.size() > 1 && label[1].isUpper()))
        return label;
    return label.left(1).toLower() + label.mid(1);
}
} // namespace

QString CmdbAuditFinding::describe() const
{
    const QString who = ciHumanId.isEmpty() ? ciName : u"%1 %2"_s.arg(ciHumanId, ciName);
    const QString type = ciTypeLabel.isEmpty() ? ciType : ciTypeLabel;
    const QString what = fieldLabel.isEmpty() ? field : fieldLabel;
    switch (kind) {
    case Kind::Missing:
        return Tr::tr("%1 (%2) is in the CMDB but was not found in the inventory.").arg(who, type);
    case Kind::Unregistered:
        return Tr::tr("%1 (%2) was found on line %3 of the inventory but is not in the CMDB.")
            .arg(who, type, QString::number(sourceLine));
    case Kind::Mismatch:
        if (field == u"state"_s)
            return Tr::tr("%1 (%2) is %3 in the CMDB but was found on line %4 of the inventory.")
                .arg(who, type, RecordTypes::stateLabel(cmdbValue).toLower(),
                     QString::number(sourceLine));
        if (cmdbValue.isEmpty())
            return Tr::tr("%1 (%2): the CMDB holds no %3; the inventory says \"%4\" (line %5).")
                .arg(who, type, inSentence(what), foundValue, QString::number(sourceLine));
        return Tr::tr("%1 (%2): %3 is \"%4\" in the CMDB but \"%5\" in the inventory (line %6).")
            .arg(who, type, what, cmdbValue, foundValue, QString::number(sourceLine));
    }
    return {};
}

namespace {

// Fills in the labels of the findings' CI types and fields from the types as they are now; a
// type or attribute removed since keeps its code.
void labelFindings(QList<CmdbAuditFinding> &findings, const QList<CiTypeDef> &types)
{
    const RecordTypeDef *ciDef = RecordTypes::find(u"ci");
    for (CmdbAuditFinding &f : findings) {
        const CiTypeDef *type = CiTypes::find(types, f.ciType);
        if (type)
            f.ciTypeLabel = type->displayLabel();
        if (f.field.startsWith(u"attributes."_s)) {
            const QString name = f.field.mid(11);
            const CiAttributeDef *a = type ? type->attribute(name) : nullptr;
            f.fieldLabel = a ? a->displayLabel() : name;
        } else if (!f.field.isEmpty() && ciDef) {
            if (const FieldDef *d = ciDef->field(f.field))
                f.fieldLabel = d->displayLabel();
        }
    }
}

Error labelFindings(Database &db, QList<CmdbAuditFinding> &findings)
{
    Result<QList<CiTypeDef>> types = CiTypes::load(db);
    if (!types.ok())
        return types.error();
    labelFindings(findings, *types);
    return {};
}

} // namespace

// ---- the audit --------------------------------------------------------------------------

CmdbAudit::CmdbAudit(Workbook &workbook)
    : m_workbook(workbook)
{ }

Result<CmdbAuditResult> CmdbAudit::run(const QString &inventoryPath, const QString &mappingPath,
                                       qint64 serviceId)
{
    QFile mf(mappingPath);
    if (!mf.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, Tr::tr("The mapping %1 cannot be read.").arg(mappingPath),
                     mf.errorString());
    const QByteArray mappingJson = mf.readAll();
    Result<CmdbInventoryMapping> mapping = CmdbInventoryMapping::fromJson(m_workbook, mappingJson);
    if (!mapping.ok())
        return Error(
            mapping.error().code(),
            Tr::tr("%1: %2").arg(QFileInfo(mappingPath).fileName(), mapping.error().message()));
    QFile inv(inventoryPath);
    if (!inv.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound,
                     Tr::tr("The inventory %1 cannot be read.").arg(inventoryPath),
                     inv.errorString());
    // The record keeps the mapping as it was used, compact.
    const QString mappingText =
        QString::fromUtf8(QJsonDocument::fromJson(mappingJson).toJson(QJsonDocument::Compact));
    return run(&inv, QFileInfo(inventoryPath).absoluteFilePath(), *mapping, mappingText, serviceId);
}

Result<CmdbAuditResult> CmdbAudit::run(QIODevice *inventory, const QString &inventoryName,
                                       const CmdbInventoryMapping &mapping,
                                       const QString &mappingText, qint64 serviceId)
{
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    Database &db = m_workbook.db();
    Result<QList<CiTypeDef>> ciTypes = CiTypes::load(db);
    if (!ciTypes.ok())
        return ciTypes.error();
    auto typeDef = [&](const QString &code) {
        return CiTypes::find(*ciTypes, code);
    };

    // The whole file is read and checked before anything is written.
    CsvReader reader(inventory, {mapping.separator, mapping.encoding});
    CsvRow row;
    do {
        if (!reader.next(&row)) {
            if (reader.error().isError())
                return reader.error();
            return Error(ErrorCode::EmptyFile,
                         Tr::tr("The inventory is empty: it needs a header line naming its "
                                "columns."));
        }
    } while (row.isBlank());
    const QStringList header = [&] {
        QStringList h;
        for (const QString &c : std::as_const(row.fields))
            h << c.trimmed();
        return h;
    }();
    const qint64 headerLine = row.line;
    auto column = [&](const QString &name) -> Result<qsizetype> {
        const qsizetype i = header.indexOf(name);
        if (i < 0)
            return bad(Tr::tr("The inventory has no column \"%1\" (header on line %2). Its "
                              "columns are: %3.")
                           .arg(name, QString::number(headerLine), quotedList(header)));
        if (header.lastIndexOf(name) != i)
            return bad(Tr::tr("The inventory has two columns named \"%1\" (header on line %2).")
                           .arg(name, QString::number(headerLine)));
        return i;
    };
    Result<qsizetype> nameCol = column(mapping.nameColumn);
    if (!nameCol.ok())
        return nameCol.error();
    qsizetype typeCol = -1;
    if (!mapping.typeColumn.isEmpty()) {
        Result<qsizetype> c = column(mapping.typeColumn);
        if (!c.ok())
            return c.error();
        typeCol = *c;
    }
    qsizetype subtypeCol = -1;
    if (!mapping.subtypeColumn.isEmpty()) {
        Result<qsizetype> c = column(mapping.subtypeColumn);
        if (!c.ok())
            return c.error();
        subtypeCol = *c;
    }
    QList<qsizetype> compareCols;
    for (const auto &[col, target] : mapping.compare) {
        Result<qsizetype> c = column(col);
        if (!c.ok())
            return c.error();
        compareCols << *c;
    }
    auto reported = [&](const QString &raw) {
        const QString v = raw.trimmed();
        return v.isEmpty() || mapping.missing.contains(v) ? QString() : v;
    };
    auto rowType = [&](const QString &raw, qint64 line) -> Result<QString> {
        const QString v = raw.trimmed();
        if (v.isEmpty())
            return bad(Tr::tr("Line %1 of the inventory names no CI type in \"%2\".")
                           .arg(line)
                           .arg(mapping.typeColumn));
        for (auto it = mapping.typeMap.constBegin(); it != mapping.typeMap.constEnd(); ++it) {
            if (it.key().compare(v, Qt::CaseInsensitive) == 0)
                return it.value();
        }
        for (const CiTypeDef &t : *ciTypes) {
            if (t.code.compare(v, Qt::CaseInsensitive) == 0
                || t.label.compare(v, Qt::CaseInsensitive) == 0
                || t.displayLabel().compare(v, Qt::CaseInsensitive) == 0)
                return t.code;
        }
        QStringList codes;
        for (const CiTypeDef &t : *ciTypes)
            codes << t.code;
        return bad(Tr::tr("Line %1 of the inventory names the CI type \"%2\", which does not "
                          "exist. Add it to the mapping's \"typeMap\", or use one of: %3.")
                       .arg(line)
                       .arg(v, codes.join(u", "_s)));
    };

    QList<InventoryRow> rows;
    QHash<QString, qint64> seen; // name key -> line
    QStringList typesSeen;
    while (reader.next(&row)) {
        if (row.isBlank())
            continue;
        if (reader.hasInvalidText())
            return bad(Tr::tr("Line %1 of the inventory holds bytes that are not %2 text; give "
                              "the file's encoding in the mapping, for example \"encoding\": "
                              "\"Windows-1252\".")
                           .arg(row.line)
                           .arg(mapping.encoding));
        if (row.fields.size() != header.size())
            return bad(Tr::tr("Line %1 of the inventory has %2 fields, the header %3.")
                           .arg(row.line)
                           .arg(row.fields.size())
                           .arg(header.size()));
        InventoryRow r;
        r.line = row.line;
        r.name = row.field(*nameCol).trimmed();
        if (r.name.isEmpty())
            return bad(Tr::tr("Line %1 of the inventory has no name in \"%2\".")
                           .arg(row.line)
                           .arg(mapping.nameColumn));
        if (typeCol >= 0) {
            Result<QString> t = rowType(row.field(typeCol), row.line);
            if (!t.ok())
                return t.error();
            r.ciType = *t;
        } else {
            r.ciType = mapping.fixedType;
        }
        if (!mapping.types.isEmpty() && !mapping.types.contains(r.ciType))
            return bad(Tr::tr("Line %1 of the inventory is a %2, a CI type the mapping's "
                              "\"types\" do not cover.")
                           .arg(row.line)
                           .arg(r.ciType));
        const QString key = nameKey(r.ciType, r.name);
        if (auto it = seen.constFind(key); it != seen.constEnd())
            return bad(
                Tr::tr("Line %1 of the inventory repeats %2 \"%3\" of line %4.")
                    .arg(QString::number(row.line), r.ciType, r.name, QString::number(it.value())));
        seen.insert(key, row.line);
        if (!typesSeen.contains(r.ciType))
            typesSeen << r.ciType;
        if (subtypeCol >= 0)
            r.subtype = reported(row.field(subtypeCol));
        for (qsizetype c : std::as_const(compareCols))
            r.values << reported(row.field(c));
        rows.append(r);
    }
    if (reader.error().isError())
        return reader.error();

    QStringList covered = mapping.types;
    if (covered.isEmpty())
        covered = mapping.fixedType.isEmpty() ? typesSeen : QStringList {mapping.fixedType};
    std::sort(covered.begin(), covered.end());

    // The CMDB's CIs of the covered types, with the fields compared.
    QStringList fieldNames;
    if (subtypeCol >= 0)
        fieldNames << u"subtype"_s;
    for (const auto &[col, target] : mapping.compare) {
        if (!target.startsWith(AttributePrefix) && !fieldNames.contains(target))
            fieldNames << target;
    }
    QHash<QString, CmdbCi> cmdb; // name key -> CI
    QList<QString> cmdbOrder;
    {
        QByteArray sql = "SELECT c.id, r.human_id, r.title, c.ci_type, r.state, c.attributes";
        for (const QString &f : std::as_const(fieldNames))
            sql += f == u"owner"_s ? QByteArray(", r.owner") : ", c." + f.toLatin1();
        sql += " FROM ci c JOIN record r ON r.id = c.id WHERE c.ci_type IN (SELECT value FROM "
               "json_each(?1)) ORDER BY c.ci_type, r.title COLLATE NOCASE, c.id";
        Statement st = db.prepare(sql);
        st.bind(
            1,
            QString::fromUtf8(
                QJsonDocument(QJsonArray::fromStringList(covered)).toJson(QJsonDocument::Compact)));
        while (st.next()) {
            CmdbCi ci;
            ci.id = st.int64(0);
            ci.humanId = st.text(1);
            ci.name = st.text(2);
            ci.ciType = st.text(3);
            ci.state = st.text(4);
            ci.attributes = QJsonDocument::fromJson(st.text(5).toUtf8()).object();
            for (int i = 0; i < fieldNames.size(); ++i) {
                const FieldDef *f = comparableField(fieldNames[i]);
                QVariant v = st.value(6 + i);
                ci.fields.insert(fieldNames[i],
                                 f && compareKindOf(*f) == Compare::Number && !v.isNull()
                                     ? QString::number(v.toDouble(), 'g', 15)
                                     : v.toString());
            }
            const QString key = nameKey(ci.ciType, ci.name);
            if (!cmdb.contains(key)) {
                cmdb.insert(key, ci);
                cmdbOrder << key;
            }
        }
        if (st.error().isError())
            return st.error();
    }

    // Only CIs in the service's tree can be missing when the audit is of one service.
    QString scope = covered.join(u", "_s);
    QSet<qint64> tree;
    CmdbNode service;
    if (serviceId != 0) {
        Result<CmdbNode> n = Impact::node(db, serviceId);
        if (!n.ok())
            return n.error();
        if (n->type != u"service"_s && n->ciType != u"business_service"_s)
            return bad(Tr::tr("A CMDB audit covers everything or one service's tree; %1 is "
                              "neither a service nor a business service CI.")
                           .arg(n->humanId));
        service = *n;
        Result<ImpactResult> walk = Impact::analyse(db, serviceId, ImpactDirection::Upstream, 0,
                                                    std::numeric_limits<int>::max());
        if (!walk.ok())
            return walk.error();
        for (const CmdbNode &node : std::as_const(walk->walk.nodes))
            tree.insert(node.id);
        scope = Tr::tr("%1 %2: %3").arg(service.humanId, service.title, scope);
    }

    // The comparison.
    CmdbAuditResult result;
    result.types = covered;
    result.rowsRead = rows.size();
    QSet<QString> found;
    QList<CmdbAuditFinding> unregistered;
    QList<CmdbAuditFinding> mismatches;
    QSet<qint64> mismatchedCis;
    for (const InventoryRow &r : std::as_const(rows)) {
        const QString key = nameKey(r.ciType, r.name);
        auto it = cmdb.constFind(key);
        CmdbAuditFinding f;
        f.ciType = r.ciType;
        f.sourceLine = r.line;
        if (it == cmdb.constEnd()) {
            f.kind = CmdbAuditFinding::Kind::Unregistered;
            f.ciName = r.name;
            unregistered.append(f);
            continue;
        }
        const CmdbCi &ci = it.value();
        found.insert(key);
        ++result.matched;
        f.kind = CmdbAuditFinding::Kind::Mismatch;
        f.ciId = ci.id;
        f.ciHumanId = ci.humanId;
        f.ciName = ci.name;
        auto differ = [&](const QString &field, const QString &cmdbValue, const QString &value) {
            CmdbAuditFinding m = f;
            m.field = field;
            m.cmdbValue = cmdbValue;
            m.foundValue = value;
            mismatches.append(m);
            mismatchedCis.insert(ci.id);
        };
        if (ci.state == u"retired"_s || ci.state == u"disposed"_s)
            differ(u"state"_s, ci.state, {});
        if (!r.subtype.isEmpty()
            && !sameValue(Compare::Text, ci.fields.value(u"subtype"_s), r.subtype))
            differ(u"subtype"_s, ci.fields.value(u"subtype"_s), r.subtype);
        for (int i = 0; i < mapping.compare.size(); ++i) {
            const QString &value = r.values.at(i);
            if (value.isEmpty())
                continue;
            const QString &target = mapping.compare.at(i).second;
            if (target.startsWith(AttributePrefix)) {
                const QString attr = target.mid(AttributePrefix.size());
                const CiTypeDef *t = typeDef(ci.ciType);
                const CiAttributeDef *a = t ? t->attribute(attr) : nullptr;
                if (!a)
                    continue; // not an attribute of this CI's type: nothing to compare
                const QString held = CiAttributeChange::text(ci.attributes.value(attr));
                if (!sameValue(compareKindOf(*a), held, value))
                    differ(target, held, value);
            } else {
                const FieldDef *fd = comparableField(target);
                const QString held = ci.fields.value(target);
                if (fd && !sameValue(compareKindOf(*fd), held, value))
                    differ(target, held, value);
            }
        }
    }
    for (const QString &key : std::as_const(cmdbOrder)) {
        const CmdbCi &ci = cmdb[key];
        if (found.contains(key) || ci.state == u"retired"_s || ci.state == u"disposed"_s)
            continue;
        if (serviceId != 0 && !tree.contains(ci.id))
            continue;
        CmdbAuditFinding f;
        f.kind = CmdbAuditFinding::Kind::Missing;
        f.ciId = ci.id;
        f.ciHumanId = ci.humanId;
        f.ciName = ci.name;
        f.ciType = ci.ciType;
        result.findings.append(f);
    }
    result.missing = result.findings.size();
    result.unregistered = unregistered.size();
    result.mismatched = mismatchedCis.size();
    result.findings += unregistered;
    result.findings += mismatches;
    labelFindings(result.findings, *ciTypes);
    result.summary = Tr::tr("%1 rows read: %2 matched, %3 missing, %4 not registered, %5 with "
                            "differing values.")
                         .arg(result.rowsRead)
                         .arg(result.matched)
                         .arg(result.missing)
                         .arg(result.unregistered)
                         .arg(result.mismatched);

    // The record and its findings, in one transaction.
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    RecordStore store(m_workbook);
    const QVariantMap values {
        {u"title"_s, Tr::tr("CMDB audit of %1").arg(QFileInfo(inventoryName).fileName())},
        {u"inventory_file"_s, inventoryName},
        {u"mapping"_s, mappingText},
        {u"scope"_s, scope},
        {u"audited_at"_s, nowStored()},
        {u"rows_read"_s, result.rowsRead},
        {u"matched"_s, result.matched},
        {u"missing"_s, result.missing},
        {u"unregistered"_s, result.unregistered},
        {u"mismatched"_s, result.mismatched},
        {u"summary"_s, result.summary}};
    Result<RecordRef> audit = store.create(u"ci_audit"_s, values);
    if (!audit.ok())
        return audit.error();
    result.audit = *audit;
    Statement ins = db.prepare(
        "INSERT INTO ci_audit_finding(audit_id, kind, ci_id, ci_name, ci_type, field, "
        "cmdb_value, found_value, source_line) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (CmdbAuditFinding &f : result.findings) {
        ins.bind(1, audit->id).bind(2, CmdbAuditFinding::kindCode(f.kind));
        if (f.ciId)
            ins.bind(3, f.ciId);
        else
            ins.bindNull(3);
        ins.bind(4, f.ciName).bind(5, f.ciType);
        auto textOrNull = [&](int i, const QString &v) {
            if (v.isEmpty())
                ins.bindNull(i);
            else
                ins.bind(i, v);
        };
        textOrNull(6, f.field);
        textOrNull(7, f.cmdbValue);
        textOrNull(8, f.foundValue);
        if (f.sourceLine > 0)
            ins.bind(9, f.sourceLine);
        else
            ins.bindNull(9);
        if (Error e = ins.exec(); e.isError())
            return e;
        ins.reset();
        f.id = db.lastInsertRowId();
        f.auditId = audit->id;
    }
    if (serviceId != 0) {
        if (Error e = store.link(audit->id, serviceId, u"audit_of"_s); e.isError())
            return e;
    }
    const QJsonObject counts {
        {u"rows_read"_s, result.rowsRead},    {u"matched"_s, result.matched},
        {u"missing"_s, result.missing},       {u"unregistered"_s, result.unregistered},
        {u"mismatched"_s, result.mismatched}, {u"findings"_s, result.findings.size()}};
    if (Error e = AuditLog(db).append(
            m_workbook.user(), u"findings"_s, u"ci_audit_finding"_s, {},
            QString::fromUtf8(QJsonDocument(counts).toJson(QJsonDocument::Compact)), audit->id,
            audit->humanId);
        e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return result;
}

namespace {
constexpr const char *FindingColumns =
    "f.id, f.audit_id, f.kind, ifnull(f.ci_id, 0), c.human_id, f.ci_name, f.ci_type, f.field, "
    "f.cmdb_value, f.found_value, ifnull(f.source_line, 0), ifnull(f.follow_up_id, 0), "
    "t.human_id FROM ci_audit_finding f LEFT JOIN record c ON c.id = f.ci_id "
    "LEFT JOIN record t ON t.id = f.follow_up_id";

CmdbAuditFinding findingFromRow(const Statement &st)
{
    CmdbAuditFinding f;
    f.id = st.int64(0);
    f.auditId = st.int64(1);
    const QString kind = st.text(2);
    f.kind = kind == u"missing"_s   ? CmdbAuditFinding::Kind::Missing
        : kind == u"unregistered"_s ? CmdbAuditFinding::Kind::Unregistered
                                    : CmdbAuditFinding::Kind::Mismatch;
    f.ciId = st.int64(3);
    f.ciHumanId = st.text(4);
    f.ciName = st.text(5);
    f.ciType = st.text(6);
    f.field = st.text(7);
    f.cmdbValue = st.text(8);
    f.foundValue = st.text(9);
    f.sourceLine = st.int64(10);
    f.followUpId = st.int64(11);
    f.followUpHumanId = st.text(12);
    return f;
}
} // namespace

Result<QList<CmdbAuditFinding>> CmdbAudit::findings(qint64 auditId)
{
    Database &db = m_workbook.db();
    Statement check = db.prepare("SELECT human_id FROM record WHERE id = ?1 AND type = 'ci_audit'");
    check.bind(1, auditId);
    if (!check.next()) {
        if (check.error().isError())
            return check.error();
        return Error(ErrorCode::NotFound, Tr::tr("There is no CMDB audit %1.").arg(auditId));
    }
    QList<CmdbAuditFinding> out;
    Statement st =
        db.prepare(QByteArray("SELECT ") + FindingColumns + " WHERE f.audit_id = ?1 ORDER BY f.id");
    st.bind(1, auditId);
    while (st.next())
        out.append(findingFromRow(st));
    if (st.error().isError())
        return st.error();
    if (Error e = labelFindings(db, out); e.isError())
        return e;
    return out;
}

Result<CmdbAuditFinding> CmdbAudit::finding(qint64 findingId)
{
    Statement st =
        m_workbook.db().prepare(QByteArray("SELECT ") + FindingColumns + " WHERE f.id = ?1");
    st.bind(1, findingId);
    if (st.next()) {
        QList<CmdbAuditFinding> one {findingFromRow(st)};
        if (Error e = labelFindings(m_workbook.db(), one); e.isError())
            return e;
        return one.first();
    }
    if (st.error().isError())
        return st.error();
    return Error(ErrorCode::NotFound, Tr::tr("There is no audit finding %1.").arg(findingId));
}

Result<RecordRef> CmdbAudit::followUp(qint64 findingId, CmdbFollowUpKind kind)
{
    Q_UNUSED(kind); // tasks only, for now
    if (Error e = m_workbook.requireWritable(); e.isError())
        return e;
    Database &db = m_workbook.db();
    WriteTransaction tx(db);
    if (Error e = tx.begin(); e.isError())
        return e;
    // Read inside the transaction, so two people following up at once make one task.
    Result<CmdbAuditFinding> f = finding(findingId);
    if (!f.ok())
        return f.error();
    if (f->followUpId != 0)
        return bad(Tr::tr("Finding %1 was already followed up by %2.")
                       .arg(findingId)
                       .arg(f->followUpHumanId.isEmpty() ? QString::number(f->followUpId)
                                                         : f->followUpHumanId));
    RecordStore store(m_workbook);
    Result<Record> audit = store.load(f->auditId);
    if (!audit.ok())
        return audit.error();

    const QString who =
        f->ciHumanId.isEmpty() ? f->ciName : u"%1 %2"_s.arg(f->ciHumanId, f->ciName);
    QString title;
    switch (f->kind) {
    case CmdbAuditFinding::Kind::Missing:
        title = Tr::tr("Find %1 or record it as gone (not found by %2)").arg(who, audit->humanId);
        break;
    case CmdbAuditFinding::Kind::Unregistered:
        title =
            Tr::tr("Register %1 (%2) in the CMDB (found by %3)")
                .arg(who, f->ciTypeLabel.isEmpty() ? f->ciType : f->ciTypeLabel, audit->humanId);
        break;
    case CmdbAuditFinding::Kind::Mismatch:
        title = f->field == u"state"_s
            ? Tr::tr("Check the state of %1: found by %2 although %3")
                  .arg(who, audit->humanId, RecordTypes::stateLabel(f->cmdbValue).toLower())
            : Tr::tr("Correct %1 of %2 (found by %3)")
                  .arg(inSentence(f->fieldLabel.isEmpty() ? f->field : f->fieldLabel), who,
                       audit->humanId);
        break;
    }
    const QString description = f->describe() + u"\n\n"_s
        + Tr::tr("CMDB audit %1 of %2, finding %3.")
              .arg(audit->humanId, audit->fields.value(u"inventory_file"_s).toString(),
                   QString::number(findingId));
    Result<RecordRef> task =
        store.create(u"task"_s, {{u"title"_s, title.left(500)}, {u"description"_s, description}});
    if (!task.ok())
        return task.error();
    if (Error e = store.link(task->id, f->auditId, u"follows_up"_s); e.isError())
        return e;
    if (f->ciId != 0) {
        if (Error e = store.link(task->id, f->ciId, u"relates_to"_s); e.isError())
            return e;
    }
    Statement upd = db.prepare("UPDATE ci_audit_finding SET follow_up_id = ?1 WHERE id = ?2 AND "
                               "follow_up_id IS NULL");
    upd.bind(1, task->id).bind(2, findingId);
    if (Error e = upd.exec(); e.isError())
        return e;
    if (Error e = AuditLog(db).append(m_workbook.user(), u"follow_up"_s,
                                      u"ci_audit_finding[%1]"_s.arg(findingId), {}, task->humanId,
                                      f->auditId, audit->humanId);
        e.isError())
        return e;
    if (Error e = tx.commit(); e.isError())
        return e;
    return *task;
}

} // namespace sb
