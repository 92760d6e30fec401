// servicebench record create|update|transition|show|list|link|unlink|delete|history|attach
#include "cli.h"
#include "output.h"

#include "clock.h"
#include "records/recordquery.h"
#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const char *const recordUsage =
    "servicebench record create FILE TYPE --set FIELD=VALUE ... [--json]\n"
    "       servicebench record update FILE ID --set FIELD=VALUE ... [--expect-version N] "
    "[--json]\n"
    "       servicebench record transition FILE ID STATE [--set FIELD=VALUE ...] [--expect-version "
    "N]\n"
    "       servicebench record show FILE ID [--json]\n"
    "       servicebench record list FILE TYPE [--where FIELD=VALUE ...] [--sort FIELD] [--desc] "
    "[--limit N] [--json]\n"
    "       servicebench record link|unlink FILE ID ID [--kind KIND]\n"
    "       servicebench record delete FILE ID [--expect-version N]\n"
    "       servicebench record history FILE ID [--json]\n"
    "       servicebench record attach FILE ID PATH [--mime TYPE]";

int usage(const QString &message)
{
    return usageError(message, QString::fromUtf8(recordUsage));
}

// --set/--where FIELD=VALUE pairs, in the order given.
bool parsePairs(const QStringList &items, QList<std::pair<QString, QString>> *out, QString *error)
{
    for (const QString &item : items) {
        const qsizetype eq = item.indexOf(u'=');
        if (eq <= 0) {
            *error = Tr::tr("\"%1\" is not FIELD=VALUE.").arg(item);
            return false;
        }
        out->append({item.left(eq).trimmed(), item.mid(eq + 1)});
    }
    return true;
}

bool expectedVersion(const Args &a, int *version, QString *error)
{
    *version = AnyVersion;
    if (!a.has(u"expect-version"_s))
        return true;
    bool ok = false;
    const int v = a.value(u"expect-version"_s).toInt(&ok);
    if (!ok || v < 1) {
        *error = Tr::tr("--expect-version expects a version number (1 or more).");
        return false;
    }
    *version = v;
    return true;
}

QJsonValue jsonValue(const FieldDef &f, const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return QJsonValue::Null;
    switch (f.kind) {
    case FieldKind::Integer: return QJsonValue(v.toLongLong());
    case FieldKind::Real: return QJsonValue(v.toDouble());
    case FieldKind::Bool: return QJsonValue(f.canonical(v) == u"1"_s);
    default: return QJsonValue(v.toString());
    }
}

int show(const Args &a, Workbook &wb, const QString &idText)
{
    RecordStore store(wb);
    Result<qint64> id = store.resolve(idText);
    if (!id.ok())
        return fail(id.error());
    Result<Record> r = store.load(*id);
    if (!r.ok())
        return fail(r.error());
    Result<QList<LinkInfo>> links = store.links(*id);
    if (!links.ok())
        return fail(links.error());
    Result<QList<AttachmentInfo>> atts = store.attachments(*id);
    if (!atts.ok())
        return fail(atts.error());
    const RecordTypeDef &def = *RecordTypes::find(r->type);

    if (a.flag(u"json"_s)) {
        QJsonObject fields;
        for (const FieldDef *f : def.allFields()) {
            if (!f->viaTransition)
                fields.insert(f->name, jsonValue(*f, r->value(f->name)));
        }
        QJsonArray linkArr;
        for (const LinkInfo &l : *links)
            linkArr.append(QJsonObject {{u"kind"_s, l.kind},
                                        {u"direction"_s, l.outgoing ? u"out"_s : u"in"_s},
                                        {u"label"_s, l.label},
                                        {u"id"_s, l.otherHumanId},
                                        {u"type"_s, l.otherType},
                                        {u"title"_s, l.otherTitle}});
        QJsonArray attArr;
        for (const AttachmentInfo &at : *atts)
            attArr.append(QJsonObject {
                {u"file"_s, at.fileName}, {u"bytes"_s, at.size}, {u"sha256"_s, at.sha256}});
        printJson(QJsonObject {{u"id"_s, r->humanId},
                               {u"type"_s, r->type},
                               {u"version"_s, r->version},
                               {u"state"_s, r->state},
                               {u"fields"_s, fields},
                               {u"links"_s, linkArr},
                               {u"attachments"_s, attArr},
                               {u"created_at"_s, r->createdAt},
                               {u"created_by"_s, r->createdBy},
                               {u"updated_at"_s, r->updatedAt},
                               {u"updated_by"_s, r->updatedBy}});
        return ExitOk;
    }
    Result<Lifecycles> lc = store.lifecycles();
    QTextStream &o = out();
    o << r->humanId << "  " << r->title << "\n";
    o << padded(Tr::tr("Type"), 22) << def.displayLabel() << "\n";
    o << padded(Tr::tr("State"), 22) << (lc.ok() ? lc->stateLabel(r->type, r->state) : r->state)
      << " (" << r->state << ")\n";
    o << padded(Tr::tr("Version"), 22) << r->version << "\n";
    for (const FieldDef *f : def.allFields()) {
        if (f->name == u"title"_s || f->viaTransition)
            continue;
        const QString v = f->display(r->value(f->name));
        if (v.isEmpty())
            continue;
        o << padded(f->displayLabel(), 22) << QString(v).replace(u'\n', u"\n"_s + QString(22, u' '))
          << "\n";
    }
    o << padded(Tr::tr("Created"), 22) << r->createdAt << " " << r->createdBy << "\n";
    o << padded(Tr::tr("Updated"), 22) << r->updatedAt << " " << r->updatedBy << "\n";
    for (const LinkInfo &l : *links)
        o << padded(Tr::tr("Link"), 22) << l.label << " " << l.otherHumanId << "  " << l.otherTitle
          << "\n";
    for (const AttachmentInfo &at : *atts)
        o << padded(Tr::tr("Attachment"), 22) << at.fileName << " (" << at.size << " B)\n";
    o.flush();
    return ExitOk;
}

