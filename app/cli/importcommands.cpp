#include "cli.h"
#include "output.h"

#include "io/csvimport.h"
#include "io/csvreader.h"
#include "io/importmapping.h"
#include "records/recordtypes.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr const char importUsage[] =
    "servicebench import FILE TYPE CSVFILE [--mapping MAPPING.json|bpi2014-incidents|"
    "bpi2014-cis|bpi2014-cis-changes] [--dry-run] [--json]";

// Mappings that ship with the program, by name.
QString builtInMapping(const QString &name)
{
    if (name == u"bpi2014-incidents"_s)
        return u":/import/bpi2014_incidents.json"_s;
    if (name == u"bpi2014-cis"_s)
        return u":/import/bpi2014_cis.json"_s;
    if (name == u"bpi2014-cis-changes"_s)
        return u":/import/bpi2014_cis_changes.json"_s;
    return {};
}

// Without a mapping, columns named like the type's fields go to those fields; "state" sets
// the state and "external_id" (when the type has it) is the key.
Result<ImportMapping> mappingFromHeader(const QString &type, const QString &csvPath)
{
    const RecordTypeDef *def = RecordTypes::find(type);
    if (!def)
        return Error(ErrorCode::InvalidInput, Tr::tr("There is no record type \"%1\".").arg(type));
    QFile f(csvPath);
    if (!f.open(QIODevice::ReadOnly))
        return Error(ErrorCode::NotFound,
                     Tr::tr("Cannot read %1: %2").arg(csvPath, f.errorString()));
    CsvReader reader(&f);
    CsvRow header;
    if (!reader.next(&header))
        return reader.error().isError()
            ? reader.error()
            : Error(ErrorCode::InvalidInput, Tr::tr("%1 is empty.").arg(csvPath));
    QJsonObject columns;
    QJsonObject mapping {{u"type"_s, type}};
    bool hasTitle = false;
    for (const QString &raw : std::as_const(header.fields)) {
        const QString c = raw.trimmed();
        if (c == u"title"_s) {
            hasTitle = true;
            mapping.insert(u"title"_s, QJsonObject {{u"column"_s, c}});
        } else if (c == u"state"_s) {
            mapping.insert(u"state"_s, QJsonObject {{u"column"_s, c}});
        } else if (def->field(c)) {
            columns.insert(raw, c);
            if (c == u"priority"_s)
                mapping.insert(u"keepPriority"_s, true);
            if (c == u"external_id"_s)
                mapping.insert(u"key"_s, c);
        }
    }
    if (!hasTitle)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 has no \"title\" column; name the columns after the fields of "
                            "%2 records, or give a mapping with --mapping.")
                         .arg(csvPath, def->displayLabel()));
    mapping.insert(u"separator"_s, QString(reader.separator()));
    mapping.insert(u"columns"_s, columns);
    return ImportMapping::fromJson(QJsonDocument(mapping).toJson());
}
} // namespace

int cmdImport(const Args &a)
{
    const QString type = a.positional(1);
    const QString csv = a.positional(2);
    if (!QFileInfo(csv).isFile())
        return usageError(Tr::tr("%1 is not a file.").arg(csv), QString::fromUtf8(importUsage));
    const QString given = a.value(u"mapping"_s);
    const QString builtIn = builtInMapping(given);
    Result<ImportMapping> mapping = !a.has(u"mapping"_s)
        ? mappingFromHeader(type, csv)
        : ImportMapping::fromFile(builtIn.isEmpty() ? given : builtIn);
    if (!mapping.ok())
        return fail(mapping.error());
    if (mapping->type != type)
        return fail(
            Error(ErrorCode::InvalidInput,
                  Tr::tr("The mapping is for %1 records, not for %2.").arg(mapping->type, type)));
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(0), true);
    if (!wb.ok())
        return fail(wb.error(), true);

    ImportOptions options;
    options.dryRun = a.flag(u"dry-run"_s);
    const bool json = a.flag(u"json"_s);
    const bool interactive = !json && qEnvironmentVariableIsEmpty("CI") && errIsTerminal();
    if (interactive) {
        options.progressInterval = 5000;
        options.progress = [](const ImportProgress &p) {
            err() << "\r" << Tr::tr("%1 rows read, %2 saved").arg(p.rows).arg(p.savedRows);
            err().flush();
        };
    }
    const ImportSummary s = CsvImport::run(**wb, *mapping, csv, options);
    if (interactive)
        err() << "\r" << QString(60, u' ') << "\r";
    if (json) {
        printJson(s.toJson());
    } else {
        out() << s.describe() << "\n";
        const int shown = int(qMin<qsizetype>(s.issues.size(), 20));
        for (int i = 0; i < shown; ++i)
            out() << "  " << s.issues[i].message << "\n";
        if (s.issues.size() > shown)
            out() << "  "
                  << Tr::tr("... and %n more (see --json).", nullptr, int(s.skipped - shown))
                  << "\n";
        out().flush();
    }
    if (!s.complete())
        return json ? exitCodeFor(s.error, false) : fail(s.error);
    return s.skipped > 0 ? ExitInvalid : ExitOk;
}

} // namespace sb::cli
