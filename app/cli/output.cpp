#include "output.h"

#include "records/searchtext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

bool errIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

int exitCodeFor(const Error &error, bool opening)
{
    switch (error.code()) {
    case ErrorCode::Ok: return ExitOk;
    case ErrorCode::Busy:
    case ErrorCode::Locked: return ExitBusy;
    case ErrorCode::Conflict: return ExitConflict;
    case ErrorCode::PermissionDenied: return ExitPermission;
    case ErrorCode::NotAFile:
    case ErrorCode::EmptyFile:
    case ErrorCode::NotSqlite:
    case ErrorCode::NotAWorkbook:
    case ErrorCode::NewerSchema:
    case ErrorCode::NeedsUpgrade:
    case ErrorCode::CannotOpen:
    case ErrorCode::Corrupt: return ExitCannotOpen;
    case ErrorCode::ReadOnly:
    case ErrorCode::NotFound:
        return opening ? ExitCannotOpen
                       : (error.code() == ErrorCode::ReadOnly ? ExitCannotOpen : ExitInvalid);
    default: return opening ? ExitCannotOpen : ExitInvalid;
    }
}

int fail(const Error &error, bool opening)
{
    QString line = error.message();
    if (qEnvironmentVariableIsSet("SERVICEBENCH_VERBOSE") && !error.detail().isEmpty())
        line += u" ["_s + error.detail() + u']';
    err() << "servicebench: " << line.simplified() << Qt::endl;
    return exitCodeFor(error, opening);
}

int usageError(const QString &message, const QString &usage)
{
    err() << "servicebench: " << message << Qt::endl;
    if (!usage.isEmpty())
        err() << Tr::tr("Usage: %1").arg(usage) << Qt::endl;
    return ExitCannotOpen;
}

void printJson(const QJsonValue &value)
{
    QJsonDocument doc =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    out() << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
    out().flush();
}

int displayWidth(const QString &text)
{
    int w = 0;
    for (uint c : text.toUcs4())
        w += (SearchText::isCjk(char32_t(c)) || (c >= 0xFF00 && c <= 0xFF60)
              || (c >= 0x3000 && c <= 0x303F))
            ? 2
            : 1;
    return w;
}

QString padded(const QString &text, int width)
{
    // A label as wide as the column still keeps a space before its value.
    const int w = displayWidth(text);
    return w >= width ? text + u' ' : text + QString(width - w, u' ');
}

} // namespace sb::cli
