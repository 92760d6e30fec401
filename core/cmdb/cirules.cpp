#include "cirules.h"

#include "citypes.h"
#include "records/record.h"
#include "records/recordtypes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CiRules)
};

QVariant valueAfter(const Record *current, const QVariantMap &changes, const QString &name)
{
    const auto it = changes.constFind(name);
    if (it != changes.constEnd())
        return it.value();
    return current ? current->value(name) : QVariant();
}

QJsonObject parseObject(const QString &text, Error *error)
{
    if (text.trimmed().isEmpty())
        return {};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = Error(ErrorCode::InvalidInput,
                       Tr::tr("A CI's attributes are a JSON object of names and values, such as "
                              "{\"operating_system\": \"Debian 12\"}; this is not one (%1).")
                           .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                     : Tr::tr("not an object")));
        return {};
    }
    return doc.object();
}

// The human ID of an existing record of `refType`, upper-case, or an error.
Result<QString> checkReference(Database &db, const CiAttributeDef &a, const QString &value)
{
    const QString key = value.trimmed().toUpper();
    const qsizetype dash = key.lastIndexOf(u'-');
    const RecordTypeDef *def =
        dash > 0 ? RecordTypes::findByPrefix(QStringView(key).left(dash)) : nullptr;
    bool ok = false;
    const qint64 number = dash > 0 ? key.mid(dash + 1).toLongLong(&ok) : 0;
    const RecordTypeDef *wanted = RecordTypes::find(a.refType);
    const QString wantedLabel = wanted ? wanted->displayLabel() : a.refType;
    if (!def || !ok || def->type != a.refType)
        return Error(
            ErrorCode::InvalidInput,
            Tr::tr("%1 refers to a %2 by its ID (such as %3-1); \"%4\" is not one.")
                .arg(a.displayLabel(), wantedLabel, wanted ? wanted->prefix : u"?"_s, value));
    Statement st = db.prepare("SELECT 1 FROM record WHERE type = ?1 AND human_no = ?2");
    st.bind(1, def->type).bind(2, number);
    if (st.next())
        return key;
    if (st.error().isError())
        return st.error();
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("%1 refers to %2, which does not exist.").arg(a.displayLabel(), key));
}

// One attribute value in its stored form, or an error naming the attribute.
Result<QJsonValue> checkValue(Database &db, const CiAttributeDef &a, const QJsonValue &v)
{
    using Kind = CiAttributeDef::Kind;
    if (v.isNull() || (v.isString() && v.toString().trimmed().isEmpty()))
        return QJsonValue(QJsonValue::Null);
    if (v.isArray() || v.isObject())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 takes one value, not a list.").arg(a.displayLabel()));
    const QString text = CiAttributeChange::text(v).trimmed();
    switch (a.kind) {
    case Kind::Text:
        if (text.size() > 2000)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 holds at most 2000 characters.").arg(a.displayLabel()));
        return QJsonValue(text);
    case Kind::Number: {
        bool ok = false;
        const double d = v.isDouble() ? v.toDouble() : text.toDouble(&ok);
        if (!v.isDouble() && !ok)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 is a number; \"%2\" is not one.").arg(a.displayLabel(), text));
        return QJsonValue(d);
    }
    case Kind::Date: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (!d.isValid())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 is a date written YYYY-MM-DD; \"%2\" is not one.")
                             .arg(a.displayLabel(), text));
        return QJsonValue(d.toString(Qt::ISODate));
    }
    case Kind::Choice:
        if (!a.choices.contains(text))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 is one of: %2; \"%3\" is none of them.")
                             .arg(a.displayLabel(), a.choices.join(u", "_s), text));
        return QJsonValue(text);
    case Kind::Reference: {
        Result<QString> ref = checkReference(db, a, text);
        if (!ref.ok())
            return ref.error();
        return QJsonValue(*ref);
    }
    }
    return QJsonValue(text);
}

} // namespace

bool CiRules::appliesTo(const QString &type)
{
    return type == u"ci"_s;
}

