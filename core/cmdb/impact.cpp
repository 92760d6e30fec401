#include "impact.h"

#include "citypes.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Impact)
};

// Neighbours of one record over the given link kinds (a JSON array, bound once): the link's
// other end and what the drawing needs of it, in one indexed query per direction.
constexpr const char *IncomingSql =
    "SELECT l.from_id, l.kind, r.human_id, r.title, r.type, r.state, c.ci_type FROM link l "
    "JOIN record r ON r.id = l.from_id LEFT JOIN ci c ON c.id = l.from_id "
    "WHERE l.to_id = ?1 AND l.kind IN (SELECT value FROM json_each(?2))";
constexpr const char *OutgoingSql =
    "SELECT l.to_id, l.kind, r.human_id, r.title, r.type, r.state, c.ci_type FROM link l "
    "JOIN record r ON r.id = l.to_id LEFT JOIN ci c ON c.id = l.to_id "
    "WHERE l.from_id = ?1 AND l.kind IN (SELECT value FROM json_each(?2))";

QString jsonList(const QSet<QString> &kinds)
{
    QStringList list(kinds.cbegin(), kinds.cend());
    list.sort();
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

struct WalkSpec
{
    QSet<QString> incoming; // follow links whose target is the node, to their source
    QSet<QString> outgoing; // follow links whose source is the node, to their target
    int maxDepth = 0;
    int maxNodes = 100000;
    QSet<QString> ciTypes; // empty: any; others are neither reached nor walked through
    int hubLimit = 0; // > 0: a record with more relationships than this is not walked through
};

Result<CmdbWalk> walk(Database &db, qint64 startId, const WalkSpec &spec)
{
    CmdbWalk out;
    Result<CmdbNode> start = Impact::node(db, startId);
    if (!start.ok())
        return start.error();
    out.nodes.append(*start);
    QHash<qint64, int> index {{startId, 0}};
    QSet<QPair<qint64, QPair<qint64, QString>>> edgeSeen;

    Statement in = db.prepare(IncomingSql);
    Statement outSt = db.prepare(OutgoingSql);
    const QString inKinds = jsonList(spec.incoming);
    const QString outKinds = jsonList(spec.outgoing);

    struct Step
    {
        qint64 other;
        QString kind;
        bool forward;
    };
    QList<Step> steps;
    QList<CmdbNode> fresh; // neighbours of the head not reached before
    QHash<qint64, int> freshIndex;
    for (int head = 0; head < out.nodes.size(); ++head) {
        const qint64 id = out.nodes[head].id;
        const int distance = out.nodes[head].distance;
        const bool lastLayer = spec.maxDepth > 0 && distance >= spec.maxDepth;
        steps.clear();
        fresh.clear();
        freshIndex.clear();
        for (int dir = 0; dir < 2; ++dir) {
            const bool forward = dir == 1;
            if ((forward ? spec.outgoing : spec.incoming).isEmpty())
                continue;
            Statement &st = forward ? outSt : in;
            st.bind(1, id).bind(2, forward ? outKinds : inKinds);
            while (st.next()) {
                const qint64 other = st.int64(0);
                const QString kind = st.text(1);
                if (!index.contains(other) && !freshIndex.contains(other)) {
                    if (!spec.ciTypes.isEmpty() && st.text(4) == u"ci"_s
                        && !spec.ciTypes.contains(st.text(6)))
                        continue;
                    CmdbNode n;
                    n.id = other;
                    n.humanId = st.text(2);
                    n.title = st.text(3);
                    n.type = st.text(4);
                    n.state = st.text(5);
                    n.ciType = st.text(6);
                    n.distance = distance + 1;
                    n.viaId = id;
                    n.viaKind = kind;
                    n.viaForward = forward;
                    freshIndex.insert(other, int(fresh.size()));
                    fresh.append(n);
                }
                steps.append({other, kind, forward});
            }
            if (st.error().isError())
                return st.error();
            st.reset();
        }
        // A hub (a location, a big service component) is drawn but not walked through: its
        // relationships are counted instead, on the drawing's edge too. The start always is
        // walked.
        const bool hub =
            spec.hubLimit > 0 && head > 0 && !fresh.isEmpty() && steps.size() > spec.hubLimit;
        if (hub) {
            out.nodes[head].hubDegree = int(steps.size());
            out.truncated = out.truncated || lastLayer;
        } else {
            for (const CmdbNode &n : std::as_const(fresh)) {
                if (lastLayer || out.nodes.size() >= spec.maxNodes) {
                    out.truncated = true;
                    break;
                }
                index.insert(n.id, int(out.nodes.size()));
                out.nodes.append(n);
            }
        }
        for (const Step &step : std::as_const(steps)) {
            if (!index.contains(step.other))
                continue;
            const qint64 from = step.forward ? id : step.other;
            const qint64 to = step.forward ? step.other : id;
            if (!edgeSeen.contains({from, {to, step.kind}})) {
                edgeSeen.insert({from, {to, step.kind}});
                out.edges.append({from, to, step.kind});
            }
        }
    }
    return out;
}

} // namespace

