// servicebench impact | baseline create|list|diff | cmdb audit|findings|follow-up
#include "cli.h"
#include "output.h"

#include "cmdb/baseline.h"
#include "cmdb/citypes.h"
#include "cmdb/cmdbaudit.h"
#include "cmdb/impact.h"
#include "records/recordstore.h"
#include "storage/database.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr const char impactUsage[] =
    "servicebench impact FILE CI_ID [--direction down|up] [--depth N] [--json]";
constexpr const char baselineUsage[] =
    "servicebench baseline create FILE NAME [--service SVC_ID] [--description TEXT] [--json]\n"
    "servicebench baseline list FILE [--json]\n"
    "servicebench baseline diff FILE BASELINE [BASELINE|now] [--json]";
constexpr const char cmdbUsage[] =
    "servicebench cmdb audit FILE INVENTORY.csv --mapping MAPPING.json|example [--service SVC_ID] "
    "[--json]\n"
    "servicebench cmdb findings FILE AUDIT_ID [--json]\n"
    "servicebench cmdb types FILE [--json]\n"
    "servicebench cmdb follow-up FILE AUDIT_ID FINDING_ID [--json]\n"
    "The mapping says which columns hold the name, the CI type and the values compared; "
    "--mapping example audits with the example the program ships "
    "(resources/import/cmdb_inventory_example.json), every entry explained.";

// The record an option names (--service SVC-3), or 0 when the option is not given.
Result<qint64> optionalRecord(Workbook &wb, const Args &a, const QString &option)
{
    if (!a.has(option))
        return qint64(0);
    RecordStore store(wb);
    return store.resolve(a.value(option));
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

// Link kinds' labels as people read them, in either direction.
struct KindLabels
{
    QHash<QString, std::pair<QString, QString>> labels; // kind -> forward, reverse

    explicit KindLabels(Database &db)
    {
        Statement st = db.prepare("SELECT kind, forward_label, reverse_label FROM link_kind");
        while (st.next())
            labels.insert(
                st.text(0),
                {QCoreApplication::translate("LinkKind", st.text(1).toUtf8().constData()),
                 QCoreApplication::translate("LinkKind", st.text(2).toUtf8().constData())});
    }
    QString of(const QString &kind, bool forward) const
    {
        const auto it = labels.constFind(kind);
        if (it == labels.constEnd())
            return kind;
        return forward ? it->first : it->second;
    }
};

// "CI-3 srv-01 (Physical server, Live)": the type and state as a person reads them; the
// --json form keeps the codes.
QString nodeText(const CmdbNode &n, const QHash<QString, QString> &ciTypeLabels)
{
    QString type = n.ciType.isEmpty() ? QString() : ciTypeLabels.value(n.ciType, n.ciType);
    if (type.isEmpty()) {
        if (const RecordTypeDef *d = RecordTypes::find(n.type))
            type = d->displayLabel();
    }
    QStringList parts;
    if (!type.isEmpty())
        parts << type;
    if (!n.state.isEmpty())
        parts << RecordTypes::stateLabel(n.state);
    QString s = n.humanId + u' ' + n.title;
    if (!parts.isEmpty())
        s += u" ("_s + parts.join(u", "_s) + u')';
    return s;
}

QJsonObject nodeJson(const CmdbNode &n)
{
    QJsonObject o {
        {u"id"_s, n.humanId}, {u"title"_s, n.title}, {u"type"_s, n.type}, {u"state"_s, n.state}};
    if (!n.ciType.isEmpty())
        o.insert(u"ci_type"_s, n.ciType);
    return o;
}

// ---- impact ------------------------------------------------------------------------------

int impactUsageError(const QString &message)
{
    return usageError(message, QString::fromUtf8(impactUsage));
}

} // namespace

