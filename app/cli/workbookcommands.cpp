// init, check, backup, search and user: the commands about a workbook as a whole.
#include "cli.h"
#include "output.h"

#include "demo/newworkbook.h"
#include "records/integritycheck.h"
#include "records/permissions.h"
#include "records/recordstore.h"
#include "records/search.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

bool parseCount(const QString &text, qint64 min, qint64 max, qint64 *out)
{
    bool ok = false;
    const qint64 v = text.toLongLong(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

QString modeText(const Workbook &wb)
{
    if (wb.isReadOnly())
        return Tr::tr("read-only: %1").arg(wb.readOnlyReason());
    return wb.storageMode() == StorageMode::Local
        ? Tr::tr("local, WAL journal; %1").arg(wb.storageReason())
        : Tr::tr("shared, rollback journal; %1").arg(wb.storageReason());
}
} // namespace

int cmdInit(const Args &a)
{
    const QString path = a.positional(0);
    qint64 scale = 1;
    if (a.has(u"scale"_s) && !parseCount(a.value(u"scale"_s), 1, 100000, &scale))
        return usageError(Tr::tr("--scale expects a whole number from 1 to 100000."), {});
    qint64 seed = 20000;
    if (a.has(u"seed"_s)
        && !parseCount(a.value(u"seed"_s), 0, std::numeric_limits<qint64>::max(), &seed))
        return usageError(Tr::tr("--seed expects a whole number."), {});
    QString lang = a.value(u"lang"_s, u"en"_s);
    if (lang == u"zh"_s || lang == u"zh-CN"_s || lang == u"zh_CN"_s)
        lang = u"zh_CN"_s;
    else if (lang != u"en"_s)
        return usageError(Tr::tr("--lang is en or zh_CN, not \"%1\".").arg(lang), {});

    CreateOptions co;
    co.user = a.value(u"user"_s);
    co.shared = a.flag(u"shared"_s);
    co.language = lang;
    std::optional<DemoOptions> demo;
    if (a.flag(u"demo"_s))
        demo = DemoOptions {int(scale), quint64(seed), lang};
    const QString name =
        a.value(u"name"_s, co.user.isEmpty() ? Workbook::osUserFullName() : co.user);
    Result<NewWorkbook> made = createNewWorkbook(path, co, name, demo);
    if (!made.ok())
        return fail(made.error());
    // Opened once more to report how it is stored, as any program opening it will see it.
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, made->path, true);
    if (!wb.ok())
        return fail(wb.error(), true);
    const QString mode = modeText(**wb);
    const QString file = made->path;
    const int schema = made->schemaVersion;
    const DemoSummary summary = made->demo.value_or(DemoSummary());
    if (a.flag(u"json"_s)) {
        QJsonObject o {{u"file"_s, file}, {u"schema"_s, schema}, {u"storage"_s, mode}};
        if (a.flag(u"demo"_s))
            o.insert(u"demo"_s,
                     QJsonObject {{u"people"_s, summary.people},
                                  {u"groups"_s, summary.groups},
                                  {u"customers"_s, summary.customers},
                                  {u"services"_s, summary.services},
                                  {u"tasks"_s, summary.tasks},
                                  {u"incidents"_s, summary.incidents},
                                  {u"service_requests"_s, summary.requests},
                                  {u"links"_s, summary.links},
                                  {u"problems"_s, summary.problems},
                                  {u"known_errors"_s, summary.knownErrors},
                                  {u"articles"_s, summary.articles},
                                  {u"cis"_s, summary.cis},
                                  {u"ci_relations"_s, summary.ciRelations},
                                  {u"baselines"_s, summary.baselines}});
        printJson(o);
        return ExitOk;
    }
    out() << Tr::tr("Created %1 (schema %2; %3).").arg(file).arg(schema).arg(mode) << Qt::endl;
    if (a.flag(u"demo"_s))
        out() << Tr::tr("Demo data: %1 people, %2 groups, %3 customers, %4 services, %5 tasks, "
                        "%6 incidents, %7 service requests, %8 problems, %9 known errors, %10 "
                        "knowledge articles, %11 links.")
                     .arg(summary.people)
                     .arg(summary.groups)
                     .arg(summary.customers)
                     .arg(summary.services)
                     .arg(summary.tasks)
                     .arg(summary.incidents)
                     .arg(summary.requests)
                     .arg(summary.problems)
                     .arg(summary.knownErrors)
                     .arg(summary.articles)
                     .arg(summary.links)
              << Qt::endl
              << Tr::tr("CMDB: %1 configuration items, %2 relationships, %n baseline(s).", nullptr,
                        summary.baselines)
                     .arg(summary.cis)
                     .arg(summary.ciRelations)
              << Qt::endl;
    return ExitOk;
}

