// A second process for the fault and concurrency tests.
//   writer-loop FILE            create tasks until killed; print "ACK <id>" after each commit
//   create FILE N TAG           create N tasks, one transaction each; print "DONE <n>"
//   open-report FILE            open and print how it went, as one JSON line
#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

using namespace sb;

namespace {

int writerLoop(const QString &file)
{
    OpenOptions o;
    o.writeBudgetMs = 60000;
    Result<std::unique_ptr<Workbook>> wb = Workbook::open(file, o);
    if (!wb.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(wb.error().fullText()));
        return 2;
    }
    RecordStore store(**wb);
    for (int i = 1;; ++i) {
        Result<RecordRef> r =
            store.create(QStringLiteral("task"),
                         {{QStringLiteral("title"), QStringLiteral("loop write %1").arg(i)},
                          {QStringLiteral("description"), QString(200, QLatin1Char('x'))}});
        if (!r.ok()) {
            std::fprintf(stderr, "create: %s\n", qPrintable(r.error().fullText()));
            return 1;
        }
        // Only now is the record acknowledged: the commit has returned.
        std::printf("ACK %s\n", qPrintable(r->humanId));
        std::fflush(stdout);
    }
}

int createMany(const QString &file, int n, const QString &tag)
{
    OpenOptions o;
    o.writeBudgetMs = 60000;
    Result<std::unique_ptr<Workbook>> wb = Workbook::open(file, o);
    if (!wb.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(wb.error().fullText()));
        return 2;
    }
    RecordStore store(**wb);
    for (int i = 0; i < n; ++i) {
        Result<RecordRef> r = store.create(QStringLiteral("task"),
                                           {{QStringLiteral("title"), tag + QString::number(i)}});
        if (!r.ok()) {
            std::fprintf(stderr, "create: %s\n", qPrintable(r.error().fullText()));
            return 1;
        }
    }
    std::printf("DONE %d\n", n);
    return 0;
}

int openReport(const QString &file)
{
    Result<std::unique_ptr<Workbook>> wb = Workbook::open(file);
    QJsonObject o;
    o.insert(QStringLiteral("ok"), wb.ok());
    if (!wb.ok()) {
        o.insert(QStringLiteral("code"), Error::codeName(wb.error().code()));
        o.insert(QStringLiteral("message"), wb.error().message());
    } else {
        o.insert(QStringLiteral("readOnly"), (*wb)->isReadOnly());
        o.insert(QStringLiteral("reason"), (*wb)->readOnlyReason());
        RecordStore store(**wb);
        Result<RecordRef> r =
            store.create(QStringLiteral("task"), {{QStringLiteral("title"), QStringLiteral("x")}});
        o.insert(QStringLiteral("writeCode"),
                 r.ok() ? QStringLiteral("ok") : Error::codeName(r.error().code()));
    }
    std::printf("%s\n", QJsonDocument(o).toJson(QJsonDocument::Compact).constData());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList a = app.arguments();
    if (a.size() >= 3 && a[1] == QLatin1String("writer-loop"))
        return writerLoop(a[2]);
    if (a.size() >= 5 && a[1] == QLatin1String("create"))
        return createMany(a[2], a[3].toInt(), a[4]);
    if (a.size() >= 3 && a[1] == QLatin1String("open-report"))
        return openReport(a[2]);
    std::fprintf(stderr, "usage: sb-testhelper writer-loop|create|open-report ...\n");
    return 2;
}