int cmdImpact(const Args &a)
{
    const QString dir = a.value(u"direction"_s, u"down"_s);
    if (dir != u"down"_s && dir != u"up"_s)
        return impactUsageError(Tr::tr("--direction expects down or up, not \"%1\".").arg(dir));
    int depth = 0;
    if (a.has(u"depth"_s)) {
        bool ok = false;
        depth = a.value(u"depth"_s).trimmed().toInt(&ok);
        if (!ok || depth < 1 || depth > 1000)
            return impactUsageError(Tr::tr("--depth expects a whole number from 1 to 1000, not "
                                           "\"%1\".")
                                        .arg(a.value(u"depth"_s)));
    }
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(0), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    RecordStore store(**wb);
    Result<qint64> start = store.resolve(a.positional(1));
    if (!start.ok())
        return fail(start.error());
    const ImpactDirection direction =
        dir == u"up"_s ? ImpactDirection::Upstream : ImpactDirection::Downstream;
    Result<ImpactResult> r = Impact::analyse((*wb)->db(), *start, direction, depth);
    if (!r.ok())
        return fail(r.error());
    const CmdbWalk &walk = r->walk;
    QHash<qint64, int> index;
    for (int i = 0; i < walk.nodes.size(); ++i)
        index.insert(walk.nodes[i].id, i);

    if (a.flag(u"json"_s)) {
        QJsonArray reached;
        for (int i = 1; i < walk.nodes.size(); ++i) {
            const CmdbNode &n = walk.nodes[i];
            // The steps from the start, each with the link it went over and which way.
            QJsonArray path;
            const QList<qint64> ids = walk.pathTo(n.id);
            for (int s = 1; s < ids.size(); ++s) {
                const CmdbNode &from = walk.nodes[index.value(ids[s - 1])];
                const CmdbNode &to = walk.nodes[index.value(ids[s])];
                path.append(QJsonObject {{u"from"_s, from.humanId},
                                         {u"to"_s, to.humanId},
                                         {u"kind"_s, to.viaKind},
                                         {u"along_link"_s, to.viaForward}});
            }
            QJsonObject o = nodeJson(n);
            o.insert(u"distance"_s, n.distance);
            o.insert(u"path"_s, path);
            reached.append(o);
        }
        QJsonArray services;
        for (const CmdbNode &n : r->services)
            services.append(nodeJson(n));
        QJsonArray customers;
        for (const CmdbNode &n : r->customers)
            customers.append(nodeJson(n));
        QJsonArray slas;
        for (const ImpactedSla &s : r->slas)
            slas.append(
                QJsonObject {{u"id"_s, s.id}, {u"name"_s, s.name}, {u"service"_s, s.service}});
        printJson(QJsonObject {{u"start"_s, nodeJson(walk.nodes.value(0))},
                               {u"direction"_s, dir},
                               {u"depth"_s, depth > 0 ? QJsonValue(depth) : QJsonValue()},
                               {u"truncated"_s, walk.truncated},
                               {u"reached"_s, reached},
                               {u"services"_s, services},
                               {u"customers"_s, customers},
                               {u"slas"_s, slas}});
        return ExitOk;
    }

    // The walk as an indented tree: each record under the one it was reached from, with the
    // relationship read from the parent's side ("hosts", "runs on").
    QTextStream &t = out();
    const KindLabels labels((*wb)->db());
    QHash<QString, QString> typeLabels;
    if (Result<QList<CiTypeDef>> types = CiTypes::load((*wb)->db()); types.ok()) {
        for (const CiTypeDef &ct : *types)
            typeLabels.insert(ct.code, ct.displayLabel());
    }
    t << (direction == ImpactDirection::Downstream
              ? Tr::tr("What a failure of %1 reaches:")
                    .arg(nodeText(walk.nodes.value(0), typeLabels))
              : Tr::tr("What %1 needs:").arg(nodeText(walk.nodes.value(0), typeLabels)))
      << "\n";
    QHash<qint64, QList<int>> children;
    for (int i = 1; i < walk.nodes.size(); ++i)
        children[walk.nodes[i].viaId].append(i);
    QList<std::pair<int, int>> stack; // node index, indentation
    const QList<int> top = children.value(walk.nodes.value(0).id);
    for (auto it = top.crbegin(); it != top.crend(); ++it)
        stack.append({*it, 1});
    while (!stack.isEmpty()) {
        const auto [i, level] = stack.takeLast();
        const CmdbNode &n = walk.nodes[i];
        t << QString(qsizetype(level) * 2, u' ') << labels.of(n.viaKind, n.viaForward) << ' '
          << nodeText(n, typeLabels) << "\n";
        const QList<int> kids = children.value(n.id);
        for (auto it = kids.crbegin(); it != kids.crend(); ++it)
            stack.append({*it, level + 1});
    }
    if (walk.nodes.size() <= 1)
        t << "  " << Tr::tr("nothing") << "\n";
    if (walk.truncated)
        t << Tr::tr("The walk stopped at the depth or size limit; there is more.") << "\n";
    auto list = [&](const QString &heading, const QList<CmdbNode> &nodes) {
        if (nodes.isEmpty())
            return;
        t << heading << "\n";
        for (const CmdbNode &n : nodes)
            t << "  " << n.humanId << ' ' << n.title << "\n";
    };
    list(Tr::tr("Services:"), r->services);
    list(Tr::tr("Customers:"), r->customers);
    if (!r->slas.isEmpty()) {
        t << Tr::tr("Service level agreements:") << "\n";
        for (const ImpactedSla &s : r->slas)
            t << "  " << s.name << " (" << s.service << ")\n";
    }
    t.flush();
    return ExitOk;
}

