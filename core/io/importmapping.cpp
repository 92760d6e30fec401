#include "importmapping.h"

#include "records/recordtypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

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

Error unknownEntry(const QString &entry, const QString &where, const QStringList &allowed)
{
    return bad(Tr::tr("The mapping has an unknown entry \"%1\" in %2. The entries there are: %3.")
                   .arg(entry, where, quotedList(allowed)));
}

Error checkKeys(const QJsonObject &o, const QString &where, const QStringList &allowed)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (!allowed.contains(it.key()))
            return unknownEntry(it.key(), where, allowed);
    }
    return {};
}

Result<QStringList> textList(const QJsonValue &v, const QString &entry)
{
    const Error e = bad(Tr::tr("The mapping's \"%1\" must be a list of texts.").arg(entry));
    if (!v.isArray())
        return e;
    QStringList out;
    for (const QJsonValue &x : v.toArray()) {
        if (!x.isString())
            return e;
        out << x.toString().trimmed();
    }
    return out;
}

Result<bool> flag(const QJsonObject &o, const QString &entry, bool fallback)
{
    const QJsonValue v = o.value(entry);
    if (v.isUndefined())
        return fallback;
    if (!v.isBool())
        return bad(Tr::tr("The mapping's \"%1\" must be true or false.").arg(entry));
    return v.toBool();
}

Result<QString> text(const QJsonObject &o, const QString &entry, const QString &where)
{
    const QJsonValue v = o.value(entry);
    if (v.isUndefined())
        return QString();
    if (!v.isString())
        return bad(Tr::tr("\"%1\" in %2 must be a text.").arg(entry, where));
    return v.toString().trimmed();
}

Result<QHash<QString, QVariant>> valueMap(const QJsonValue &v, const QString &where)
{
    if (!v.isObject())
        return bad(Tr::tr("The \"map\" of %1 must be an object of file values and the values "
                          "to store for them.")
                       .arg(where));
    QHash<QString, QVariant> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        const QJsonValue x = it.value();
        QVariant stored;
        if (x.isString()) {
            stored = x.toString();
        } else if (x.isDouble()) {
            const double d = x.toDouble();
            stored = d == std::floor(d) && std::abs(d) < 1e15 ? QString::number(qint64(d))
                                                              : QString::number(d, 'g', 17);
        } else if (x.isBool()) {
            stored = x.toBool() ? u"true"_s : u"false"_s;
        } else if (!x.isNull()) {
            return bad(Tr::tr("In the \"map\" of %1, \"%2\" must map to a text, a number or null.")
                           .arg(where, it.key()));
        }
        out.insert(it.key().trimmed(), stored);
    }
    return out;
}

// "{Category} {Incident ID}" -> literal texts and column names; false for a '{' never closed.
bool parseTemplate(const QString &t, QList<std::pair<bool, QString>> *parts)
{
    qsizetype i = 0;
    while (i < t.size()) {
        const qsizetype open = t.indexOf(u'{', i);
        if (open < 0) {
            parts->append({false, t.mid(i)});
            break;
        }
        if (open > i)
            parts->append({false, t.mid(i, open - i)});
        const qsizetype close = t.indexOf(u'}', open + 1);
        if (close < 0)
            return false;
        parts->append({true, t.mid(open + 1, close - open - 1).trimmed()});
        i = close + 1;
    }
    return true;
}

QString fieldNames(const RecordTypeDef &def)
{
    QStringList names;
    for (const FieldDef *f : def.allFields()) {
        if (!f->viaTransition)
            names << f->name;
    }
    return names.join(u", "_s);
}

const QStringList topEntries = {
    u"type"_s,     u"description"_s, u"separator"_s, u"encoding"_s,     u"header"_s,
    u"missing"_s,  u"dateFormats"_s, u"timeZone"_s,  u"decimalComma"_s, u"key"_s,
    u"columns"_s,  u"state"_s,       u"title"_s,     u"keepPriority"_s, u"clearMissing"_s,
    u"existing"_s, u"groups"_s,      u"links"_s,     u"ciTypes"_s};

