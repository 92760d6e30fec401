#include "migrations.h"

#include "database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workbook)
};
} // namespace

QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> out;
        const QDir dir(u":/servicebench/sql"_s);
        static const QRegularExpression re(u"^(\\d{4})_[a-z0-9_]+\\.sql$"_s);
        const QStringList files = dir.entryList({u"*.sql"_s}, QDir::Files, QDir::Name);
        for (const QString &name : files) {
            const auto m = re.match(name);
            if (!m.hasMatch())
                continue;
            out.append({m.captured(1).toInt(), dir.filePath(name)});
        }
        std::sort(out.begin(), out.end(),
                  [](const Migration &a, const Migration &b) { return a.version < b.version; });
        return out;
    }();
    return list;
}

int latestSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Error applyMigrations(Database &db, int from, int to)
{
    if (db.transactionDepth() == 0)
        return Error(ErrorCode::Internal, u"migrations must run inside a transaction"_s);
    for (const Migration &m : migrations()) {
        if (m.version <= from || m.version > to)
            continue;
        QFile f(m.resource);
        if (!f.open(QIODevice::ReadOnly))
            return Error(
                ErrorCode::Internal,
                Tr::tr("The upgrade script for schema version %1 is missing.").arg(m.version));
        const QByteArray sql = f.readAll();
        if (Error e = db.exec(sql); e.isError())
            return Error(e.code(),
                         Tr::tr("Upgrading the workbook to schema version %1 failed; it was "
                                "left as it was.")
                             .arg(m.version),
                         e.fullText());
    }
    // PRAGMA takes no bound parameters; the value is our own integer.
    const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(to);
    return db.exec(pragma);
}

} // namespace sb