// ---- baseline ----------------------------------------------------------------------------

namespace {

int baselineUsageError(const QString &message)
{
    return usageError(message, QString::fromUtf8(baselineUsage));
}

QJsonObject infoJson(const BaselineInfo &b)
{
    return QJsonObject {{u"id"_s, b.id},
                        {u"name"_s, b.name},
                        {u"description"_s, textOrNull(b.description)},
                        {u"scope"_s, textOrNull(b.scope)},
                        {u"scope_label"_s, textOrNull(b.scopeLabel)},
                        {u"taken_at"_s, b.takenAt},
                        {u"taken_by"_s, b.takenBy},
                        {u"cis"_s, b.ciCount},
                        {u"relations"_s, b.relationCount}};
}

QString shownTime(const QString &stored)
{
    return stored.left(16).replace(u'T', u' ');
}

QString scopeText(const BaselineInfo &b)
{
    return b.scope.isEmpty() ? Tr::tr("everything") : b.scope + u' ' + b.scopeLabel;
}

QJsonArray ciChangesJson(const QList<BaselineCiChange> &list, bool withFields)
{
    QJsonArray arr;
    for (const BaselineCiChange &c : list) {
        QJsonObject o {{u"id"_s, c.humanId}, {u"name"_s, c.name}, {u"ci_type"_s, c.ciType}};
        if (withFields) {
            QJsonArray fields;
            for (const BaselineFieldChange &f : c.fields)
                fields.append(QJsonObject {{u"field"_s, f.field},
                                           {u"before"_s, textOrNull(f.before)},
                                           {u"after"_s, textOrNull(f.after)}});
            o.insert(u"fields"_s, fields);
        }
        arr.append(o);
    }
    return arr;
}

QJsonArray relationsJson(const QList<BaselineRelation> &list)
{
    QJsonArray arr;
    for (const BaselineRelation &r : list)
        arr.append(
            QJsonObject {{u"from"_s, r.fromHumanId}, {u"kind"_s, r.kind}, {u"to"_s, r.toHumanId}});
    return arr;
}

int baselineCreate(const Args &a)
{
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), true);
    if (!wb.ok())
        return fail(wb.error(), true);
    Result<qint64> service = optionalRecord(**wb, a, u"service"_s);
    if (!service.ok())
        return fail(service.error());
    Baselines baselines(**wb);
    Result<BaselineInfo> b = baselines.create(a.positional(2), a.value(u"description"_s), *service);
    if (!b.ok())
        return fail(b.error());
    if (a.flag(u"json"_s)) {
        printJson(infoJson(*b));
        return ExitOk;
    }
    out() << Tr::tr("Baseline \"%1\" (%2) taken of %3: %4 CI(s), %5 relationship(s).")
                 .arg(b->name, QString::number(b->id), scopeText(*b), QString::number(b->ciCount),
                      QString::number(b->relationCount))
          << Qt::endl;
    return ExitOk;
}

