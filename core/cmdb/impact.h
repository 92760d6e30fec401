#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sb {

class Database;

// A record reached by a walk over the CMDB: a CI, or the service, customer it leads to.
struct CmdbNode
{
    qint64 id = 0;
    QString humanId;
    QString title;
    QString type; // record type: "ci", "service", "customer"
    QString ciType; // CIs only
    QString state;
    int distance = 0; // hops from where the walk started
    qint64 viaId = 0; // the node it was first reached from (0: the start)
    QString viaKind; // the link kind of that step
    bool viaForward = true; // that step followed the link from its source to its target
    // A hub the walk did not go through (see Impact::neighbourhood): how many relationships
    // it has; 0 when it was walked through.
    int hubDegree = 0;
};

// One relationship between two reached nodes, as the link table holds it.
struct CmdbEdge
{
    qint64 fromId = 0;
    qint64 toId = 0;
    QString kind;
    friend bool operator==(const CmdbEdge &, const CmdbEdge &) = default;
};

// What a walk found. nodes[0] is the start; each other node appears once, at the shortest
// distance it was reached by, in the order reached (breadth first).
struct SB_CORE_EXPORT CmdbWalk
{
    QList<CmdbNode> nodes;
    QList<CmdbEdge> edges; // every relationship walked between reached nodes
    bool truncated = false; // the depth or size limit stopped the walk before its end
    // The start's ids first, then each step to `id` (empty when `id` was not reached).
    QList<qint64> pathTo(qint64 id) const;
    int indexOf(qint64 id) const;
};

// A service level agreement (SLA definition) over a service the impact reaches.
struct ImpactedSla
{
    qint64 id = 0;
    QString name;
    QString service; // the service's human ID
};

struct ImpactResult
{
    CmdbWalk walk;
    QList<CmdbNode> services; // service records reached, and business-service CIs
    QList<CmdbNode> customers; // customers using a reached service
    QList<ImpactedSla> slas;
};

enum class ImpactDirection {
    Downstream, // what needs this CI: a failure here reaches them
    Upstream, // what this CI needs: a failure there reaches it
};

// Impact analysis (R-CMDB-2) and the walks the graph view is drawn from. Which way each
// relationship carries a failure is data (ci_relation_type.impact); customers are reached from
// the services they use. Cycles are allowed in the data: every walk visits a record once.
class SB_CORE_EXPORT Impact
{
public:
    // maxDepth 0: no limit. maxNodes: stops (truncated) once that many records are reached.
    static Result<ImpactResult> analyse(Database &db, qint64 startId, ImpactDirection direction,
                                        int maxDepth = 0, int maxNodes = 100000);

    // The neighbourhood of a record up to `hops` steps over CI relationships in either
    // direction (and affects_ci links from incidents, problems and known errors when
    // withTickets), for the graph view. Empty `kinds` or `ciTypes`: all. A CI of a type not in
    // ciTypes is neither shown nor walked through (the start always is). hubLimit > 0: a record
    // other than the start with more relationships than that (a location, a large service
    // component) is a hub: it is reached but not walked through, and its hubDegree says how
    // many relationships it has (also on the last step), so that a drawing stays about the
    // start.
    static Result<CmdbWalk> neighbourhood(Database &db, qint64 startId, int hops,
                                          const QSet<QString> &kinds = {},
                                          const QSet<QString> &ciTypes = {}, int maxNodes = 5000,
                                          int hubLimit = 0);

    // The relationships among a set of records (to draw what was expanded by hand).
    static Result<QList<CmdbEdge>> edgesAmong(Database &db, const QSet<qint64> &ids,
                                              const QSet<QString> &kinds = {});
    // One record as a node (distance 0), for adding to a drawing.
    static Result<CmdbNode> node(Database &db, qint64 id);
};

} // namespace sb
