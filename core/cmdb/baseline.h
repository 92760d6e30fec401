#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>

#include <optional>

namespace sb {

class Workbook;

// One baseline as listed: what it covers and when it was taken.
struct BaselineInfo
{
    qint64 id = 0;
    QString name;
    QString description;
    QString scope; // the service's human ID, or empty for the whole CMDB
    QString scopeLabel; // the service's title, or empty
    QString takenAt; // UTC, ISO 8601
    QString takenBy;
    qint64 ciCount = 0;
    qint64 relationCount = 0;
};

// One field that differs; attributes are named "attributes.NAME".
struct BaselineFieldChange
{
    QString field;
    QString before;
    QString after;
};

struct BaselineCiChange
{
    qint64 ciId = 0;
    QString humanId;
    QString name;
    QString ciType;
    QList<BaselineFieldChange> fields; // changed CIs only
};

struct BaselineRelation
{
    qint64 fromId = 0;
    qint64 toId = 0;
    QString kind;
    QString fromHumanId;
    QString toHumanId;
};

struct BaselineDiff
{
    BaselineInfo from;
    std::optional<BaselineInfo> to; // empty: compared with the CMDB as it is now
    QList<BaselineCiChange> added;
    QList<BaselineCiChange> removed;
    QList<BaselineCiChange> changed;
    QList<BaselineRelation> relationsAdded;
    QList<BaselineRelation> relationsRemoved;

    bool isEmpty() const
    {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty() && relationsAdded.isEmpty()
            && relationsRemoved.isEmpty();
    }
};

// Baselines of the CMDB (R-CMDB-3): named, immutable snapshots of CIs and their CI
// relationships, of everything or of one service's tree, and the comparison of two baselines
// or of a baseline and now.
class SB_CORE_EXPORT Baselines
{
public:
    explicit Baselines(Workbook &workbook);

    // serviceId: 0 for the whole CMDB, else a `service` record or a business_service CI whose
    // tree (what it needs, walked upstream) is taken. Needs a configuration manager, an
    // administrator or an auditor; the name is unique regardless of case.
    Result<BaselineInfo> create(const QString &name, const QString &description = {},
                                qint64 serviceId = 0);
    Result<QList<BaselineInfo>> list(); // newest first
    // By name (any case) or by numeric id.
    Result<BaselineInfo> find(const QString &nameOrId);
    // toId 0: compare with the CMDB as it is now, in the scope of the `from` baseline.
    Result<BaselineDiff> diff(qint64 fromId, qint64 toId = 0);

private:
    Workbook &m_workbook;
};

} // namespace sb