int baselineList(const Args &a)
{
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    Baselines baselines(**wb);
    Result<QList<BaselineInfo>> all = baselines.list();
    if (!all.ok())
        return fail(all.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const BaselineInfo &b : *all)
            arr.append(infoJson(b));
        printJson(arr);
        return ExitOk;
    }
    QTextStream &t = out();
    if (all->isEmpty()) {
        t << Tr::tr("No baselines yet.") << Qt::endl;
        return ExitOk;
    }
    const QStringList heads {Tr::tr("ID"), Tr::tr("Name"), Tr::tr("Scope"),        Tr::tr("Taken"),
                             Tr::tr("By"), Tr::tr("CIs"),  Tr::tr("Relationships")};
    const int widths[] = {6, 28, 24, 18, 14, 8, 0};
    for (int i = 0; i < heads.size(); ++i)
        t << padded(heads[i], widths[i]);
    t << "\n";
    for (const BaselineInfo &b : *all) {
        const QString cells[] = {QString::number(b.id),
                                 b.name,
                                 scopeText(b),
                                 shownTime(b.takenAt),
                                 b.takenBy,
                                 QLocale().toString(b.ciCount),
                                 QLocale().toString(b.relationCount)};
        for (int i = 0; i < 7; ++i)
            t << (displayWidth(cells[i]) >= widths[i] ? cells[i] + u' '
                                                      : padded(cells[i], widths[i]));
        t << "\n";
    }
    t.flush();
    return ExitOk;
}

int baselineDiff(const Args &a)
{
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    Baselines baselines(**wb);
    Result<BaselineInfo> from = baselines.find(a.positional(2));
    if (!from.ok())
        return fail(from.error());
    const QString toName = a.positional(3);
    qint64 toId = 0;
    if (!toName.isEmpty() && toName.compare(u"now"_s, Qt::CaseInsensitive) != 0) {
        Result<BaselineInfo> to = baselines.find(toName);
        if (!to.ok())
            return fail(to.error());
        toId = to->id;
    }
    Result<BaselineDiff> d = baselines.diff(from->id, toId);
    if (!d.ok())
        return fail(d.error());
    if (a.flag(u"json"_s)) {
        printJson(
            QJsonObject {{u"from"_s, infoJson(d->from)},
                         {u"to"_s, d->to ? QJsonValue(infoJson(*d->to)) : QJsonValue(u"now"_s)},
                         {u"added"_s, ciChangesJson(d->added, false)},
                         {u"removed"_s, ciChangesJson(d->removed, false)},
                         {u"changed"_s, ciChangesJson(d->changed, true)},
                         {u"relations_added"_s, relationsJson(d->relationsAdded)},
                         {u"relations_removed"_s, relationsJson(d->relationsRemoved)}});
        return ExitOk;
    }
    QTextStream &t = out();
    t << (d->to ? Tr::tr("Baseline \"%1\" (%2) compared with baseline \"%3\" (%4):")
                      .arg(d->from.name, shownTime(d->from.takenAt), d->to->name,
                           shownTime(d->to->takenAt))
                : Tr::tr("Baseline \"%1\" (%2) compared with now:")
                      .arg(d->from.name, shownTime(d->from.takenAt)))
      << "\n";
    if (d->isEmpty()) {
        t << "  " << Tr::tr("No differences.") << Qt::endl;
        return ExitOk;
    }
    auto cis = [&](const QString &heading, const QList<BaselineCiChange> &list, char mark) {
        if (list.isEmpty())
            return;
        t << heading.arg(list.size()) << "\n";
        for (const BaselineCiChange &c : list) {
            t << "  " << mark << ' ' << c.humanId << ' ' << c.name << " (" << c.ciType << ")\n";
            for (const BaselineFieldChange &f : c.fields)
                t << "      " << f.field << ": "
                  << (f.before.isEmpty() ? u"-"_s : u'"' + f.before + u'"') << " -> "
                  << (f.after.isEmpty() ? u"-"_s : u'"' + f.after + u'"') << "\n";
        }
    };
    auto relations = [&](const QString &heading, const QList<BaselineRelation> &list, char mark) {
        if (list.isEmpty())
            return;
        t << heading.arg(list.size()) << "\n";
        for (const BaselineRelation &r : list)
            t << "  " << mark << ' ' << r.fromHumanId << ' ' << r.kind << ' ' << r.toHumanId
              << "\n";
    };
    cis(Tr::tr("CIs added (%1):"), d->added, '+');
    cis(Tr::tr("CIs removed (%1):"), d->removed, '-');
    cis(Tr::tr("CIs changed (%1):"), d->changed, '~');
    relations(Tr::tr("Relationships added (%1):"), d->relationsAdded, '+');
    relations(Tr::tr("Relationships removed (%1):"), d->relationsRemoved, '-');
    t.flush();
    return ExitOk;
}

} // namespace

