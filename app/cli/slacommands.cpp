#include "cli.h"
#include "output.h"

#include "clock.h"
#include "records/recordstore.h"
#include "sla/slastore.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

#include <functional>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr const char slaUsage[] = "servicebench sla recompute FILE [--json]\n"
                                  "servicebench sla show FILE ID [--json]\n"
                                  "servicebench sla holidays FILE CALENDAR CSVFILE [--json]";

QJsonValue timeValue(qint64 ms)
{
    if (ms < 0)
        return QJsonValue::Null;
    return toStoredTime(QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()));
}

QString localTime(qint64 ms)
{
    if (ms < 0)
        return u"-"_s;
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).toLocalTime(),
                              QLocale::ShortFormat);
}

// Working time as hours and minutes, "-1:30" when over.
QString duration(qint64 ms)
{
    const bool negative = ms < 0;
    const qint64 m = qAbs(ms) / 60000;
    return (negative ? u"-"_s : QString()) + u"%1:%2"_s.arg(m / 60).arg(m % 60, 2, 10, QChar(u'0'));
}

QString kindName(ClockSegment::Kind k)
{
    switch (k) {
    case ClockSegment::Running: return Tr::tr("running");
    case ClockSegment::Paused: return Tr::tr("paused");
    case ClockSegment::Stopped: return Tr::tr("stopped");
    }
    return {};
}

QJsonObject clockJson(const ClockStatus &c)
{
    QJsonArray log;
    for (const ClockSegment &s : c.log) {
        static const char *const kinds[] = {"running", "paused", "stopped"};
        log.append(QJsonObject {{u"from"_s, timeValue(s.fromMs)},
                                {u"to"_s, timeValue(s.toMs)},
                                {u"clock"_s, QString::fromLatin1(kinds[s.kind])},
                                {u"state"_s, s.state},
                                {u"reason"_s, s.reason.isEmpty() ? QJsonValue() : s.reason},
                                {u"counted_ms"_s, s.businessMs},
                                {u"elapsed_after_ms"_s, s.elapsedAfterMs}});
    }
    return {{u"target_ms"_s, c.targetMs},
            {u"elapsed_ms"_s, c.elapsedMs},
            {u"remaining_ms"_s, c.remainingMs},
            {u"clock"_s, c.running ? u"running"_s : (c.paused ? u"paused"_s : u"stopped"_s)},
            {u"warning"_s, c.warning},
            {u"breached"_s, c.breached},
            {u"due"_s, timeValue(c.dueMs)},
            {u"warning_at"_s, timeValue(c.warningAtMs)},
            {u"breached_at"_s, timeValue(c.breached ? c.breachedAtMs : -1)},
            {u"log"_s, log}};
}

void printClock(const QString &title, const ClockStatus &c,
                const std::function<QString(const QString &)> &stateLabel)
{
    QTextStream &o = out();
    QString verdict;
    if (c.breached)
        verdict = Tr::tr("breached at %1").arg(localTime(c.breachedAtMs));
    else if (c.stopped)
        verdict = Tr::tr("met");
    else if (c.warning)
        verdict = Tr::tr("breaching soon, due %1").arg(localTime(c.dueMs));
    else if (c.running)
        verdict = Tr::tr("due %1").arg(localTime(c.dueMs));
    else
        verdict = Tr::tr("paused");
    o << title << ": " << duration(c.elapsedMs) << " / " << duration(c.targetMs) << " ("
      << c.percent << " %), " << verdict << "\n";
    for (const ClockSegment &s : c.log) {
        o << "    " << padded(localTime(s.fromMs), 18) << " " << padded(kindName(s.kind), 10)
          << padded(stateLabel(s.state), 14) << padded(s.reason, 12) << " +"
          << duration(s.businessMs) << "  = " << duration(s.elapsedAfterMs) << "\n";
    }
}