int list(const Args &a, Workbook &wb, const QString &type)
{
    ListSpec spec;
    spec.type = type;
    QList<std::pair<QString, QString>> where;
    QString error;
    if (!parsePairs(a.values(u"where"_s), &where, &error))
        return usage(error);
    for (const auto &[k, v] : where)
        spec.where.append({k, v});
    spec.sortField = a.value(u"sort"_s, u"id"_s);
    spec.descending = a.flag(u"desc"_s);
    qint64 limit = std::numeric_limits<qint64>::max();
    if (a.has(u"limit"_s)) {
        bool ok = false;
        limit = a.value(u"limit"_s).toLongLong(&ok);
        if (!ok || limit < 1)
            return usage(Tr::tr("--limit expects a whole number (1 or more)."));
    }
    Result<RecordQuery> q = RecordQuery::prepare(spec);
    if (!q.ok())
        return fail(q.error());
    const QStringList cols = q->columns();
    const bool json = a.flag(u"json"_s);
    QJsonArray arr;
    std::optional<SortKey> after;
    qint64 printed = 0;
    QTextStream &o = out();
    if (!json)
        o << padded(Tr::tr("ID"), 10) << ' ' << padded(Tr::tr("State"), 12) << ' '
          << Tr::tr("Title") << "\n";
    const int titleCol = int(cols.indexOf(u"title"_s));
    const int stateCol = int(cols.indexOf(u"state"_s));
    // Page by key: each page is one short read, so a long listing never holds the workbook.
    while (printed < limit) {
        const int n = int(qMin<qint64>(500, limit - printed));
        Result<QList<ListRow>> page = q->page(wb.db(), after, n);
        if (!page.ok())
            return fail(page.error());
        for (const ListRow &row : *page) {
            if (json) {
                QJsonObject fields;
                for (int i = 0; i < cols.size(); ++i) {
                    const FieldDef *f = q->type().field(cols[i]);
                    if (f && !f->viaTransition)
                        fields.insert(cols[i], jsonValue(*f, row.values[i]));
                }
                arr.append(QJsonObject {{u"id"_s, row.humanId},
                                        {u"type"_s, type},
                                        {u"version"_s, row.version},
                                        {u"state"_s, row.values.value(stateCol).toString()},
                                        {u"fields"_s, fields}});
            } else {
                o << padded(row.humanId, 10) << ' '
                  << padded(row.values.value(stateCol).toString(), 12) << ' '
                  << row.values.value(titleCol).toString() << "\n";
            }
        }
        printed += page->size();
        if (page->size() < n)
            break;
        after = page->last().key;
    }
    if (json)
        printJson(arr);
    o.flush();
    return ExitOk;
}

int history(const Args &a, Workbook &wb, const QString &idText)
{
    RecordStore store(wb);
    Result<qint64> id = store.resolve(idText);
    if (!id.ok())
        return fail(id.error());
    Result<QList<AuditEntry>> entries = store.history(*id);
    if (!entries.ok())
        return fail(entries.error());
    QJsonArray arr;
    for (const AuditEntry &e : *entries) {
        if (a.flag(u"json"_s)) {
            arr.append(QJsonObject {
                {u"seq"_s, e.seq},
                {u"at"_s, e.at},
                {u"user"_s, e.user},
                {u"action"_s, e.action},
                {u"field"_s, e.field.isNull() ? QJsonValue() : QJsonValue(e.field)},
                {u"old"_s, e.oldValue.isNull() ? QJsonValue() : QJsonValue(e.oldValue)},
                {u"new"_s, e.newValue.isNull() ? QJsonValue() : QJsonValue(e.newValue)},
                {u"version"_s, e.version}});
        } else {
            out() << e.at << "  " << padded(e.user, 12) << ' ' << padded(e.action, 10) << ' '
                  << e.field;
            if (!e.oldValue.isNull() || !e.newValue.isNull())
                out() << ": " << (e.oldValue.isNull() ? u"-"_s : e.oldValue) << " → "
                      << (e.newValue.isNull() ? u"-"_s : e.newValue);
            out() << "\n";
        }
    }
    if (a.flag(u"json"_s))
        printJson(arr);
    out().flush();
    return ExitOk;
}

} // namespace