int cmdBaseline(const Args &a)
{
    const QString action = a.positional(0);
    QString problem;
    if (!findAction(a, {{"create", 3, 3}, {"list", 2, 2}, {"diff", 3, 4}},
                    Tr::tr("Unknown baseline action \"%1\".").arg(action), &problem))
        return baselineUsageError(problem);
    if (action == u"create"_s)
        return baselineCreate(a);
    if (a.has(u"service"_s) || a.has(u"description"_s))
        return baselineUsageError(Tr::tr("--service and --description are for baseline create."));
    return action == u"list"_s ? baselineList(a) : baselineDiff(a);
}

// ---- cmdb audits -------------------------------------------------------------------------

namespace {

int cmdbUsageError(const QString &message)
{
    return usageError(message, QString::fromUtf8(cmdbUsage));
}

QJsonObject findingJson(const CmdbAuditFinding &f)
{
    return QJsonObject {{u"id"_s, f.id},
                        {u"kind"_s, CmdbAuditFinding::kindCode(f.kind)},
                        {u"ci"_s, textOrNull(f.ciHumanId)},
                        {u"name"_s, f.ciName},
                        {u"ci_type"_s, textOrNull(f.ciType)},
                        {u"field"_s, textOrNull(f.field)},
                        {u"cmdb_value"_s, textOrNull(f.cmdbValue)},
                        {u"found_value"_s, textOrNull(f.foundValue)},
                        {u"line"_s, f.sourceLine > 0 ? QJsonValue(f.sourceLine) : QJsonValue()},
                        {u"follow_up"_s, textOrNull(f.followUpHumanId)}};
}

void printFindings(const QList<CmdbAuditFinding> &findings)
{
    QTextStream &t = out();
    for (const CmdbAuditFinding &f : findings) {
        t << padded(QString::number(f.id), 7) << padded(CmdbAuditFinding::kindLabel(f.kind), 16)
          << f.describe();
        if (!f.followUpHumanId.isEmpty())
            t << ' ' << Tr::tr("[followed up by %1]").arg(f.followUpHumanId);
        t << "\n";
    }
    t.flush();
}

// The audit named on the command line, as a record id.
Result<qint64> auditId(RecordStore &store, const QString &key)
{
    Result<qint64> id = store.resolve(key);
    if (!id.ok())
        return id.error();
    Result<Record> r = store.load(*id);
    if (!r.ok())
        return r.error();
    if (r->type != u"ci_audit"_s)
        return Error(ErrorCode::InvalidInput, Tr::tr("%1 is no CMDB audit.").arg(r->humanId));
    return *id;
}

int cmdbAudit(const Args &a)
{
    if (!a.has(u"mapping"_s))
        return cmdbUsageError(Tr::tr("A CMDB audit needs --mapping MAPPING.json."));
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), true);
    if (!wb.ok())
        return fail(wb.error(), true);
    Result<qint64> service = optionalRecord(**wb, a, u"service"_s);
    if (!service.ok())
        return fail(service.error());
    CmdbAudit audit(**wb);
    // "example": the documented example the program ships, to start a mapping of one's own from.
    const QString mapping = a.value(u"mapping"_s) == u"example"_s
        ? u":/import/cmdb_inventory_example.json"_s
        : a.value(u"mapping"_s);
    Result<CmdbAuditResult> r = audit.run(a.positional(2), mapping, *service);
    if (!r.ok())
        return fail(r.error());
    if (a.flag(u"json"_s)) {
        QJsonArray findings;
        for (const CmdbAuditFinding &f : r->findings)
            findings.append(findingJson(f));
        printJson(QJsonObject {{u"id"_s, r->audit.humanId},
                               {u"types"_s, QJsonArray::fromStringList(r->types)},
                               {u"rows_read"_s, r->rowsRead},
                               {u"matched"_s, r->matched},
                               {u"missing"_s, r->missing},
                               {u"unregistered"_s, r->unregistered},
                               {u"mismatched"_s, r->mismatched},
                               {u"findings"_s, findings}});
        return ExitOk;
    }
    out() << r->audit.humanId << ": " << r->summary << "\n";
    printFindings(r->findings);
    return ExitOk;
}

