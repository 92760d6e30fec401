#include "cli.h"

#include "output.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

const QStringList commonValued = {u"user"_s, u"wait"_s};
const QStringList commonFlags = {u"json"_s, u"help"_s};

const Command commands[] = {
    {"init",
     "servicebench init FILE [--demo] [--scale N] [--seed S] [--lang en|zh_CN] [--shared] [--name "
     "\"FULL NAME\"]",
     QT_TRANSLATE_NOOP("Cli", "Create a new workbook (with demo data if asked)."),
     {u"scale"_s, u"seed"_s, u"lang"_s, u"name"_s},
     {u"demo"_s, u"shared"_s},
     cmdInit,
     1,
     1},
    {"check",
     "servicebench check FILE [--anchor] [--verify-anchor SEQ:HASH] [--deep] [--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Check the workbook and its audit trail; exit 1 if problems are found."),
     {u"verify-anchor"_s},
     {u"anchor"_s, u"deep"_s},
     cmdCheck,
     1,
     1},
    {"backup",
     "servicebench backup FILE DEST",
     QT_TRANSLATE_NOOP("Cli", "Write a consistent copy of the workbook to DEST."),
     {},
     {},
     cmdBackup,
     2,
     2},
    {"search",
     "servicebench search FILE QUERY [--type TYPE] [--limit N] [--json]",
     QT_TRANSLATE_NOOP("Cli", "Full-text search over every record."),
     {u"type"_s, u"limit"_s},
     {},
     cmdSearch,
     2,
     2},
    {"record",
     "servicebench record create|update|transition|show|list|link|unlink|delete|history|attach "
     "FILE ...",
     QT_TRANSLATE_NOOP("Cli", "Create, change, show and list records."),
     {u"set"_s, u"where"_s, u"limit"_s, u"expect-version"_s, u"kind"_s, u"sort"_s, u"mime"_s},
     {u"desc"_s},
     cmdRecord,
     2,
     4},
    {"import",
     "servicebench import FILE TYPE CSVFILE [--mapping MAPPING.json|bpi2014-incidents|"
     "bpi2014-cis|bpi2014-cis-changes] [--dry-run] [--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Import records from CSV; rows with the same key update one record. "
                       "Exit 1 if rows were skipped."),
     {u"mapping"_s},
     {u"dry-run"_s},
     cmdImport,
     3,
     3},
    {"asset",
     "servicebench asset licences|warranties FILE [--days N] [--json] | asset export FILE "
     "OUT.csv [--force]",
     QT_TRANSLATE_NOOP("Cli",
                       "Assets and licences: licence use against entitlements with expiry "
                       "within N days (exit 1 if one is over-used or expired), warranties ending "
                       "within N days (default 90), or the asset register as CSV for finance."),
     {u"days"_s},
     {u"force"_s},
     cmdAsset,
     2,
     3},
    {"sla",
     "servicebench sla recompute FILE | sla show FILE ID | sla holidays FILE CALENDAR CSVFILE "
     "[--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Recompute the SLA clocks of every open ticket, or show one ticket's "
                       "clocks with the log that explains them, or add a CSV list of holidays "
                       "(date,name; +date for an extra working day) to a business calendar."),
     {},
     {},
     cmdSla,
     2,
     4},
    {"categories",
     "servicebench categories FILE [--json]",
     QT_TRANSLATE_NOOP("Cli", "List the incident category tree."),
     {},
     {},
     cmdCategories,
     1,
     1},
    {"ticket",
     "servicebench ticket note|escalate|ack|timeline|attention|sweep FILE [ID] [TEXT] "
     "[--customer] [--reason TEXT] [--to-group GROUP] [--to PERSON] [--mim] "
     "[--type TYPE] [--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Work tickets: write a work note or a customer update, escalate to "
                       "another group or up to a manager, take an escalation up, show a "
                       "ticket's timeline, list the tickets that need attention, or run the "
                       "sweep (escalation rules and auto-close)."),
     {u"reason"_s, u"to-group"_s, u"to"_s, u"type"_s},
     {u"customer"_s, u"mim"_s},
     cmdTicket,
     2,
     4},
    {"problem",
     "servicebench problem candidates|effectiveness|recurrences|suggest|apply-workaround|"
     "from-incidents FILE [TEXT | INCIDENT KNOWN_ERROR | INCIDENT...] [--window DAYS] [--min N] "
     "[--by service|ci|category] [--min-repeat N] [--service S] [--category C] [--ci CI] "
     "[--limit N] [--title TEXT] [--set FIELD=VALUE] [--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Problem management: list the incident groups, repeat callers and "
                       "reopened incidents that may hide a problem, review whether resolved "
                       "problems recurred (and mark those that did), offer the known errors and "
                       "articles that match an incident text, apply a known error's workaround "
                       "to an incident, or log a problem from incidents."),
     {u"window"_s, u"min"_s, u"min-repeat"_s, u"by"_s, u"service"_s, u"category"_s, u"ci"_s,
      u"limit"_s, u"title"_s, u"set"_s},
     {},
     cmdProblem,
     2,
     10000},
    {"impact",
     "servicebench impact FILE CI_ID [--direction down|up] [--depth N] [--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Impact analysis: what a failure of a CI reaches (down: CIs, services, "
                       "customers, SLAs) or what it needs (up), with the path to each."),
     {u"direction"_s, u"depth"_s},
     {},
     cmdImpact,
     2,
     2},
    {"baseline",
     "servicebench baseline create FILE NAME [--service SVC_ID] [--description TEXT] | "
     "baseline list FILE | baseline diff FILE BASELINE [BASELINE|now] [--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Take a named, unchangeable baseline of the CMDB (or of one service's "
                       "tree), list them, or compare a baseline with another or with now."),
     {u"service"_s, u"description"_s},
     {},
     cmdBaseline,
     2,
     4},
    {"cmdb",
     "servicebench cmdb audit FILE INVENTORY.csv --mapping MAPPING.json|example [--service "
     "SVC_ID] | "
     "cmdb findings FILE AUDIT_ID | cmdb follow-up FILE AUDIT_ID FINDING_ID | cmdb types FILE "
     "[--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Audit the CMDB against a discovered inventory (CSV; the mapping names "
                       "the columns, see resources/import/cmdb_inventory_example.json), list an "
                       "audit's findings, turn a finding into a task, or list the CI types, "
                       "their attributes and the relationship types."),
     {u"mapping"_s, u"service"_s},
     {},
     cmdCmdb,
     2,
     4},
    {"stats",
     "servicebench stats FILE incident|service_request [--by priority|state|service|group] "
     "[--from DATE] [--to DATE] [--json]",
     QT_TRANSLATE_NOOP("Cli",
                       "Ticket counts and times to resolve per group, with the share that met "
                       "its SLA."),
     {u"by"_s, u"from"_s, u"to"_s},
     {},
     cmdStats,
     2,
     2},
    {"setting",
     "servicebench setting FILE [KEY [VALUE]]",
     QT_TRANSLATE_NOOP("Cli",
                       "Show the workbook's settings, or set one (shared, attachment_max_bytes, "
                       "default_role, language, major_incident.priority_at_most, "
                       "major_incident.manager, attention.customer_update_minutes, "
                       "auto_close.days)."),
     {},
     {},
     cmdSetting,
     1,
     3},
    {"user",
     "servicebench user list|grant|revoke FILE [LOGIN ROLE]",
     QT_TRANSLATE_NOOP("Cli", "List users' roles, grant or revoke a role."),
     {},
     {},
     cmdUser,
     2,
     4},
};