// A calendar by its id or, failing that, by its name.
Result<qint64> findCalendar(SlaStore &sla, const QString &idOrName)
{
    Result<QList<std::pair<qint64, QString>>> names = sla.calendarNames();
    if (!names.ok())
        return names.error();
    bool isNumber = false;
    const qint64 id = idOrName.toLongLong(&isNumber);
    QStringList known;
    for (const auto &[calId, name] : std::as_const(*names)) {
        if ((isNumber && calId == id) || name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return calId;
        known << u"%1 (%2)"_s.arg(calId).arg(name);
    }
    return Error(ErrorCode::NotFound,
                 Tr::tr("There is no business calendar \"%1\". The calendars are: %2.")
                     .arg(idOrName, known.join(u", "_s)));
}

// Adds the holidays and extra working days of a CSV list to a calendar, through the same
// reading as the desktop's "Import holidays from CSV" and the calendar's audited save.
int holidays(const Args &a, SlaStore &sla)
{
    const QString csvPath = a.positional(3);
    QFile f(csvPath);
    if (!QFileInfo(csvPath).isFile() || !f.open(QIODevice::ReadOnly))
        return fail(Error(ErrorCode::NotAFile,
                          Tr::tr("Cannot read %1: %2")
                              .arg(csvPath,
                                   QFileInfo::exists(csvPath) ? f.errorString()
                                                              : Tr::tr("there is no such file"))));
    Result<qint64> id = findCalendar(sla, a.positional(2));
    if (!id.ok())
        return fail(id.error());
    Result<BusinessCalendar> cal = sla.calendar(*id);
    if (!cal.ok())
        return fail(cal.error());
    BusinessCalendar changed = *cal;
    Result<int> read = changed.importHolidaysCsv(f);
    if (!read.ok())
        return fail(read.error());
    Result<qint64> saved = sla.saveCalendar(*id, changed);
    if (!saved.ok())
        return fail(saved.error());
    if (a.flag(u"json"_s)) {
        printJson(QJsonObject {{u"calendar"_s, *id},
                               {u"name"_s, changed.name()},
                               {u"read"_s, *read},
                               {u"holidays"_s, changed.holidays().size()},
                               {u"working_days"_s, changed.workingDays().size()}});
    } else {
        out() << Tr::tr("Read %n date(s) into the calendar \"%1\". Holidays now: %2; extra "
                        "working days: %3.",
                        nullptr, *read)
                     .arg(changed.name())
                     .arg(changed.holidays().size())
                     .arg(changed.workingDays().size())
              << Qt::endl;
    }
    return ExitOk;
}
} // namespace

int cmdSla(const Args &a)
{
    const QString action = a.positional(0);
    const qsizetype n = a.positional().size();
    if (action != u"recompute"_s && action != u"show"_s && action != u"holidays"_s)
        return usageError(Tr::tr("Unknown sla action \"%1\".").arg(action),
                          QString::fromUtf8(slaUsage));
    const qsizetype needed = action == u"show"_s ? 3 : (action == u"holidays"_s ? 4 : 2);
    if (n != needed)
        return usageError(n < needed ? Tr::tr("Missing arguments.") : Tr::tr("Too many arguments."),
                          QString::fromUtf8(slaUsage));
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), action != u"show"_s);
    if (!wb.ok())
        return fail(wb.error(), true);
    SlaStore sla(**wb);
    if (action == u"holidays"_s)
        return holidays(a, sla);

    if (action == u"recompute"_s) {
        Result<qint64> done = sla.recompute();
        if (!done.ok())
            return fail(done.error());
        if (a.flag(u"json"_s))
            printJson(QJsonObject {{u"recomputed"_s, *done}});
        else
            out() << Tr::tr("Recomputed the SLA clocks of %n open ticket(s).", nullptr, int(*done))
                  << Qt::endl;
        return ExitOk;
    }

    RecordStore store(**wb);
    Result<qint64> id = store.resolve(a.positional(2));
    if (!id.ok())
        return fail(id.error());
    Result<TicketSla> t = sla.compute(*id, currentUtc().toMSecsSinceEpoch());
    if (!t.ok())
        return fail(t.error());
    if (a.flag(u"json"_s)) {
        QJsonObject o {{u"id"_s, a.positional(2)}};
        o.insert(u"sla"_s, t->definition ? QJsonValue(t->definition->name) : QJsonValue());
        o.insert(u"response"_s, t->response ? QJsonValue(clockJson(*t->response)) : QJsonValue());
        o.insert(u"resolution"_s,
                 t->resolution ? QJsonValue(clockJson(*t->resolution)) : QJsonValue());
        printJson(o);
        return ExitOk;
    }
    if (!t->definition) {
        out() << Tr::tr("No SLA applies to %1.").arg(a.positional(2)) << Qt::endl;
        return ExitOk;
    }
    out() << Tr::tr("SLA: %1").arg(t->definition->name) << "\n";
    Result<Record> rec = store.load(*id);
    Result<Lifecycles> lc = store.lifecycles();
    const QString type = rec.ok() ? rec->type : QString();
    auto label = [&](const QString &state) {
        return lc.ok() ? lc->stateLabel(type, state) : state;
    };
    if (t->response)
        printClock(Tr::tr("Response"), *t->response, label);
    if (t->resolution)
        printClock(Tr::tr("Resolution"), *t->resolution, label);
    out().flush();
    return ExitOk;
}

} // namespace sb::cli