int cmdbFindings(const Args &a)
{
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    RecordStore store(**wb);
    Result<qint64> id = auditId(store, a.positional(2));
    if (!id.ok())
        return fail(id.error());
    CmdbAudit audit(**wb);
    Result<QList<CmdbAuditFinding>> findings = audit.findings(*id);
    if (!findings.ok())
        return fail(findings.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const CmdbAuditFinding &f : *findings)
            arr.append(findingJson(f));
        printJson(arr);
        return ExitOk;
    }
    if (findings->isEmpty())
        out() << Tr::tr("No findings: the inventory and the CMDB agree.") << Qt::endl;
    else
        printFindings(*findings);
    return ExitOk;
}

int cmdbFollowUp(const Args &a)
{
    bool ok = false;
    const qint64 findingId = a.positional(3).trimmed().toLongLong(&ok);
    if (!ok || findingId <= 0)
        return cmdbUsageError(
            Tr::tr("FINDING_ID is the number a finding is listed with, not \"%1\".")
                .arg(a.positional(3)));
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), true);
    if (!wb.ok())
        return fail(wb.error(), true);
    RecordStore store(**wb);
    Result<qint64> id = auditId(store, a.positional(2));
    if (!id.ok())
        return fail(id.error());
    CmdbAudit audit(**wb);
    Result<CmdbAuditFinding> f = audit.finding(findingId);
    if (!f.ok())
        return fail(f.error());
    if (f->auditId != *id)
        return fail(Error(ErrorCode::NotFound,
                          Tr::tr("Finding %1 belongs to another audit.").arg(findingId)));
    Result<RecordRef> task = audit.followUp(findingId);
    if (!task.ok())
        return fail(task.error());
    if (a.flag(u"json"_s))
        printJson(QJsonObject {{u"finding"_s, findingId}, {u"task"_s, task->humanId}});
    else
        out() << task->humanId << Qt::endl;
    return ExitOk;
}

