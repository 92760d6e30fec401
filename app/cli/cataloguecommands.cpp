#include "cli.h"
#include "output.h"

#include "incident/catalogue.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};
} // namespace

int cmdCategories(const Args &a)
{
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(0), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    Catalogue catalogue(**wb);
    Result<QList<IncidentCategory>> all = catalogue.categories();
    if (!all.ok())
        return fail(all.error());
    if (a.flag(u"json"_s)) {
        // Flat, in tree order: each category after its parent, with the path a script can
        // match on without rebuilding the tree.
        QJsonArray list;
        QHash<qint64, QString> paths;
        for (const IncidentCategory &c : std::as_const(*all)) {
            const QString path =
                c.parentId == 0 ? c.name : paths.value(c.parentId) + u" / "_s + c.name;
            paths.insert(c.id, path);
            list.append(QJsonObject {{u"id"_s, c.id},
                                     {u"parent_id"_s, c.parentId == 0 ? QJsonValue() : c.parentId},
                                     {u"name"_s, c.name},
                                     {u"path"_s, path},
                                     {u"depth"_s, c.depth}});
        }
        printJson(list);
        return ExitOk;
    }
    if (all->isEmpty()) {
        out() << Tr::tr("The workbook has no incident categories.") << Qt::endl;
        return ExitOk;
    }
    QTextStream &o = out();
    for (const IncidentCategory &c : std::as_const(*all))
        o << QString(c.depth * 2, u' ') << c.name << "\n";
    o.flush();
    return ExitOk;
}

} // namespace sb::cli
