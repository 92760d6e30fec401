#include "rca.h"

#include "clock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rca)
};
} // namespace

const QList<RcaChain::Category> &RcaChain::categories()
{
    // The usual bones of a cause-and-effect diagram for IT services.
    static const QList<Category> list {
        {"people", QT_TRANSLATE_NOOP("Rca", "People")},
        {"process", QT_TRANSLATE_NOOP("Rca", "Process")},
        {"technology", QT_TRANSLATE_NOOP("Rca", "Technology")},
        {"environment", QT_TRANSLATE_NOOP("Rca", "Environment")},
        {"supplier", QT_TRANSLATE_NOOP("Rca", "Supplier")},
        {"information", QT_TRANSLATE_NOOP("Rca", "Information")},
    };
    return list;
}

QString RcaChain::categoryLabel(const QString &code)
{
    for (const Category &c : categories()) {
        if (code == QLatin1String(c.code))
            return QCoreApplication::translate("Rca", c.label);
    }
    return code;
}

QString RcaChain::rootText(const QList<RcaEntry> &entries)
{
    for (const RcaEntry &e : entries) {
        if (e.root)
            return e.text;
    }
    return {};
}

Result<QList<RcaEntry>> RcaChain::parse(const QString &json)
{
    QList<RcaEntry> out;
    if (json.trimmed().isEmpty())
        return out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isArray())
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The chain of causes is not a list of entries: %1.")
                         .arg(pe.error != QJsonParseError::NoError ? pe.errorString()
                                                                   : Tr::tr("not a JSON array")));
    const QJsonArray array = doc.array();
    if (array.size() > MaxEntries)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The chain of causes has %1 entries; at most %2 are kept.")
                         .arg(array.size())
                         .arg(MaxEntries));
    int roots = 0;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const int n = int(i) + 1;
        if (!array.at(i).isObject())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Entry %1 of the chain of causes is not an entry.").arg(n));
        const QJsonObject o = array.at(i).toObject();
        for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
            static const QStringList known {u"text"_s, u"category"_s, u"at"_s, u"root"_s};
            if (!known.contains(it.key()))
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("Entry %1 of the chain of causes has an unknown key \"%2\"; "
                                    "the keys are: text, category, at, root.")
                                 .arg(n)
                                 .arg(it.key()));
        }
        RcaEntry e;
        e.text = o.value(u"text"_s).toString().trimmed();
        if (e.text.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Entry %1 of the chain of causes has no text.").arg(n));
        if (e.text.size() > MaxTextLength)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Entry %1 of the chain of causes is too long: %2 characters, at "
                                "most %3.")
                             .arg(n)
                             .arg(e.text.size())
                             .arg(MaxTextLength));
        e.category = o.value(u"category"_s).toString().trimmed();
        if (!e.category.isEmpty()) {
            bool found = false;
            QStringList codes;
            for (const Category &c : categories()) {
                codes << QString::fromLatin1(c.code);
                found = found || e.category == QLatin1String(c.code);
            }
            if (!found)
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("Entry %1 of the chain of causes has the category \"%2\"; "
                                    "the categories are: %3.")
                                 .arg(n)
                                 .arg(e.category, codes.join(u", "_s)));
        }
        const QString at = o.value(u"at"_s).toString().trimmed();
        if (!at.isEmpty()) {
            QDateTime t = fromStoredTime(at);
            if (!t.isValid())
                t = QDateTime::fromString(at, Qt::ISODate);
            if (!t.isValid())
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("Entry %1 of the chain of causes has the time \"%2\", which "
                                    "is no date and time (like 2026-03-01T14:30:00Z).")
                                 .arg(n)
                                 .arg(at));
            e.at = toStoredTime(t);
        }
        const QJsonValue root = o.value(u"root"_s);
        if (!root.isUndefined() && !root.isBool())
            return Error(
                ErrorCode::InvalidInput,
                Tr::tr("Entry %1 of the chain of causes: \"root\" is true or false.").arg(n));
        e.root = root.toBool();
        roots += e.root ? 1 : 0;
        out.append(e);
    }
    if (roots > 1)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("The chain of causes marks %1 entries as the root cause; mark one, and "
                            "record the others as contributing factors.")
                         .arg(roots));
    return out;
}

QString RcaChain::serialize(const QList<RcaEntry> &entries)
{
    if (entries.isEmpty())
        return {};
    QJsonArray array;
    for (const RcaEntry &e : entries) {
        QJsonObject o;
        o.insert(u"text"_s, e.text);
        if (!e.category.isEmpty())
            o.insert(u"category"_s, e.category);
        if (!e.at.isEmpty())
            o.insert(u"at"_s, e.at);
        if (e.root)
            o.insert(u"root"_s, true);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

Result<QString> RcaChain::normalize(const QString &json)
{
    Result<QList<RcaEntry>> entries = parse(json);
    if (!entries.ok())
        return entries.error();
    return serialize(*entries);
}

} // namespace sb