// "existing", "groups", "links" and "ciTypes".
Error readExtensions(const QJsonObject &o, ImportMapping *m)
{
    const QString top = Tr::tr("the mapping");
    {
        Result<QString> existing = text(o, u"existing"_s, top);
        if (!existing.ok())
            return existing.error();
        if (!existing->isEmpty() && *existing != u"update"_s && *existing != u"keep"_s)
            return bad(Tr::tr("The mapping's \"existing\" is \"update\" or \"keep\", not \"%1\".")
                           .arg(*existing));
        m->keepExisting = *existing == u"keep"_s;
        if (m->keepExisting && m->key.isEmpty())
            return bad(Tr::tr("The mapping keeps existing records, but has no \"key\" to find "
                              "them by."));
    }
    if (o.contains(u"groups"_s)) {
        const QJsonValue v = o.value(u"groups"_s);
        const Error shape =
            bad(Tr::tr("The mapping's \"groups\" must be a list of objects, each "
                       "naming the file's column for each name the mapping reads."));
        if (!v.isArray() || v.toArray().isEmpty())
            return shape;
        for (const QJsonValue &g : v.toArray()) {
            if (!g.isObject() || g.toObject().isEmpty())
                return shape;
            QHash<QString, QString> group;
            const QJsonObject go = g.toObject();
            for (auto it = go.constBegin(); it != go.constEnd(); ++it) {
                if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                    return shape;
                group.insert(it.key().trimmed(), it.value().toString().trimmed());
            }
            m->groups.append(group);
        }
    }
    if (o.contains(u"links"_s)) {
        const QJsonValue v = o.value(u"links"_s);
        if (!v.isArray())
            return bad(Tr::tr("The mapping's \"links\" must be a list of objects with \"column\", "
                              "\"kind\" and \"to\"."));
        for (const QJsonValue &x : v.toArray()) {
            const QString where = Tr::tr("a link of the mapping");
            if (!x.isObject())
                return bad(Tr::tr("The mapping's \"links\" must be a list of objects with "
                                  "\"column\", \"kind\" and \"to\"."));
            const QJsonObject lo = x.toObject();
            if (Error e = checkKeys(lo, where, {u"column"_s, u"kind"_s, u"to"_s, u"create"_s});
                e.isError())
                return e;
            ImportLink link;
            for (auto [entry, target] :
                 {std::pair {u"column"_s, &link.column}, std::pair {u"kind"_s, &link.kind},
                  std::pair {u"to"_s, &link.toType}}) {
                Result<QString> t = text(lo, entry, where);
                if (!t.ok())
                    return t.error();
                if (t->isEmpty())
                    return bad(Tr::tr("A link of the mapping needs \"%1\".").arg(entry));
                *target = *t;
            }
            const RecordTypeDef *to = RecordTypes::find(link.toType);
            if (!to)
                return bad(Tr::tr("A link of the mapping goes to \"%1\" records, a type that does "
                                  "not exist.")
                               .arg(link.toType));
            if (lo.contains(u"create"_s)) {
                const QJsonValue cv = lo.value(u"create"_s);
                const QString cwhere =
                    Tr::tr("the \"create\" of the link from \"%1\"").arg(link.column);
                if (!cv.isObject())
                    return bad(
                        Tr::tr("%1 must be an object with \"state\" and \"values\".").arg(cwhere));
                const QJsonObject co = cv.toObject();
                if (Error e = checkKeys(co, cwhere, {u"state"_s, u"values"_s}); e.isError())
                    return e;
                Result<QString> st = text(co, u"state"_s, cwhere);
                if (!st.ok())
                    return st.error();
                link.create = true;
                link.createState = *st;
                const QJsonObject values = co.value(u"values"_s).toObject();
                for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
                    const FieldDef *f = to->field(it.key());
                    if (!f || f->viaTransition || it.key() == u"title"_s)
                        return bad(Tr::tr("%1 sets \"%2\", which is not a field it can set of %3 "
                                          "records. Their fields are: %4.")
                                       .arg(cwhere, it.key(), to->displayLabel(), fieldNames(*to)));
                    link.createValues.insert(it.key(), it.value().toVariant());
                }
            }
            m->links.append(link);
        }
    }
    if (o.contains(u"ciTypes"_s)) {
        const QJsonValue v = o.value(u"ciTypes"_s);
        const Error shape = bad(Tr::tr("The mapping's \"ciTypes\" must be a list of objects with "
                                       "\"code\", \"label\", \"icon\" and \"subtypes\"."));
        if (m->type != u"ci"_s)
            return bad(Tr::tr("The mapping's \"ciTypes\" only go with configuration items."));
        if (!v.isArray())
            return shape;
        for (const QJsonValue &x : v.toArray()) {
            if (!x.isObject())
                return shape;
            const QJsonObject to = x.toObject();
            if (Error e = checkKeys(to, Tr::tr("a CI type of the mapping"),
                                    {u"code"_s, u"label"_s, u"icon"_s, u"subtypes"_s});
                e.isError())
                return e;
            if (!to.value(u"code"_s).isString() || !to.value(u"label"_s).isString())
                return shape;
            QVariantMap t {{u"code"_s, to.value(u"code"_s).toString().trimmed()},
                           {u"label"_s, to.value(u"label"_s).toString().trimmed()},
                           {u"icon"_s, to.value(u"icon"_s).toString().trimmed()}};
            if (to.contains(u"subtypes"_s)) {
                Result<QStringList> l = textList(to.value(u"subtypes"_s), u"subtypes"_s);
                if (!l.ok())
                    return l.error();
                t.insert(u"subtypes"_s, *l);
            }
            m->ciTypes.append(t);
        }
    }
    return {};
}

} // namespace

