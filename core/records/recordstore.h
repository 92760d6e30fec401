#pragma once

#include "audit.h"
#include "core_global.h"
#include "lifecycle.h"
#include "permissions.h"
#include "record.h"
#include "recordtypes.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QVariantMap>

#include <optional>

namespace sb {

class Workbook;
class Database;
class WriteTransaction;
class PriorityMatrix;

// The one place that changes records. Every change: opens a write transaction (nested inside
// the caller's, if any), checks the acting user's permissions and the lifecycle, validates the
// values, checks the version the caller read, bumps the version, writes the audit entries and
// the full-text index, and commits - or rolls back whole.
class SB_CORE_EXPORT RecordStore
{
public:
    explicit RecordStore(Workbook &workbook);

    Workbook &workbook() { return m_workbook; }
    const QString &user() const;

    // ---- changes ----
    // `values` maps field names to values (text or typed); state is the lifecycle's first.
    //
    // Incidents and service requests derive their priority from the priority matrix (see
    // incident/ticketrules.h): a priority that differs from it needs priority_override_reason.
    // An importer adds ImportedKey with the value true to the values of create(), update() or
    // transition() to keep what the other system recorded: the priority stays as given, without
    // a reason, and no times or counters (opened_at, resolved_at, reopen_count...) are filled
    // in. The key is no field and is never stored; every other rule and the audit trail apply.
    static constexpr QLatin1StringView ImportedKey {"@imported"};

    Result<RecordRef> create(const QString &type, const QVariantMap &values);
    // Returns the new version (unchanged if nothing differed).
    Result<int> update(qint64 id, const QVariantMap &changes, int expectedVersion = AnyVersion);
    Result<int> transition(qint64 id, const QString &toState, const QVariantMap &changes = {},
                           int expectedVersion = AnyVersion);
    Error remove(qint64 id, int expectedVersion = AnyVersion);
    // Records taken over from another system (recordstoreimport.cpp): they keep the values
    // given and take `state` directly - any state of the lifecycle, without its transitions or
    // the fields those require; empty means the initial state on create and no change on
    // update. Needs the "import" permission on the type; audited with the action "import".
    Result<RecordRef> importCreate(const QString &type, const QVariantMap &values,
                                   const QString &state);
    // Returns the new version (unchanged if nothing differed).
    Result<int> importUpdate(qint64 id, const QVariantMap &changes, const QString &state);
    Error link(qint64 fromId, qint64 toId, const QString &kind);
    Error unlink(qint64 fromId, qint64 toId, const QString &kind);
    Result<qint64> attach(qint64 recordId, const QString &fileName, const QByteArray &data,
                          const QString &mimeType = {});
    Error detach(qint64 attachmentId);
    // An update on a record (recordstorenotes.cpp): a work note, or, customer-visible, what
    // the caller or requester was told - which also stamps last_customer_update_at where the
    // type keeps it (a change of the record, so its version moves). Needs the right to update
    // the record; audited as "note"; found by full-text search with the record.
    Result<qint64> addNote(qint64 recordId, const QString &body, bool customerVisible);

    // Workbook administration, audited like record changes.
    Error setSetting(const QString &key, const QString &value);
    // Replaces the priority matrix (administrators only; see PriorityMatrix::validate). Each
    // changed cell is an audit entry "setting", field "priority_matrix[IMPACT,URGENCY]". Tickets
    // keep their priority until their impact or urgency changes.
    Error setPriorityMatrix(const PriorityMatrix &matrix);
    Error grantRole(const QString &login, const QString &role);
    Error revokeRole(const QString &login, const QString &role);
    // In a new workbook: makes its creator an administrator and a person record.
    Error bootstrap(const QString &displayName);

