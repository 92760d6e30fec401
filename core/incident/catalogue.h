#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sb {

class Database;
class Workbook;
class WriteTransaction;

// One node of the incident category tree. Incidents name their category and subcategory as
// text (the top level and the level below), so a category renamed, moved or removed here
// leaves the tickets that already name it as they were recorded.
struct IncidentCategory
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
    int depth = 0; // 0: top level
};

// A type of service request the desk offers: what it is, who provides it, whether it waits
// for approval, the tasks that fulfil it and the time allowed for it.
struct RequestType
{
    QString code; // the key service requests name in their request_type field
    QString name;
    QString service; // empty: none named
    bool needsApproval = false;
    QStringList fulfilmentTasks; // in order; stored one per line
    std::optional<double> slaHours; // empty: the SLA definitions decide

    friend bool operator==(const RequestType &, const RequestType &) = default;
};

// The incident category tree and the request catalogue as the workbook keeps them. Every
// change is one write transaction (nested in the caller's, if any) with an audit entry about
// the workbook, and needs an administrator, a service owner or the SMS owner.
class SB_CORE_EXPORT Catalogue
{
public:
    static constexpr int MaxNameLength = 100;
    static constexpr int MaxCodeLength = 64;

    explicit Catalogue(Workbook &workbook);

    // No error when the acting user may change the catalogue on this workbook; otherwise the
    // ReadOnly or PermissionDenied error that says why (for forms that show it up front).
    Error checkWritable();

    // ---- incident categories ----
    // Every category, depth first: each parent before its children, siblings by name.
    Result<QList<IncidentCategory>> categories();
    // "Hardware / Printer": the category's names from the top down.
    Result<QString> categoryPath(qint64 id);
    // How many incidents name the category: category = its name at the top level; category =
    // its parent's name and subcategory = its name one level below. Deeper levels: none.
    Result<qint64> categoryUsage(qint64 id);

    // `parentId` 0: a new top-level category. Names are unique among siblings, compared
    // without regard to case. Returns the new id.
    Result<qint64> addCategory(qint64 parentId, const QString &name);
    Error renameCategory(qint64 id, const QString &name);
    // Under another parent (0: the top level); never under itself or one of its own.
    Error moveCategory(qint64 id, qint64 newParentId);
    // Refused while the category has subcategories: they would be left without a parent.
    Error removeCategory(qint64 id);

    // ---- request catalogue ----
    // By code.
    Result<QList<RequestType>> requestTypes();
    // How many service requests name the type.
    Result<qint64> requestTypeUsage(const QString &code);
    // Saves a type: a new one when `originalCode` is empty, otherwise the one stored under
    // `originalCode`, whose code may change (requests already raised keep the code they name).
    Error saveRequestType(const QString &originalCode, const RequestType &type);
    Error removeRequestType(const QString &code);

    // InvalidInput saying what is wrong, or no error: for forms as well as for saving.
    static Error validateCategoryName(const QString &name);
    static Error validateRequestType(const RequestType &type);

private:
    // Every change starts here: a writable workbook, the transaction begun, the right checked.
    Error beginChange(WriteTransaction &tx);
    Result<IncidentCategory> loadCategory(qint64 id);
    // InvalidInput when a sibling under `parentId` already has the name (other than `selfId`).
    Error checkSiblingName(qint64 parentId, const QString &name, qint64 selfId);
    Error writeAudit(const QString &action, const QString &field, const QString &oldValue,
                     const QString &newValue);

    Workbook &m_workbook;
    Database &m_db;
};

} // namespace sb