int cmdCheck(const Args &a)
{
    OpenOptions options = openOptions(a);
    options.migrate = false; // a check reports what is there; it does not upgrade
    Result<std::unique_ptr<Workbook>> wb = Workbook::open(a.positional(0), options);
    if (!wb.ok())
        return fail(wb.error(), true);
    Result<CheckReport> report = IntegrityCheck::run(**wb, {}, a.flag(u"deep"_s));
    if (!report.ok())
        return fail(report.error(), true);
    if (a.has(u"verify-anchor"_s)) {
        Result<QList<CheckIssue>> extra =
            IntegrityCheck::verifyAnchor((*wb)->db(), a.value(u"verify-anchor"_s));
        if (!extra.ok())
            return fail(extra.error());
        report->issues += *extra;
    }
    const QString anchor = QString::number(report->lastSeq) + u':'
        + (report->lastHash.isEmpty() ? QString(64, u'0') : report->lastHash);
    if (a.flag(u"json"_s)) {
        QJsonArray issues;
        for (const CheckIssue &i : report->issues)
            issues.append(QJsonObject {
                {u"kind"_s, i.kind}, {u"subject"_s, i.subject}, {u"message"_s, i.message}});
        QJsonObject o {{u"file"_s, (*wb)->path()},
                       {u"healthy"_s, report->healthy()},
                       {u"records"_s, report->records},
                       {u"audit_entries"_s, report->auditEntries},
                       {u"issues"_s, issues}};
        if (a.flag(u"anchor"_s))
            o.insert(u"anchor"_s, anchor);
        printJson(o);
    } else {
        out() << Tr::tr("Checked %1: %2 records, %3 audit entries.")
                     .arg((*wb)->path(), QLocale().toString(report->records),
                          QLocale().toString(report->auditEntries))
              << "\n";
        for (const CheckIssue &i : report->issues)
            out() << "  [" << i.kind << "] " << i.message << "\n";
        if (report->healthy())
            out() << Tr::tr("No problems found.") << "\n";
        else
            out() << Tr::tr("%n problem(s) found.", nullptr, int(report->issues.size())) << "\n";
        if (a.flag(u"anchor"_s))
            out() << Tr::tr("Anchor (keep it outside the workbook; check --verify-anchor "
                            "compares): %1")
                         .arg(anchor)
                  << "\n";
        out().flush();
    }
    return report->healthy() ? ExitOk : ExitInvalid;
}

int cmdBackup(const Args &a)
{
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(0), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    if (Error e = (*wb)->backupTo(a.positional(1)); e.isError())
        return fail(e);
    const QFileInfo fi(a.positional(1));
    if (a.flag(u"json"_s)) {
        printJson(QJsonObject {{u"backup"_s, fi.absoluteFilePath()}, {u"bytes"_s, fi.size()}});
        return ExitOk;
    }
    out() << Tr::tr("Backed up %1 to %2 (%3).")
                 .arg((*wb)->path(), fi.absoluteFilePath(), QLocale().formattedDataSize(fi.size()))
          << Qt::endl;
    return ExitOk;
}

int cmdSearch(const Args &a)
{
    qint64 limit = 20;
    if (a.has(u"limit"_s) && !parseCount(a.value(u"limit"_s), 1, 100000, &limit))
        return usageError(Tr::tr("--limit expects a whole number from 1 to 100000."), {});
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(0), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    const QString type = a.value(u"type"_s);
    if (!type.isEmpty() && !RecordTypes::find(type))
        return fail(
            Error(ErrorCode::InvalidInput, Tr::tr("There is no record type \"%1\".").arg(type)));
    Result<QList<SearchHit>> hits = Search::query((*wb)->db(), a.positional(1), type, int(limit));
    if (!hits.ok())
        return fail(hits.error());
    if (a.flag(u"json"_s)) {
        QJsonArray arr;
        for (const SearchHit &h : *hits)
            arr.append(QJsonObject {{u"id"_s, h.humanId},
                                    {u"type"_s, h.type},
                                    {u"title"_s, h.title},
                                    {u"state"_s, h.state},
                                    {u"score"_s, h.score}});
        printJson(arr);
        return ExitOk;
    }
    for (const SearchHit &h : *hits)
        out() << padded(h.humanId, 10) << ' ' << padded(h.state, 12) << ' ' << h.title << "\n";
    if (hits->isEmpty())
        out() << Tr::tr("Nothing found.") << "\n";
    out().flush();
    return ExitOk;
}