const Command *findCommand(const QString &name)
{
    for (const Command &c : commands) {
        if (name == QLatin1String(c.name))
            return &c;
    }
    return nullptr;
}

void printHelp()
{
    QTextStream &o = out();
    o << Tr::tr("Servicebench %1: a service-management workbench for ISO/IEC 20000-1.")
             .arg(QStringLiteral(SB_VERSION))
      << "\n\n";
    o << Tr::tr("Usage:") << "\n";
    o << "  servicebench [FILE.sbw]    " << Tr::tr("start the desktop program") << "\n";
    for (const Command &c : commands)
        o << "  " << QString::fromUtf8(c.usage) << "\n      "
          << QCoreApplication::translate("Cli", c.summary) << "\n";
    o << "\n" << Tr::tr("Options for every command:") << "\n";
    o << "  --user NAME   " << Tr::tr("act as NAME instead of the operating system's login")
      << "\n";
    o << "  --json        " << Tr::tr("print machine-readable JSON") << "\n";
    o << "  --wait SEC    "
      << Tr::tr("how long to wait for a workbook another program is writing (default 10)") << "\n";
    o << "  --help        " << Tr::tr("show this help") << "\n";
    o << "  --version     " << Tr::tr("show the version") << "\n\n";
    o << Tr::tr("Exit codes: 0 ok, 1 invalid input or problems found, 2 usage error or cannot "
                "open, 3 conflict (stale version), 4 permission denied, 5 still busy after "
                "retries.")
      << "\n";
    o.flush();
}

} // namespace

