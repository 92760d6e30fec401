#include "importmapping.h"

#include "records/recordtypes.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

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
    u"type"_s,    u"description"_s, u"separator"_s, u"encoding"_s,     u"header"_s,
    u"missing"_s, u"dateFormats"_s, u"timeZone"_s,  u"decimalComma"_s, u"key"_s,
    u"columns"_s, u"state"_s,       u"title"_s,     u"keepPriority"_s, u"clearMissing"_s};

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
    if (!m.key.isEmpty()) {
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
        if (!fedBy.contains(m.key))
            return bad(
                Tr::tr("The key \"%1\" is not fed by any column of the mapping.").arg(m.key));
    }
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
    for (const ImportColumn &c : columns)
        out << c.column;
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
