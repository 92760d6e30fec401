#pragma once

#include "core_global.h"
#include "records/record.h"
#include "result.h"

#include <QList>
#include <QString>

#include <atomic>

namespace sb {

class Database;
class RecordStore;

// One escalation of a ticket, as the workbook keeps it.
struct EscalationInfo
{
    qint64 id = 0;
    qint64 recordId = 0;
    bool functional = false; // to another group; else hierarchical, up to a person
    QString trigger; // manual, response_breach, resolution_warning, resolution_breach
    QString fromGroup;
    QString toGroup;
    QString toPerson;
    QString reason;
    QString at;
    QString by;
    QString acknowledgedAt; // empty: nobody has taken it up yet
    QString acknowledgedBy;
};

// What an agent asks for. Functional: toGroup takes the ticket over (toPerson, if given, is
// its new assignee). Hierarchical: toPerson, else the major incident manager when
// toMajorIncidentManager, else the manager of the ticket's group.
struct EscalationRequest
{
    bool functional = false;
    QString toGroup;
    QString toPerson;
    bool toMajorIncidentManager = false;
    QString reason;
};

// A line of a ticket's timeline, oldest first.
struct TimelineEvent
{
    enum class Kind {
        Created,
        Imported,
        State,
        Assignment,
        Priority,
        Major,
        CustomerUpdate,
        WorkNote,
        Escalation,
        Link,
        Attachment,
    };
    Kind kind = Kind::Created;
    QString at;
    QString who;
    QString text; // one line, translated
    QString detail; // the note's or the reason's text
    qint64 escalationId = 0;
    bool waiting = false; // an escalation nobody has taken up yet
};

// Why a ticket needs somebody's attention now.
struct AttentionReason
{
    enum class Kind { Escalation, CustomerUpdateDue, MajorWithoutManager, MajorManagementNotTold };
    Kind kind = Kind::Escalation;
    QString text;
};

struct SweepResult
{
    qint64 escalated = 0;
    qint64 closed = 0;
    QStringList skipped; // "INC-4: why", for tickets the sweep could not close
};

// Working incidents and service requests beyond editing their fields: escalation (manual,
// and automatic by the workbook's escalation rules when an SLA clock crosses a threshold),
// the timeline of what happened, why a ticket needs attention, and auto-close. Every change
// goes through RecordStore or, for escalation rows, through the same transaction and audit
// trail.
class SB_CORE_EXPORT TicketWork
{
public:
    explicit TicketWork(RecordStore &store);

    // Returns the escalation's id. Functional escalations change the ticket (new group,
    // escalation_count) and so name the version read; hierarchical ones do not.
    Result<qint64> escalate(qint64 recordId, const EscalationRequest &request,
                            int expectedVersion = AnyVersion);
    // The escalation has been taken up (by the acting user).
    Error acknowledge(qint64 escalationId);
    Result<QList<EscalationInfo>> escalations(qint64 recordId);

    Result<QList<TimelineEvent>> timeline(qint64 recordId);
    // `nowMs`: UTC ms; -1 for now.
    Result<QList<AttentionReason>> attention(qint64 recordId, qint64 nowMs = -1);

    // Raises the escalations the active rules call for as of `nowMs` (from the stored SLA
    // state), each once per rule and working life of a ticket. Returns how many.
    Result<qint64> autoEscalate(qint64 nowMs = -1, const std::atomic_bool *cancel = nullptr);
    // Closes resolved incidents and fulfilled requests older than the workbook's auto-close
    // period (closure "auto_close"); major incidents wait for their review.
    Result<SweepResult> autoClose(qint64 nowMs = -1, const std::atomic_bool *cancel = nullptr);
    // Both, as the desktop's timer and `servicebench sweep` run them.
    Result<SweepResult> sweep(qint64 nowMs = -1, const std::atomic_bool *cancel = nullptr);

    // The manager recorded for a work group (by its name), or empty.
    static QString groupManager(Database &db, const QString &group);

private:
    Result<qint64> insertEscalation(const Record &ticket, const EscalationInfo &e, qint64 ruleId,
                                    int cycle);

    RecordStore &m_store;
};

} // namespace sb
