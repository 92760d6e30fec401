#pragma once

#include "core_global.h"
#include "records/recordstore.h"
#include "result.h"
#include "sla/businesscalendar.h"
#include "sla/slaclock.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <atomic>
#include <functional>
#include <optional>

namespace sb {

class Database;
class Workbook;

struct SlaDefinition
{
    qint64 id = 0;
    QString name;
    QString recordType;
    QString service; // empty: any
    QString customer; // empty: any
    std::optional<int> priority; // empty: any
    std::optional<int> responseMinutes;
    std::optional<int> resolutionMinutes;
    qint64 calendarId = 0;
    QStringList responseStates;
    QStringList pauseStates;
    QStringList stopStates;
    int warningPercent = 75;
    bool active = true;
};

// What a ticket's SLA says now.
struct TicketSla
{
    qint64 recordId = 0;
    std::optional<SlaDefinition> definition; // none matched: no SLA applies
    std::optional<ClockStatus> response;
    std::optional<ClockStatus> resolution;
};

// Calendars and SLA definitions as the workbook keeps them, and the one computation of a
// ticket's SLA from its history, used by the desktop, the command line and reports alike.
// Ticket fields read: priority, service, customer (when the type has them), opened_at and
// resolved_at (imported tickets carry their real times there).
class SB_CORE_EXPORT SlaStore
{
public:
    explicit SlaStore(Workbook &workbook);

    // Calendars, with their days, by id; a calendar that cannot be read is an error.
    Result<BusinessCalendar> calendar(qint64 id);
    Result<QList<std::pair<qint64, QString>>> calendarNames();
    // Saves a calendar's zone, hours and days (a new one when id is 0); audited. Returns the id.
    Result<qint64> saveCalendar(qint64 id, const BusinessCalendar &calendar);

    Result<QList<SlaDefinition>> definitions();
    // Saves a definition (a new one when id is 0), audited, and recomputes the open tickets
    // it may apply to. Returns the id.
    Result<qint64> saveDefinition(const SlaDefinition &definition);

    // The definition for a ticket: the most specific active one for its type and priority
    // (service and customer both given beats one of them beats neither).
    static std::optional<SlaDefinition> match(const QList<SlaDefinition> &definitions,
                                              const QString &type, const QString &service,
                                              const QString &customer, std::optional<int> priority);

    // The ticket's state history from its audit trail: created in its first state, each
    // transition after. An imported ticket starts at its opened_at and, if resolved or
    // closed without a recorded transition, was resolved at resolved_at.
    Result<QList<StateChange>> stateHistory(qint64 recordId);

    // Computes a ticket's SLA as of `nowMs` (UTC ms).
    Result<TicketSla> compute(qint64 recordId, qint64 nowMs);

    // Recomputes and stores the SLA state of the given tickets (every open incident and
    // service request when `ids` is empty), in transactions of `batch` tickets; stops early
    // when `cancel` is set. Returns how many were recomputed. Audited as one entry.
    Result<qint64> recompute(const QList<qint64> &ids = {}, qint64 nowMs = -1,
                             const std::function<void(qint64 done, qint64 total)> &progress = {},
                             const std::atomic_bool *cancel = nullptr, int batch = 5000);

    // Computes and stores the SLA state of these tickets inside the caller's write
    // transaction (derived data: no audit entry of its own).
    Error refresh(const QList<qint64> &ids, qint64 nowMs);

    // Called by the write path for every change to an incident or service request: the
    // ticket's SLA state is brought up to date just before the transaction commits, once per
    // ticket however often it changed.
    static void noteTicketWritten(Workbook &workbook, qint64 recordId);

    // Text forms used in the workbook.
    static QString hoursToText(const BusinessCalendar &calendar);
    static Error hoursFromText(const QString &text, BusinessCalendar *calendar);

    // A stored time (see clock.h) in UTC milliseconds; -1 when empty or not a time. Reads the
    // stored form directly and anything else as fromStoredTime() does, with the same result.
    static qint64 storedTimeMs(QStringView text);
    static qint64 storedTimeMs(QByteArrayView utf8);

private:
    struct Ticket;
    struct Rules;
    struct StatusWriter;
    // What the tickets among `ids` (of the given types) are measured from, in `ids` order, read
    // with one query per type and one over the audit trail. An id that is none of these types,
    // or cannot be read, is left out.
    Error loadTickets(const QList<qint64> &ids, const QStringList &types, QList<Ticket> *tickets);
    // The lifecycles and definitions a batch of tickets is measured against.
    Error loadRules(Rules *rules);
    // The calendar kept on this store, so that its cached days serve every ticket after.
    Result<const BusinessCalendar *> keptCalendar(qint64 id);
    // The one computation of a ticket's SLA: compute() and refresh() both end here.
    Result<TicketSla> computeTicket(const Ticket &ticket, Rules &rules, qint64 nowMs);
    // A ticket that loadTickets() left out: an error if it cannot be read; NotFound if deleted;
    // otherwise no ticket, so no SLA.
    Result<TicketSla> computeOther(qint64 recordId);
    // The ticket's state history from its audit trail: created in its first state, each
    // transition after. An imported ticket starts at its opened_at and, if resolved or closed
    // without a recorded transition, was resolved at resolved_at. `responseKnown` (if given) is
    // false for an imported ticket that has not changed state since: its history has no moment
    // at which it was first answered.
    static QList<StateChange> historyOf(const Ticket &ticket, Rules &rules, bool *responseKnown);
    Error writeAudit(const QString &action, const QString &field, const QString &oldValue,
                     const QString &newValue);

    Workbook &m_workbook;
    Database &m_db;
    RecordStore m_store;
    // Read once per SlaStore: one is made for each batch of work.
    QHash<qint64, BusinessCalendar> m_calendars;
    std::optional<QList<SlaDefinition>> m_definitions;
};

} // namespace sb