int cmdSetting(const Args &a)
{
    const bool set = a.positional().size() == 3;
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(0), set);
    if (!wb.ok())
        return fail(wb.error(), true);
    if (set) {
        RecordStore store(**wb);
        if (Error e = store.setSetting(a.positional(1), a.positional(2)); e.isError())
            return fail(e);
        out() << Tr::tr("%1 is now %2; it applies from the next time the workbook is opened.")
                     .arg(a.positional(1), a.positional(2))
              << Qt::endl;
        return ExitOk;
    }
    Statement st = (*wb)->db().prepare("SELECT key, value FROM setting ORDER BY key");
    QJsonObject all;
    while (st.next()) {
        if (a.positional().size() == 2 && st.text(0) != a.positional(1))
            continue;
        all.insert(st.text(0), st.text(1));
    }
    if (st.error().isError())
        return fail(st.error());
    if (a.positional().size() == 2 && all.isEmpty())
        return fail(
            Error(ErrorCode::NotFound, Tr::tr("There is no setting \"%1\".").arg(a.positional(1))));
    if (a.flag(u"json"_s)) {
        printJson(all);
        return ExitOk;
    }
    for (auto it = all.constBegin(); it != all.constEnd(); ++it)
        out() << padded(it.key(), 22) << ' ' << it.value().toString() << "\n";
    out().flush();
    return ExitOk;
}

int cmdUser(const Args &a)
{
    const QString action = a.positional(0);
    if (action == u"list"_s) {
        if (a.positional().size() != 2)
            return usageError(Tr::tr("user list takes the workbook only."),
                              u"servicebench user list FILE"_s);
        Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), false);
        if (!wb.ok())
            return fail(wb.error(), true);
        Statement st = (*wb)->db().prepare(
            "SELECT u.login, group_concat(u.role, ','), (SELECT r.title FROM person p JOIN "
            "record r ON r.id = p.id WHERE p.login = u.login) FROM user_role u GROUP BY u.login "
            "ORDER BY u.login");
        QJsonArray arr;
        while (st.next()) {
            if (a.flag(u"json"_s)) {
                arr.append(
                    QJsonObject {{u"login"_s, st.text(0)},
                                 {u"roles"_s, QJsonArray::fromStringList(st.text(1).split(u','))},
                                 {u"name"_s, st.text(2)}});
            } else {
                QStringList labels;
                for (const QString &r : st.text(1).split(u','))
                    labels << Permissions::roleLabel(r);
                out() << padded(st.text(0), 18) << ' ' << padded(st.text(2), 20) << ' '
                      << labels.join(u", "_s) << "\n";
            }
        }
        if (st.error().isError())
            return fail(st.error());
        if (a.flag(u"json"_s))
            printJson(arr);
        out().flush();
        return ExitOk;
    }
    if (action != u"grant"_s && action != u"revoke"_s)
        return usageError(Tr::tr("Unknown user action \"%1\".").arg(action),
                          u"servicebench user list|grant|revoke FILE [LOGIN ROLE]"_s);
    if (a.positional().size() != 4)
        return usageError(Tr::tr("Missing arguments."),
                          u"servicebench user grant|revoke FILE LOGIN ROLE"_s);
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), true);
    if (!wb.ok())
        return fail(wb.error(), true);
    RecordStore store(**wb);
    const Error e = action == u"grant"_s ? store.grantRole(a.positional(2), a.positional(3))
                                         : store.revokeRole(a.positional(2), a.positional(3));
    if (e.isError())
        return fail(e);
    out() << (action == u"grant"_s ? Tr::tr("%1 now has the role %2.")
                                   : Tr::tr("%1 no longer has the role %2."))
                 .arg(a.positional(2), Permissions::roleLabel(a.positional(3)))
          << Qt::endl;
    return ExitOk;
}

} // namespace sb::cli