    // ---- reads ----
    Result<Record> load(qint64 id);
    // "SVC-12" (any case) or a plain record id.
    Result<qint64> resolve(const QString &humanIdOrId);
    Result<QList<LinkInfo>> links(qint64 id);
    Result<QList<AttachmentInfo>> attachments(qint64 id);
    Result<QByteArray> attachmentData(qint64 attachmentId);
    // Oldest first.
    Result<QList<NoteInfo>> notes(qint64 id);
    Result<QList<AuditEntry>> history(qint64 id);

    // The acting user's roles and the lifecycles, as of the last write or refresh.
    Result<Permissions> permissions();
    Result<Lifecycles> lifecycles();
    qint64 attachmentLimit();

    // Validates a field value for a type the way create/update would (for forms).
    Result<QVariant> validate(const QString &type, const QString &field, const QVariant &value);

private:
    // Every change starts here: a writable workbook, the transaction begun, roles and
    // lifecycles current.
    Error beginWrite(WriteTransaction &tx);
    Error refreshMeta();
    static Error validateSetting(const QString &key, const QString &value);
    QString linkLabel(const QString &kind);
    Error checkVersion(const Record &current, int expectedVersion);
    Error normalizeChanges(const RecordTypeDef &def, const QVariantMap &in, QVariantMap *out,
                           qint64 selfId);
    Error checkRequired(const RecordTypeDef &def, const Record &after,
                        const QStringList &extraRequired, const QString &transitionLabel);
    // Rules a record type adds to every write (incident/ticketrules.h); most types have none.
    static Error typeRules(Database &db, const RecordTypeDef &def, const Record *current,
                           const QString &toState, QVariantMap *changes, bool imported,
                           const QString &user);
    // What a type's rules write once the record's own rows are written (problem/
    // problemrules.h), inside the same transaction; `before` is null on creation.
    Error afterWrite(const RecordTypeDef &def, const Record *before, qint64 id, bool imported);
    // The record as it will be with these checked changes.
    static Record withChanges(const Record &current, const QVariantMap &changes);
    // A new record from checked values: title and owner taken out, empty fields left out.
    static Record newRecord(const QString &type, QVariantMap values);
    // Numbers a new record and writes its rows, its one audit entry (`action`: create,
    // import) and its index entry, inside the caller's transaction.
    Result<RecordRef> insertNew(const RecordTypeDef &def, Record &r, const QString &action);
    // `auditAction` names the entries; empty: "update" for fields and "transition" for the
    // state.
    Result<int> applyChanges(const RecordTypeDef &def, const Record &current,
                             const QVariantMap &changes, const QString &newState,
                             const QString &auditAction = {});
    Error reindex(const RecordTypeDef &def, const Record &r, bool replace);
    Error writeAudit(const Record &r, const QString &action, const QString &field,
                     const QString &oldValue, const QString &newValue, int version,
                     const QString &at);
    // An entry about the workbook itself (settings, roles): no record.
    Error writeWorkbookAudit(const QString &action, const QString &field, const QString &oldValue,
                             const QString &newValue);
    // A link made or removed: one entry on each end, so each record's history shows it.
    Error auditLink(qint64 fromId, const QString &fromHuman, qint64 toId, const QString &toHuman,
                    const QString &kind, bool made, const QString &at);
    // Both ends of a link, with the right to link from the first.
    Error loadLinkEnds(qint64 fromId, qint64 toId, Record *from, Record *to);
    // Attachment contents no attachment refers to any more.
    Error dropUnusedBlobs();
    Result<Record> loadIn(qint64 id);

    Workbook &m_workbook;
    Database &m_db;
    AuditLog m_audit;
    std::optional<Permissions> m_permissions;
    std::optional<Lifecycles> m_lifecycles;
    qint64 m_metaDataVersion = -1;
    quint64 m_metaSerial = 0; // the transaction the meta data was last confirmed in
    qint64 m_attachmentLimit = 25 * 1024 * 1024;
};

// The canonical snapshot of a record's values (JSON object, sorted keys, canonical texts),
// as the audit trail stores it on create and delete.
SB_CORE_EXPORT QString recordSnapshot(const RecordTypeDef &def, const Record &r);

} // namespace sb
