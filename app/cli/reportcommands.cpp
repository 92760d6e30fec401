#include "cli.h"
#include "output.h"

#include "report/ticketstats.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr const char statsUsage[] =
    "servicebench stats FILE incident|service_request [--by priority|state|service|group] "
    "[--from DATE] [--to DATE] [--json]";

QJsonValue number(const std::optional<double> &v, int decimals = 2)
{
    if (!v)
        return QJsonValue::Null;
    double f = 1;
    for (int i = 0; i < decimals; ++i)
        f *= 10;
    return qRound64(*v * f) / f;
}

QString shown(const std::optional<double> &v, int decimals = 1)
{
    return v ? QLocale().toString(*v, 'f', decimals) : u"-"_s;
}

// A date (the day starts at midnight UTC) or a full ISO time.
bool parseWhen(const QString &text, QDateTime *out)
{
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid()) {
        *out = d.startOfDay(QTimeZone::utc());
        return true;
    }
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    if (!t.isValid())
        return false;
    *out = t.toUTC();
    return true;
}
} // namespace

int cmdStats(const Args &a)
{
    TicketStatsOptions o;
    o.type = a.positional(1);
    if (a.has(u"by"_s))
        o.by = a.value(u"by"_s);
    for (const auto &[name, target] :
         {std::pair {u"from"_s, &o.from}, std::pair {u"to"_s, &o.to}}) {
        if (a.has(name) && !parseWhen(a.value(name), target))
            return usageError(Tr::tr("--%1 expects a date such as 2026-01-31 or a time such as "
                                     "2026-01-31T08:00:00Z.")
                                  .arg(name),
                              QString::fromUtf8(statsUsage));
    }
    if (!TicketStats::groupings().contains(o.by))
        return usageError(
            Tr::tr("--by expects one of: %1.").arg(TicketStats::groupings().join(u", "_s)),
            QString::fromUtf8(statsUsage));
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(0), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    Result<QList<TicketStatsGroup>> groups = TicketStats::compute(**wb, o);
    if (!groups.ok())
        return fail(groups.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const TicketStatsGroup &g : *groups)
            arr.append(QJsonObject {
                {u"key"_s, g.key.isNull() ? QJsonValue() : QJsonValue(g.key)},
                {u"count"_s, g.count},
                {u"open"_s, g.open},
                {u"resolved"_s, g.resolved},
                {u"median_hours_to_resolve"_s, number(g.medianHoursToResolve)},
                {u"mean_hours_to_resolve"_s, number(g.meanHoursToResolve)},
                {u"median_business_hours_to_resolve"_s, number(g.medianBusinessHoursToResolve)},
                {u"sla_met_share"_s, number(g.slaMetShare, 4)}});
        printJson(QJsonObject {{u"groups"_s, arr}});
        return ExitOk;
    }
    QTextStream &t = out();
    const QStringList heads {Tr::tr("Group"),         Tr::tr("Count"),    Tr::tr("Open"),
                             Tr::tr("Resolved"),      Tr::tr("Median h"), Tr::tr("Mean h"),
                             Tr::tr("Median work h"), Tr::tr("SLA met")};
    const int widths[] = {18, 9, 9, 9, 10, 10, 14, 8};
    for (int i = 0; i < heads.size(); ++i)
        t << padded(heads[i], widths[i]);
    t << "\n";
    for (const TicketStatsGroup &g : *groups) {
        const QString cells[] = {
            g.key.isEmpty() ? u"-"_s : g.key,
            QLocale().toString(g.count),
            QLocale().toString(g.open),
            QLocale().toString(g.resolved),
            shown(g.medianHoursToResolve),
            shown(g.meanHoursToResolve),
            shown(g.medianBusinessHoursToResolve),
            g.slaMetShare ? QLocale().toString(*g.slaMetShare * 100, 'f', 0) + u" %"_s : u"-"_s};
        for (int i = 0; i < 8; ++i)
            t << padded(cells[i], widths[i]);
        t << "\n";
    }
    t.flush();
    return ExitOk;
}

} // namespace sb::cli