Error CiRules::beforeWrite(Database &db, const RecordTypeDef &def, const Record *current,
                           QVariantMap *changes)
{
    const QString ciType = valueAfter(current, *changes, u"ci_type"_s).toString().trimmed();
    const bool typeChanged = !current || changes->contains(u"ci_type"_s);
    // A change of the description, the version or the asset fields has nothing to check here.
    if (!typeChanged && !changes->contains(u"title"_s) && !changes->contains(u"attributes"_s))
        return {};
    Result<QList<CiTypeDef>> types =
        ciType.isEmpty() ? Result<QList<CiTypeDef>>(QList<CiTypeDef>()) : CiTypes::load(db, ciType);
    if (!types.ok())
        return types.error();
    const CiTypeDef *type = types->isEmpty() ? nullptr : &types->first();
    if (!type) {
        QStringList codes;
        Result<QList<CiTypeDef>> all = CiTypes::load(db);
        for (const CiTypeDef &t : all.ok() ? *all : QList<CiTypeDef>())
            codes << t.code;
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("There is no CI type \"%1\". The types are: %2.")
                         .arg(ciType, codes.join(u", "_s)));
    }

    // The name, unique within the type (the index behind it compares lower(title)).
    if (typeChanged || changes->contains(u"title"_s)) {
        const QString name = valueAfter(current, *changes, u"title"_s).toString();
        Statement st = db.prepare("SELECT r.human_id FROM ci c JOIN record r ON r.id = c.id "
                                  "WHERE c.ci_type = ?1 AND c.name_key = lower(?2) AND c.id <> ?3");
        st.bind(1, ciType).bind(2, name).bind(3, current ? current->id : qint64(0));
        if (st.next())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("There is already a %1 named \"%2\" (%3); a CI's name is unique "
                                "within its type.")
                             .arg(type->displayLabel(), name, st.text(0)));
        if (st.error().isError())
            return st.error();
    }

    // The attributes, checked whenever they or the type change.
    if (!typeChanged && !changes->contains(u"attributes"_s))
        return {};
    Error parseError;
    const QJsonObject given =
        parseObject(valueAfter(current, *changes, u"attributes"_s).toString(), &parseError);
    if (parseError.isError())
        return parseError;
    const QJsonObject held = current
        ? parseObject(current->value(u"attributes"_s).toString(), &parseError)
        : QJsonObject();
    QJsonObject stored;
    for (auto it = given.constBegin(); it != given.constEnd(); ++it) {
        const CiAttributeDef *a = type->attribute(it.key());
        if (!a) {
            // Kept from before the attribute was removed (or the type changed): it may stay
            // as it was, untouched.
            if (held.contains(it.key()) && held.value(it.key()) == it.value()) {
                stored.insert(it.key(), it.value());
                continue;
            }
            QStringList names;
            for (const CiAttributeDef &d : type->attributes)
                names << d.name;
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("A %1 has no attribute \"%2\". Its attributes are: %3.")
                             .arg(type->displayLabel(), it.key(),
                                  names.isEmpty() ? Tr::tr("none") : names.join(u", "_s)));
        }
        Result<QJsonValue> v = checkValue(db, *a, it.value());
        if (!v.ok())
            return v.error();
        if (!v->isNull())
            stored.insert(it.key(), *v);
    }
    for (const CiAttributeDef &a : type->attributes) {
        if (a.required && !stored.contains(a.name))
            return Error(
                ErrorCode::InvalidInput,
                Tr::tr("A %1 needs a value for %2.").arg(type->displayLabel(), a.displayLabel()));
    }
    const QVariant canonical = stored.isEmpty()
        ? QVariant()
        : QVariant(QString::fromUtf8(QJsonDocument(stored).toJson(QJsonDocument::Compact)));
    changes->insert(u"attributes"_s, canonical);
    Q_UNUSED(def);
    return {};
}

Error CiRules::checkRelation(Database &db, const QString &kind, const Record &from,
                             const Record &to)
{
    if (from.type != u"ci"_s && to.type != u"ci"_s)
        return {};
    // One indexed row: importers link tens of thousands of tickets to CIs through here, and
    // most of those kinds (affects_ci) are no CI relationship at all.
    Result<QList<CiRelationType>> kinds = CiTypes::loadRelationTypes(db, kind);
    if (!kinds.ok())
        return kinds.error();
    if (kinds->isEmpty() || kind.isEmpty())
        return {};
    const CiRelationType *rel = &kinds->first();
    auto ciTypeOf = [&](const Record &r) {
        return r.type == u"ci"_s ? r.fields.value(u"ci_type"_s).toString() : QString();
    };
    const QString fromType = ciTypeOf(from);
    const QString toType = ciTypeOf(to);
    if (rel->allows(fromType, toType))
        return {};
    Result<QList<CiTypeDef>> types = CiTypes::load(db);
    auto labels = [&](const QStringList &codes) {
        if (codes.isEmpty())
            return Tr::tr("any CI");
        QStringList out;
        for (const QString &c : codes)
            out << (types.ok() ? CiTypes::labelOf(*types, c) : c);
        return out.join(u", "_s);
    };
    auto endLabel = [&](const Record &r, const QString &ciType) {
        if (!ciType.isEmpty())
            return labels({ciType});
        const RecordTypeDef *d = RecordTypes::find(r.type);
        return d ? d->displayLabel() : r.type;
    };
    return Error(ErrorCode::InvalidInput,
                 Tr::tr("\"%1\" joins %2 to %3; %4 (%5) to %6 (%7) does not fit.")
                     .arg(rel->forwardLabel, labels(rel->fromCiTypes), labels(rel->toCiTypes),
                          from.humanId, endLabel(from, fromType), to.humanId,
                          endLabel(to, toType)));
}

} // namespace sb
