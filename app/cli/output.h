#pragma once

#include "error.h"

#include <QJsonValue>
#include <QString>
#include <QTextStream>

namespace sb::cli {

// Exit codes of the command line (a public interface: scripts depend on them).
enum ExitCode {
    ExitOk = 0,
    ExitInvalid = 1, // invalid input, or problems found
    ExitCannotOpen = 2, // usage error, or the workbook cannot be opened
    ExitConflict = 3, // stale version
    ExitPermission = 4,
    ExitBusy = 5, // still busy after retries
};

QTextStream &out();
QTextStream &err();
// Whether stderr is a terminal: progress that redraws its line is only for people watching.
bool errIsTerminal();

// One line on stderr, and the exit code for the error. `opening` marks errors from opening
// the workbook, which exit with 2 unless the file is merely busy.
int fail(const Error &error, bool opening = false);
int usageError(const QString &message, const QString &usage);
int exitCodeFor(const Error &error, bool opening);

void printJson(const QJsonValue &value);
// Pads to a display width, counting CJK characters as two columns.
QString padded(const QString &text, int width);
int displayWidth(const QString &text);

} // namespace sb::cli