Result<ImportMapping> ImportMapping::fromFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound, Tr::tr("The import mapping %1 cannot be read.").arg(path),
                     f.errorString());
    Result<ImportMapping> m = fromJson(f.readAll());
    if (!m.ok())
        return Error(m.error().code(), Tr::tr("%1: %2").arg(path, m.error().message()));
    return m;
}

Result<ImportMapping> ImportMapping::fromJson(const QByteArray &json)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError)
        return bad(Tr::tr("The mapping is not valid JSON: %1 (at character %2).")
                       .arg(pe.errorString())
                       .arg(pe.offset));
    if (!doc.isObject())
        return bad(Tr::tr("The mapping must be a JSON object."));
    const QJsonObject o = doc.object();
    if (Error e = checkKeys(o, Tr::tr("the mapping"), topEntries); e.isError())
        return e;

    ImportMapping m;
    const QString top = Tr::tr("the mapping");
    {
        Result<QString> t = text(o, u"type"_s, top);
        if (!t.ok())
            return t.error();
        m.type = *t;
    }
    QStringList types;
    for (const RecordTypeDef &t : RecordTypes::all())
        types << t.type;
    if (m.type.isEmpty())
        return bad(Tr::tr("The mapping must name the record type it imports, as \"type\": one "
                          "of %1.")
                       .arg(types.join(u", "_s)));
    const RecordTypeDef *def = RecordTypes::find(m.type);
    if (!def)
        return bad(Tr::tr("The mapping names the record type \"%1\", which does not exist. The "
                          "types are: %2.")
                       .arg(m.type, types.join(u", "_s)));

    if (o.contains(u"separator"_s)) {
        const QJsonValue v = o.value(u"separator"_s);
        const QString s = v.toString();
        if (!v.isString() || (s.size() != 1 && s != u"auto"_s && s != u"tab"_s && !s.isEmpty())
            || s == u"\""_s || s == u"\n"_s || s == u"\r"_s)
            return bad(Tr::tr("The mapping's \"separator\" must be one character such as \",\", "
                              "\";\" or \"\\t\", or \"auto\"."));
        if (s == u"tab"_s)
            m.separator = u'\t';
        else if (s.size() == 1)
            m.separator = s.at(0);
    }
    if (o.contains(u"encoding"_s)) {
        Result<QString> t = text(o, u"encoding"_s, top);
        if (!t.ok())
            return t.error();
        m.encoding = CsvReader::encodingName(*t);
        if (m.encoding.isNull())
            return bad(Tr::tr("The mapping's encoding \"%1\" is not one Servicebench reads; use "
                              "one of: %2.")
                           .arg(*t, CsvReader::knownEncodings().join(u", "_s)));
    }
    for (auto [entry, target, fallback] : {std::tuple {u"header"_s, &m.header, true},
                                           std::tuple {u"decimalComma"_s, &m.decimalComma, false},
                                           std::tuple {u"keepPriority"_s, &m.keepPriority, false},
                                           std::tuple {u"clearMissing"_s, &m.clearMissing, true}}) {
        Result<bool> b = flag(o, entry, fallback);
        if (!b.ok())
            return b.error();
        *target = *b;
    }
    if (o.contains(u"missing"_s)) {
        Result<QStringList> l = textList(o.value(u"missing"_s), u"missing"_s);
        if (!l.ok())
            return l.error();
        m.missing = *l;
    }
    if (o.contains(u"dateFormats"_s)) {
        Result<QStringList> l = textList(o.value(u"dateFormats"_s), u"dateFormats"_s);
        if (!l.ok())
            return l.error();
        m.dateFormats = *l;
        m.dateFormats.removeAll(QString());
    }
    if (o.contains(u"timeZone"_s)) {
        Result<QString> t = text(o, u"timeZone"_s, top);
        if (!t.ok())
            return t.error();
        m.timeZone = QTimeZone(t->toUtf8());
        if (!m.timeZone.isValid())
            return bad(Tr::tr("The mapping's time zone \"%1\" is unknown; use a name such as "
                              "\"Europe/Amsterdam\", \"Asia/Shanghai\" or \"UTC\".")
                           .arg(*t));
    }

    // Columns.
    const QJsonValue columns = o.value(u"columns"_s);
    if (!columns.isObject() || columns.toObject().isEmpty())
        return bad(Tr::tr("The mapping needs \"columns\": an object that maps column names to "
                          "fields of %1 records (%2).")
                       .arg(def->displayLabel(), fieldNames(*def)));
    QHash<QString, QString> fedBy; // field -> column
    const QJsonObject cols = columns.toObject();
    for (auto it = cols.constBegin(); it != cols.constEnd(); ++it) {
        ImportColumn c;
        c.column = it.key().trimmed();
        const QString where = Tr::tr("the column \"%1\"").arg(c.column);
        if (c.column.contains(u'{')) {
            const bool parsed = parseTemplate(c.column, &c.templateParts);
            if (!parsed
                || std::none_of(c.templateParts.cbegin(), c.templateParts.cend(),
                                [](const auto &p) { return p.first; }))
                return bad(Tr::tr("The column template \"%1\" must name at least one column in "
                                  "braces and close every '{' it opens.")
                               .arg(c.column));
        }
        if (it.value().isString()) {
            c.field = it.value().toString().trimmed();
        } else if (it.value().isObject()) {
            const QJsonObject co = it.value().toObject();
            if (Error e =
                    checkKeys(co, where, {u"field"_s, u"map"_s, u"missing"_s, u"dateFormats"_s});
                e.isError())
                return e;
            Result<QString> f = text(co, u"field"_s, where);
            if (!f.ok())
                return f.error();
            c.field = *f;
            if (co.contains(u"map"_s)) {
                Result<QHash<QString, QVariant>> vm = valueMap(co.value(u"map"_s), where);
                if (!vm.ok())
                    return vm.error();
                c.valueMap = *vm;
            }
            if (co.contains(u"missing"_s)) {
                Result<QStringList> l = textList(co.value(u"missing"_s), u"missing"_s);
                if (!l.ok())
                    return l.error();
                c.missing = *l;
            }
            if (co.contains(u"dateFormats"_s)) {
                Result<QStringList> l = textList(co.value(u"dateFormats"_s), u"dateFormats"_s);
                if (!l.ok())
                    return l.error();
                c.dateFormats = *l;
                c.dateFormats.removeAll(QString());
            }
        } else {
            return bad(Tr::tr("The column \"%1\" must map to a field name or to an object with "
                              "\"field\".")
                           .arg(c.column));
        }
        if (c.field.isEmpty())
            return bad(Tr::tr("The column \"%1\" names no field.").arg(c.column));
        const FieldDef *f = def->field(c.field);
        if (!f)
            return bad(Tr::tr("The column \"%1\" is mapped to \"%2\", but %3 records have no such "
                              "field. Their fields are: %4.")
                           .arg(c.column, c.field, def->displayLabel(), fieldNames(*def)));
        if (f->viaTransition)
            return bad(Tr::tr("The column \"%1\" is mapped to \"%2\": give the state with the "
                              "mapping's \"state\" entry instead.")
                           .arg(c.column, c.field));
        if (fedBy.contains(c.field))
            return bad(Tr::tr("Both the columns \"%1\" and \"%2\" are mapped to \"%3\"; a field "
                              "takes one column.")
                           .arg(fedBy.value(c.field), c.column, c.field));
        fedBy.insert(c.field, c.column);
        m.columns.append(c);
    }

    // State.
    if (o.contains(u"state"_s)) {
        const QJsonValue v = o.value(u"state"_s);
        const QString where = Tr::tr("the \"state\" entry");
        if (v.isString()) {
            m.stateColumn = v.toString().trimmed();
        } else if (v.isObject()) {
            const QJsonObject so = v.toObject();
            if (Error e = checkKeys(so, where, {u"column"_s, u"map"_s, u"default"_s}); e.isError())
                return e;
            Result<QString> col = text(so, u"column"_s, where);
            Result<QString> dflt = text(so, u"default"_s, where);
            if (!col.ok())
                return col.error();
            if (!dflt.ok())
                return dflt.error();
            m.stateColumn = *col;
            m.stateDefault = *dflt;
            if (so.contains(u"map"_s)) {
                Result<QHash<QString, QVariant>> vm = valueMap(so.value(u"map"_s), where);
                if (!vm.ok())
                    return vm.error();
                for (auto s = vm->constBegin(); s != vm->constEnd(); ++s)
                    m.stateMap.insert(s.key(), s.value().toString().trimmed());
            }
        } else {
            return bad(Tr::tr("The mapping's \"state\" must be a column name or an object with "
                              "\"column\", \"map\" and \"default\"."));
        }
        if (m.stateColumn.isEmpty() && m.stateDefault.isEmpty())
            return bad(Tr::tr("The mapping's \"state\" names neither a column nor a default."));
    }

    // Title.
    if (o.contains(u"title"_s)) {
        const QJsonValue v = o.value(u"title"_s);
        const QString where = Tr::tr("the \"title\" entry");
        if (v.isString()) {
            m.titleColumn = v.toString().trimmed();
        } else if (v.isObject()) {
            const QJsonObject to = v.toObject();
            if (Error e = checkKeys(to, where, {u"column"_s, u"template"_s}); e.isError())
                return e;
            Result<QString> col = text(to, u"column"_s, where);
            Result<QString> tpl = text(to, u"template"_s, where);
            if (!col.ok())
                return col.error();
            if (!tpl.ok())
                return tpl.error();
            m.titleColumn = *col;
            m.titleTemplate = *tpl;
        } else {
            return bad(Tr::tr("The mapping's \"title\" must be a column name or an object with "
                              "\"column\" and \"template\"."));
        }
        if (!parseTemplate(m.titleTemplate, &m.titleParts))
            return bad(Tr::tr("The title template \"%1\" opens a '{' that it never closes.")
                           .arg(m.titleTemplate));
        if (m.titleColumn.isEmpty() && m.titleTemplate.isEmpty())
            return bad(Tr::tr("The mapping's \"title\" names neither a column nor a template."));
        if (fedBy.contains(u"title"_s))
            return bad(Tr::tr("The title comes from the column \"%1\" and from the \"title\" "
                              "entry; give it once.")
                           .arg(fedBy.value(u"title"_s)));
        fedBy.insert(u"title"_s, m.titleColumn.isEmpty() ? m.titleTemplate : m.titleColumn);
    }

    // What every record of the type needs.
    for (const FieldDef *f : def->allFields()) {
        if (f->required && !fedBy.contains(f->name))
            return bad(
                f->name == u"title"_s
                    ? Tr::tr("The mapping gives no title, which every %1 record needs: add "
                             "\"title\": {\"column\": …} or {\"template\": \"{Column} …\"}.")
                          .arg(def->displayLabel())
                    : Tr::tr("The mapping gives no %1, which every %2 record needs: map a column "
                             "to \"%3\".")
                          .arg(f->displayLabel(), def->displayLabel(), f->name));
    }

    // A priority that the type would derive from impact and urgency is only taken from the
    // file when the mapping says so.
    if (fedBy.contains(u"priority"_s) && !m.keepPriority && def->typedField(u"priority")
        && def->typedField(u"impact") && def->typedField(u"urgency"))
        return bad(Tr::tr("The column \"%1\" feeds the priority of %2 records, which otherwise "
                          "follows from their impact and urgency: set \"keepPriority\": true to "
                          "store the file's priority as it is.")
                       .arg(fedBy.value(u"priority"_s), def->displayLabel()));

    // The key.
    {
        Result<QString> k = text(o, u"key"_s, top);
        if (!k.ok())
            return k.error();
        m.key = *k;
    }
    // The title as the key: for types whose records are named things (configuration items),
    // matched regardless of case; a title that names several records refuses the row.
    if (!m.key.isEmpty() && m.key != u"title"_s) {
        const FieldDef *f = def->field(m.key);
        if (!f)
            return bad(Tr::tr("The key \"%1\" is not a field of %2 records. Their fields are: %3.")
                           .arg(m.key, def->displayLabel(), fieldNames(*def)));
        if (!f->unique) {
            QStringList unique;
            for (const FieldDef *x : def->allFields()) {
                if (x->unique)
                    unique << x->name;
            }
            return bad(unique.isEmpty()
                           ? Tr::tr("The key \"%1\" is refused: it is not unique among %2 records, "
                                    "so a row could match several, and %2 records have no "
                                    "unique field to use instead. Leave \"key\" out to create a "
                                    "record for every row.")
                                 .arg(m.key, def->displayLabel())
                           : Tr::tr("The key \"%1\" is refused: it is not unique among %2 records, "
                                    "so a row could match several. Use a unique field: %3.")
                                 .arg(m.key, def->displayLabel(), unique.join(u", "_s)));
        }
    }
    if (!m.key.isEmpty() && !fedBy.contains(m.key))
        return bad(Tr::tr("The key \"%1\" is not fed by any column of the mapping.").arg(m.key));
    if (Error e = readExtensions(o, &m); e.isError())
        return e;
    return m;
}

const RecordTypeDef &ImportMapping::recordType() const
{
    return *RecordTypes::find(type);
}

CsvOptions ImportMapping::csvOptions() const
{
    return {separator, encoding};
}

QStringList ImportMapping::referencedColumns() const
{
    QStringList out;
    for (const ImportColumn &c : columns) {
        if (c.templateParts.isEmpty())
            out << c.column;
        for (const auto &[isColumn, name] : c.templateParts) {
            if (isColumn)
                out << name;
        }
    }
    for (const ImportLink &l : links)
        out << l.column;
    if (!stateColumn.isEmpty())
        out << stateColumn;
    if (!titleColumn.isEmpty())
        out << titleColumn;
    for (const auto &[isColumn, name] : titleParts) {
        if (isColumn)
            out << name;
    }
    out.removeDuplicates();
    return out;
}

bool ImportMapping::isMissing(const ImportColumn *column, const QString &trimmedText) const
{
    return trimmedText.isEmpty() || missing.contains(trimmedText)
        || (column && column->missing.contains(trimmedText));
}

} // namespace sb