QString versionText()
{
    return u"servicebench "_s + QStringLiteral(SB_VERSION);
}

bool isCliInvocation(const QStringList &args)
{
    if (args.isEmpty())
        return false;
    const QString &first = args.first();
    if (findCommand(first) || first == u"--help"_s || first == u"-h"_s || first == u"--version"_s
        || first == u"help"_s)
        return true;
    // A word that names no file and no workbook is a mistyped command: say so here rather
    // than open a window on a file that is not there.
    return !first.startsWith(u'-') && !first.endsWith(u".sbw"_s, Qt::CaseInsensitive)
        && !QFileInfo::exists(first);
}

OpenOptions openOptions(const Args &args)
{
    OpenOptions o;
    o.user = args.value(u"user"_s);
    bool ok = false;
    const double seconds = args.value(u"wait"_s).toDouble(&ok);
    if (ok && seconds >= 0) {
        o.writeBudgetMs = int(seconds * 1000);
        o.openTimeoutMs = int(seconds * 1000);
    }
    return o;
}

Result<std::unique_ptr<Workbook>> openWorkbook(const Args &args, const QString &path, bool write)
{
    OpenOptions o = openOptions(args);
    o.readOnly = !write;
    // A script that only reads should not upgrade a workbook behind its users' backs.
    o.migrate = write;
    return Workbook::open(path, o);
}

int run(const QStringList &argsIn)
{
    QStringList args = argsIn;
    const QString name = args.isEmpty() ? QString() : args.takeFirst();
    if (name == u"--version"_s) {
        out() << versionText() << Qt::endl;
        return ExitOk;
    }
    if (name == u"--help"_s || name == u"-h"_s || name == u"help"_s) {
        printHelp();
        return ExitOk;
    }
    const Command *cmd = findCommand(name);
    if (!cmd)
        return usageError(Tr::tr("Unknown command \"%1\".").arg(name), u"servicebench --help"_s);
    Args parsed;
    if (!parsed.parse(args, cmd->valued + commonValued, cmd->flags + commonFlags))
        return usageError(parsed.error(), QString::fromUtf8(cmd->usage));
    if (parsed.flag(u"help"_s)) {
        out() << Tr::tr("Usage: %1").arg(QString::fromUtf8(cmd->usage)) << "\n"
              << QCoreApplication::translate("Cli", cmd->summary) << Qt::endl;
        return ExitOk;
    }
    if (parsed.has(u"wait"_s)) {
        bool ok = false;
        const double w = parsed.value(u"wait"_s).toDouble(&ok);
        if (!ok || w < 0 || w > 3600)
            return usageError(Tr::tr("--wait expects seconds, from 0 to 3600."),
                              QString::fromUtf8(cmd->usage));
    }
    const int n = int(parsed.positional().size());
    if (n < cmd->minPositional || n > cmd->maxPositional)
        return usageError(n < cmd->minPositional ? Tr::tr("Missing arguments.")
                                                 : Tr::tr("Too many arguments."),
                          QString::fromUtf8(cmd->usage));
    return cmd->run(parsed);
}

} // namespace sb::cli
