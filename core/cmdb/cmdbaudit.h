#pragma once

#include "core_global.h"
#include "records/record.h"
#include "result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

class QIODevice;

namespace sb {

class Workbook;

// How the columns of a discovered inventory (CSV with a header line) compare with the CMDB.
// Written as JSON (resources/import/cmdb_inventory_example.json is a worked example):
//
// {
//   "description": "...",            free text for people, not read
//   "separator": ";",                "," ";" "\t" (or "tab"), any one character, or "auto"
//                                    (the default: detected from the header line)
//   "encoding": "UTF-8",             as for record imports (a byte-order mark wins)
//   "name": "Host name",             the column holding the CI's name (required); names match
//                                    regardless of case, within the CI type
//   "type": "physical_server",       one CI type for every row, or:
//   "typeColumn": "Class",           the column holding each row's CI type: a type's code, its
//                                    name, or a key of typeMap
//   "typeMap": {"Server": "physical_server", "VM": "virtual_server"},
//   "types": ["physical_server"],    the CI types the discovery covers: CIs of these types that
//                                    were not found are "missing". Default: "type", or every
//                                    type the rows name
//   "subtype": "Model",              a column compared with the CI's subtype
//   "compare": {                     column -> what it compares with: a field of the CI
//     "OS": "attributes.operating_system",     (serial_number, location, owner...) or
//     "Serial": "serial_number"                "attributes.NAME", an attribute of the type
//   },
//   "missing": ["", "n/a"]           values that mean "not reported": not compared (an empty
//                                    text always is)
// }
//
// Values compare the way the CMDB stores them: trimmed, numbers as numbers (16 = 16.0), dates
// as YYYY-MM-DD, references to other records by their ID in any case.
struct SB_CORE_EXPORT CmdbInventoryMapping
{
    QString description;
    QChar separator; // null: detect
    QString encoding = QStringLiteral("UTF-8");
    QString nameColumn;
    QString fixedType;
    QString typeColumn;
    QHash<QString, QString> typeMap;
    QStringList types;
    QString subtypeColumn;
    QList<std::pair<QString, QString>> compare; // column -> "field" or "attributes.NAME"
    QStringList missing {QString()};

    // Checks the entries and that the types, fields and attributes named exist in the
    // workbook's CMDB (InvalidInput naming what is wrong).
    static Result<CmdbInventoryMapping> fromJson(Workbook &workbook, const QByteArray &json);
    static Result<CmdbInventoryMapping> fromFile(Workbook &workbook, const QString &path);
};

// What an audit found: a CI in the CMDB that the inventory does not show (missing), a thing
// the inventory shows that the CMDB does not hold (unregistered), or a value that differs
// (mismatch; a CI found although retired or disposed is a mismatch of its state).
struct SB_CORE_EXPORT CmdbAuditFinding
{
    enum class Kind { Missing, Unregistered, Mismatch };

    qint64 id = 0;
    qint64 auditId = 0;
    Kind kind = Kind::Missing;
    qint64 ciId = 0; // 0: unregistered, or the CI was deleted since
    QString ciHumanId;
    QString ciName;
    QString ciType;
    QString field; // mismatch: "subtype", "serial_number", "attributes.NAME", "state"
    QString cmdbValue;
    QString foundValue;
    qint64 sourceLine = 0; // the inventory line; 0 for missing
    qint64 followUpId = 0;
    QString followUpHumanId;
    // As a person reads them: the type's and the field's labels (CmdbAudit fills them in;
    // empty, the codes above are shown).
    QString ciTypeLabel;
    QString fieldLabel;

    static QString kindCode(Kind kind);
    static QString kindLabel(Kind kind);
    // One sentence saying what the finding is, for lists and follow-up descriptions.
    QString describe() const;
};

struct CmdbAuditResult
{
    RecordRef audit;
    qint64 rowsRead = 0;
    qint64 matched = 0; // rows that named a CI the CMDB holds
    qint64 missing = 0;
    qint64 unregistered = 0;
    qint64 mismatched = 0; // CIs with at least one mismatch
    QStringList types; // the CI types the audit covered
    QString summary;
    QList<CmdbAuditFinding> findings;
};

// What a finding is turned into. Nonconformities come with the management system's audits.
enum class CmdbFollowUpKind { Task };

// CMDB audits (R-CMDB-3): a discovered inventory compared with the CMDB. The result is kept as
// a ci_audit record (CIA-n) with its findings, written in one transaction; a malformed file or
// mapping writes nothing and says which line or entry is at fault.
class SB_CORE_EXPORT CmdbAudit
{
public:
    explicit CmdbAudit(Workbook &workbook);

    // serviceId: 0 for the whole CMDB, else a service (or business service CI): only CIs in
    // its tree can be missing, and the audit is linked "audit of" it.
    Result<CmdbAuditResult> run(const QString &inventoryPath, const QString &mappingPath,
                                qint64 serviceId = 0);
    // The same from a device; `inventoryName` and `mappingText` are what the record keeps.
    Result<CmdbAuditResult> run(QIODevice *inventory, const QString &inventoryName,
                                const CmdbInventoryMapping &mapping, const QString &mappingText,
                                qint64 serviceId = 0);

    Result<QList<CmdbAuditFinding>> findings(qint64 auditId);
    Result<CmdbAuditFinding> finding(qint64 findingId);

    // Turns a finding into a task linked "follows up" the audit and "relates to" the CI (when
    // there is one); refused when the finding was already followed up.
    Result<RecordRef> followUp(qint64 findingId, CmdbFollowUpKind kind = CmdbFollowUpKind::Task);

private:
    Workbook &m_workbook;
};

} // namespace sb