// The CI types with their attributes, and the relationship types: what --set ci_type=... and
// attributes={...} accept (the desktop's administration dialog changes them).
int cmdbTypes(const Args &a)
{
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    Result<QList<CiTypeDef>> types = CiTypes::load((*wb)->db());
    if (!types.ok())
        return fail(types.error());
    Result<QList<CiRelationType>> kinds = CiTypes::loadRelationTypes((*wb)->db());
    if (!kinds.ok())
        return fail(kinds.error());
    auto impactCode = [](CiRelationType::Impact i) {
        return i == CiRelationType::Impact::Forward ? u"forward"_s
            : i == CiRelationType::Impact::Both     ? u"both"_s
                                                    : u"reverse"_s;
    };
    if (a.flag(u"json"_s)) {
        QJsonArray typeArray;
        for (const CiTypeDef &t : *types) {
            QJsonArray attrs;
            for (const CiAttributeDef &at : t.attributes) {
                QJsonObject o {{u"name"_s, at.name},
                               {u"label"_s, at.displayLabel()},
                               {u"kind"_s, CiAttributeDef::kindCode(at.kind)},
                               {u"required"_s, at.required}};
                if (at.kind == CiAttributeDef::Kind::Choice)
                    o.insert(u"choices"_s, QJsonArray::fromStringList(at.choices));
                if (at.kind == CiAttributeDef::Kind::Reference)
                    o.insert(u"ref_type"_s, at.refType);
                attrs.append(o);
            }
            typeArray.append(QJsonObject {{u"code"_s, t.code},
                                          {u"label"_s, t.displayLabel()},
                                          {u"icon"_s, t.icon},
                                          {u"subtypes"_s, QJsonArray::fromStringList(t.subtypes)},
                                          {u"builtin"_s, t.builtin},
                                          {u"attributes"_s, attrs}});
        }
        QJsonArray kindArray;
        for (const CiRelationType &k : *kinds)
            kindArray.append(
                QJsonObject {{u"kind"_s, k.kind},
                             {u"forward_label"_s, k.forwardLabel},
                             {u"reverse_label"_s, k.reverseLabel},
                             {u"impact"_s, impactCode(k.impact)},
                             {u"from_ci_types"_s, QJsonArray::fromStringList(k.fromCiTypes)},
                             {u"to_ci_types"_s, QJsonArray::fromStringList(k.toCiTypes)}});
        printJson(QJsonObject {{u"ci_types"_s, typeArray}, {u"relationship_types"_s, kindArray}});
        return ExitOk;
    }
    QTextStream &t = out();
    t << Tr::tr("CI types:") << "\n";
    for (const CiTypeDef &ct : *types) {
        t << "  " << ct.code << "  " << ct.displayLabel();
        if (!ct.subtypes.isEmpty())
            t << "  [" << ct.subtypes.join(u", "_s) << ']';
        t << "\n";
        for (const CiAttributeDef &at : ct.attributes) {
            t << "      " << at.name << "  " << at.displayLabel() << "  ("
              << CiAttributeDef::kindLabel(at.kind);
            if (at.kind == CiAttributeDef::Kind::Choice)
                t << ": " << at.choices.join(u", "_s);
            if (at.kind == CiAttributeDef::Kind::Reference)
                t << ": " << at.refType;
            t << ')' << (at.required ? u" *"_s : QString()) << "\n";
        }
    }
    t << Tr::tr("Relationship types:") << "\n";
    for (const CiRelationType &k : *kinds) {
        const QString any = Tr::tr("any");
        t << "  " << k.kind << "  " << k.forwardLabel << " / " << k.reverseLabel << "  "
          << (k.fromCiTypes.isEmpty() ? any : k.fromCiTypes.join(u","_s)) << " -> "
          << (k.toCiTypes.isEmpty() ? any : k.toCiTypes.join(u","_s)) << "\n";
    }
    t.flush();
    return ExitOk;
}

} // namespace

int cmdCmdb(const Args &a)
{
    const QString action = a.positional(0);
    QString problem;
    if (!findAction(a, {{"audit", 3, 3}, {"findings", 3, 3}, {"follow-up", 4, 4}, {"types", 2, 2}},
                    Tr::tr("Unknown cmdb action \"%1\".").arg(action), &problem))
        return cmdbUsageError(problem);
    if (action != u"audit"_s && (a.has(u"mapping"_s) || a.has(u"service"_s)))
        return cmdbUsageError(Tr::tr("--mapping and --service are for cmdb audit."));
    if (action == u"audit"_s)
        return cmdbAudit(a);
    if (action == u"findings"_s)
        return cmdbFindings(a);
    if (action == u"types"_s)
        return cmdbTypes(a);
    return cmdbFollowUp(a);
}

} // namespace sb::cli