QList<qint64> CmdbWalk::pathTo(qint64 id) const
{
    QList<qint64> path;
    int i = indexOf(id);
    while (i >= 0) {
        path.prepend(nodes[i].id);
        if (nodes[i].viaId == 0 || i == 0)
            break;
        i = indexOf(nodes[i].viaId);
    }
    return path;
}

int CmdbWalk::indexOf(qint64 id) const
{
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].id == id)
            return i;
    }
    return -1;
}

Result<CmdbNode> Impact::node(Database &db, qint64 id)
{
    Statement st =
        db.prepare("SELECT r.human_id, r.title, r.type, r.state, c.ci_type FROM record r "
                   "LEFT JOIN ci c ON c.id = r.id WHERE r.id = ?1");
    st.bind(1, id);
    if (!st.next()) {
        if (st.error().isError())
            return st.error();
        return Error(ErrorCode::NotFound, Tr::tr("There is no record %1.").arg(id));
    }
    CmdbNode n;
    n.id = id;
    n.humanId = st.text(0);
    n.title = st.text(1);
    n.type = st.text(2);
    n.state = st.text(3);
    n.ciType = st.text(4);
    return n;
}

Result<ImpactResult> Impact::analyse(Database &db, qint64 startId, ImpactDirection direction,
                                     int maxDepth, int maxNodes)
{
    Result<QList<CiRelationType>> kinds = CiTypes::loadRelationTypes(db);
    if (!kinds.ok())
        return kinds.error();
    // A failure travels against a "reverse" link (from what is needed to what needs it) and
    // along a "forward" one (from a part to the whole).
    WalkSpec spec;
    spec.maxDepth = std::max(0, maxDepth);
    spec.maxNodes = std::max(1, maxNodes);
    const bool down = direction == ImpactDirection::Downstream;
    for (const CiRelationType &k : *kinds) {
        const bool reverse = k.impact == CiRelationType::Impact::Reverse;
        const bool both = k.impact == CiRelationType::Impact::Both;
        if (both || reverse == down)
            spec.incoming.insert(k.kind);
        if (both || reverse != down)
            spec.outgoing.insert(k.kind);
    }
    // Customers use services: a service's failure reaches them.
    if (down)
        spec.incoming.insert(u"uses"_s);

    Result<CmdbWalk> w = walk(db, startId, spec);
    if (!w.ok())
        return w.error();
    ImpactResult r;
    r.walk = std::move(w).value();
    Statement sla = db.prepare(
        "SELECT id, name FROM sla_definition WHERE active = 1 AND (service = ?1 COLLATE NOCASE "
        "OR service = ?2 COLLATE NOCASE) ORDER BY name, id");
    for (const CmdbNode &n : std::as_const(r.walk.nodes)) {
        if (n.type == u"customer"_s)
            r.customers.append(n);
        else if (n.type == u"service"_s || n.ciType == u"business_service"_s)
            r.services.append(n);
        if (n.type != u"service"_s || !down)
            continue;
        sla.bind(1, n.title).bind(2, n.humanId);
        while (sla.next())
            r.slas.append({sla.int64(0), sla.text(1), n.humanId});
        if (sla.error().isError())
            return sla.error();
        sla.reset();
    }
    return r;
}

Result<CmdbWalk> Impact::neighbourhood(Database &db, qint64 startId, int hops,
                                       const QSet<QString> &kinds, const QSet<QString> &ciTypes,
                                       int maxNodes, int hubLimit)
{
    WalkSpec spec;
    if (kinds.isEmpty()) {
        Result<QList<CiRelationType>> all = CiTypes::loadRelationTypes(db);
        if (!all.ok())
            return all.error();
        for (const CiRelationType &k : *all)
            spec.incoming.insert(k.kind);
    } else {
        spec.incoming = kinds;
    }
    spec.outgoing = spec.incoming;
    spec.maxDepth = std::max(0, hops);
    spec.maxNodes = std::max(1, maxNodes);
    spec.ciTypes = ciTypes;
    spec.hubLimit = std::max(0, hubLimit);
    return walk(db, startId, spec);
}

Result<QList<CmdbEdge>> Impact::edgesAmong(Database &db, const QSet<qint64> &ids,
                                           const QSet<QString> &kinds)
{
    QSet<QString> wanted = kinds;
    if (wanted.isEmpty()) {
        Result<QList<CiRelationType>> all = CiTypes::loadRelationTypes(db);
        if (!all.ok())
            return all.error();
        for (const CiRelationType &k : *all)
            wanted.insert(k.kind);
    }
    const QString kindList = jsonList(wanted);
    QList<CmdbEdge> out;
    Statement st = db.prepare("SELECT to_id, kind FROM link WHERE from_id = ?1 "
                              "AND kind IN (SELECT value FROM json_each(?2))");
    for (qint64 id : ids) {
        st.bind(1, id).bind(2, kindList);
        while (st.next()) {
            if (ids.contains(st.int64(0)))
                out.append({id, st.int64(0), st.text(1)});
        }
        if (st.error().isError())
            return st.error();
        st.reset();
    }
    return out;
}

} // namespace sb
