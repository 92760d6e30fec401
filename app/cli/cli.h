#pragma once

#include "args.h"
#include "result.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace sb {
class Workbook;
struct OpenOptions;
} // namespace sb

namespace sb::cli {

// True when the arguments (without the program name) ask for the command line rather than
// the desktop program: a subcommand, --help or --version.
bool isCliInvocation(const QStringList &args);
int run(const QStringList &args);

struct Command
{
    const char *name;
    const char *usage; // untranslated synopsis
    const char *summary; // translated in the "Cli" context
    QStringList valued;
    QStringList flags;
    int (*run)(const Args &args);
    int minPositional;
    int maxPositional;
};

// The options every command shares (--user, --wait).
sb::OpenOptions openOptions(const Args &args);
// Opens the workbook named on the command line. Errors are printed by the caller with fail().
Result<std::unique_ptr<Workbook>> openWorkbook(const Args &args, const QString &path, bool write);

// Command implementations.
int cmdInit(const Args &args);
int cmdCheck(const Args &args);
int cmdBackup(const Args &args);
int cmdSearch(const Args &args);
int cmdUser(const Args &args);
int cmdSetting(const Args &args);
int cmdRecord(const Args &args);
int cmdSla(const Args &args);
int cmdCategories(const Args &args);
int cmdStats(const Args &args);
int cmdTicket(const Args &args);
int cmdProblem(const Args &args);
int cmdImport(const Args &args);
int cmdAsset(const Args &args);
int cmdImpact(const Args &args);
int cmdBaseline(const Args &args);
int cmdCmdb(const Args &args);

QString versionText();

} // namespace sb::cli