int cmdRecord(const Args &a)
{
    const QString action = a.positional(0);
    const QString file = a.positional(1);
    const qsizetype n = a.positional().size();
    static const QStringList reads = {u"show"_s, u"list"_s, u"history"_s};
    static const QStringList writes = {u"create"_s, u"update"_s, u"transition"_s, u"link"_s,
                                       u"unlink"_s, u"delete"_s, u"attach"_s};
    if (!reads.contains(action) && !writes.contains(action))
        return usage(Tr::tr("Unknown record action \"%1\".").arg(action));
    const int needed = (action == u"transition"_s || action == u"link"_s || action == u"unlink"_s
                        || action == u"attach"_s)
        ? 4
        : 3;
    if (n != needed)
        return usage(n < needed ? Tr::tr("Missing arguments.") : Tr::tr("Too many arguments."));

    QList<std::pair<QString, QString>> sets;
    QString error;
    if (!parsePairs(a.values(u"set"_s), &sets, &error))
        return usage(error);
    int expected = AnyVersion;
    if (!expectedVersion(a, &expected, &error))
        return usage(error);
    if ((action == u"create"_s || action == u"update"_s) && sets.isEmpty())
        return usage(Tr::tr("Say what to set with --set FIELD=VALUE."));

    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, file, writes.contains(action));
    if (!wb.ok())
        return fail(wb.error(), true);
    Workbook &w = **wb;
    if (action == u"show"_s)
        return show(a, w, a.positional(2));
    if (action == u"list"_s)
        return list(a, w, a.positional(2));
    if (action == u"history"_s)
        return history(a, w, a.positional(2));
    if (Error e = w.requireWritable(); e.isError())
        return fail(e);

    RecordStore store(w);
    QVariantMap values;
    for (const auto &[k, v] : sets)
        values.insert(k, v);
    const bool json = a.flag(u"json"_s);

    if (action == u"create"_s) {
        Result<RecordRef> r = store.create(a.positional(2), values);
        if (!r.ok())
            return fail(r.error());
        if (json)
            printJson(QJsonObject {{u"id"_s, r->humanId}, {u"version"_s, r->version}});
        else
            out() << r->humanId << Qt::endl;
        return ExitOk;
    }

    Result<qint64> id = store.resolve(a.positional(2));
    if (!id.ok())
        return fail(id.error());
    QString human = a.positional(2).toUpper();
    if (Result<Record> r = store.load(*id); r.ok())
        human = r->humanId;

    if (action == u"update"_s || action == u"transition"_s) {
        Result<int> v = action == u"update"_s
            ? store.update(*id, values, expected)
            : store.transition(*id, a.positional(3), values, expected);
        if (!v.ok())
            return fail(v.error());
        if (json)
            printJson(QJsonObject {{u"id"_s, human}, {u"version"_s, *v}});
        else
            out() << Tr::tr("%1 is now version %2.").arg(human).arg(*v) << Qt::endl;
        return ExitOk;
    }
    if (action == u"link"_s || action == u"unlink"_s) {
        Result<qint64> other = store.resolve(a.positional(3));
        if (!other.ok())
            return fail(other.error());
        const QString kind = a.value(u"kind"_s, u"relates_to"_s);
        const Error e =
            action == u"link"_s ? store.link(*id, *other, kind) : store.unlink(*id, *other, kind);
        if (e.isError())
            return fail(e);
        out() << (action == u"link"_s ? Tr::tr("Linked %1 to %2 (%3).")
                                      : Tr::tr("Unlinked %1 from %2 (%3)."))
                     .arg(human, a.positional(3).toUpper(), kind)
              << Qt::endl;
        return ExitOk;
    }
    if (action == u"delete"_s) {
        if (Error e = store.remove(*id, expected); e.isError())
            return fail(e);
        out() << Tr::tr("Deleted %1.").arg(human) << Qt::endl;
        return ExitOk;
    }
    // attach
    QFile f(a.positional(3));
    if (!f.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::InvalidInput,
                          Tr::tr("%1 cannot be read: %2").arg(a.positional(3), f.errorString())));
    if (f.size() > store.attachmentLimit())
        return fail(Error(
            ErrorCode::InvalidInput,
            Tr::tr("%1 is larger than the workbook's attachment limit.").arg(a.positional(3))));
    Result<qint64> att =
        store.attach(*id, QFileInfo(f).fileName(), f.readAll(), a.value(u"mime"_s));
    if (!att.ok())
        return fail(att.error());
    out() << Tr::tr("Attached %1 to %2.").arg(QFileInfo(f).fileName(), human) << Qt::endl;
    return ExitOk;
}

} // namespace sb::cli
