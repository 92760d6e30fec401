#include "cli.h"
#include "output.h"

#include "clock.h"
#include "cmdb/assets.h"
#include "storage/workbook.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace sb::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

constexpr const char assetUsage[] = "servicebench asset licences FILE [--days N] [--json]\n"
                                    "servicebench asset warranties FILE [--days N] [--json]\n"
                                    "servicebench asset export FILE OUT.csv [--force] [--json]";

int usage(const QString &message)
{
    return usageError(message, QString::fromUtf8(assetUsage));
}

QString cell(const QString &text, int width)
{
    return displayWidth(text) >= width ? text + u' ' : padded(text, width);
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue dateOrNull(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

QString licenceStatus(const LicenceUsage &l)
{
    QStringList out;
    if (l.overUsed)
        out << Tr::tr("over-used by %1").arg(l.installations - l.entitlements);
    if (l.expired)
        out << Tr::tr("expired %n day(s) ago", nullptr, -l.daysToExpiry);
    else if (l.expiringSoon)
        out << Tr::tr("expires in %n day(s)", nullptr, l.daysToExpiry);
    return out.isEmpty() ? Tr::tr("ok") : out.join(u"; "_s);
}

int licences(const Args &a, Workbook &wb, int days)
{
    const QDate today = currentUtc().date();
    Result<QList<LicenceUsage>> list = Assets(wb.db()).licences(today, days);
    if (!list.ok())
        return fail(list.error());
    int problems = 0;
    for (const LicenceUsage &l : std::as_const(*list))
        problems += l.overUsed || l.expired ? 1 : 0;
    if (a.flag(u"json"_s)) {
        QJsonArray rows;
        for (const LicenceUsage &l : std::as_const(*list))
            rows.append(QJsonObject {
                {u"id"_s, l.humanId},
                {u"name"_s, l.name},
                {u"metric"_s, textOrNull(l.subtype)},
                {u"state"_s, l.state},
                {u"entitlements"_s, l.entitlements < 0 ? QJsonValue() : QJsonValue(l.entitlements)},
                {u"installations"_s, l.installations},
                {u"expires"_s, dateOrNull(l.expires)},
                {u"daysToExpiry"_s,
                 l.expires.isValid() ? QJsonValue(l.daysToExpiry) : QJsonValue()},
                {u"overUsed"_s, l.overUsed},
                {u"expiringSoon"_s, l.expiringSoon},
                {u"expired"_s, l.expired}});
        printJson(QJsonObject {{u"today"_s, today.toString(Qt::ISODate)},
                               {u"expiryDays"_s, days},
                               {u"licences"_s, rows}});
        return problems > 0 ? ExitInvalid : ExitOk;
    }
    if (list->isEmpty()) {
        out() << Tr::tr("The CMDB holds no licences.") << Qt::endl;
        return ExitOk;
    }
    QTextStream &o = out();
    o << cell(Tr::tr("ID"), 10) << cell(Tr::tr("Licence"), 34) << cell(Tr::tr("Entitled"), 10)
      << cell(Tr::tr("Installed"), 11) << cell(Tr::tr("Expires"), 12) << Tr::tr("Status") << "\n";
    for (const LicenceUsage &l : std::as_const(*list))
        o << cell(l.humanId, 10) << cell(l.name, 34)
          << cell(l.entitlements < 0 ? u"-"_s : QString::number(l.entitlements), 10)
          << cell(QString::number(l.installations), 11)
          << cell(l.expires.isValid() ? l.expires.toString(Qt::ISODate) : u"-"_s, 12)
          << licenceStatus(l) << "\n";
    o << Tr::tr("%n licence(s); %1 over-used or expired.", nullptr, int(list->size())).arg(problems)
      << Qt::endl;
    return problems > 0 ? ExitInvalid : ExitOk;
}

int warranties(const Args &a, Workbook &wb, int days)
{
    const QDate today = currentUtc().date();
    Result<QList<WarrantyEnd>> list = Assets(wb.db()).warranties(today, days);
    if (!list.ok())
        return fail(list.error());
    if (a.flag(u"json"_s)) {
        QJsonArray rows;
        for (const WarrantyEnd &w : std::as_const(*list))
            rows.append(QJsonObject {{u"id"_s, w.humanId},
                                     {u"name"_s, w.name},
                                     {u"ciType"_s, w.ciType},
                                     {u"subtype"_s, textOrNull(w.subtype)},
                                     {u"state"_s, w.state},
                                     {u"warrantyEnd"_s, dateOrNull(w.warrantyEnd)},
                                     {u"daysLeft"_s, w.daysLeft},
                                     {u"assetTag"_s, textOrNull(w.assetTag)},
                                     {u"serialNumber"_s, textOrNull(w.serialNumber)},
                                     {u"supplier"_s, textOrNull(w.supplier)},
                                     {u"location"_s, textOrNull(w.location)},
                                     {u"owner"_s, textOrNull(w.owner)}});
        printJson(QJsonObject {
            {u"today"_s, today.toString(Qt::ISODate)}, {u"days"_s, days}, {u"warranties"_s, rows}});
        return ExitOk;
    }
    if (list->isEmpty()) {
        out() << Tr::tr("No warranty ends within %n day(s).", nullptr, days) << Qt::endl;
        return ExitOk;
    }
    QTextStream &o = out();
    o << cell(Tr::tr("ID"), 10) << cell(Tr::tr("CI"), 30) << cell(Tr::tr("Warranty end"), 14)
      << cell(Tr::tr("Days left"), 11) << cell(Tr::tr("Asset tag"), 14) << Tr::tr("Location")
      << "\n";
    for (const WarrantyEnd &w : std::as_const(*list))
        o << cell(w.humanId, 10) << cell(w.name, 30)
          << cell(w.warrantyEnd.toString(Qt::ISODate), 14) << cell(QString::number(w.daysLeft), 11)
          << cell(w.assetTag.isEmpty() ? u"-"_s : w.assetTag, 14)
          << (w.location.isEmpty() ? u"-"_s : w.location) << "\n";
    o << Tr::tr("%n warranty(ies) end within %1.", nullptr, int(list->size()))
             .arg(Tr::tr("%n day(s)", nullptr, days))
      << Qt::endl;
    return ExitOk;
}

int exportAssets(const Args &a, Workbook &wb)
{
    const QString path = a.positional(2);
    const bool force = a.flag(u"force"_s);
    if (QFileInfo::exists(path) && !force)
        return fail(Error(ErrorCode::InvalidInput,
                          Tr::tr("%1 already exists; give --force to replace it.").arg(path)));
    Result<qint64> rows = Assets(wb.db()).exportCsv(path, force);
    if (!rows.ok())
        return fail(rows.error());
    if (a.flag(u"json"_s))
        printJson(QJsonObject {{u"file"_s, path}, {u"assets"_s, *rows}});
    else
        out() << Tr::tr("Wrote %n asset(s) to %1.", nullptr, int(*rows)).arg(path) << Qt::endl;
    return ExitOk;
}

} // namespace

int cmdAsset(const Args &a)
{
    const QString action = a.positional(0);
    QString problem;
    if (!findAction(a, {{"licences", 2, 2}, {"warranties", 2, 2}, {"export", 3, 3}},
                    Tr::tr("Unknown asset action \"%1\".").arg(action), &problem))
        return usage(problem);
    const bool exporting = action == u"export"_s;
    if (exporting && a.has(u"days"_s))
        return usage(Tr::tr("--days goes with licences and warranties, not with export."));
    if (!exporting && a.flag(u"force"_s))
        return usage(Tr::tr("--force goes with export."));
    int days = 90;
    if (a.has(u"days"_s)) {
        bool ok = false;
        days = a.value(u"days"_s).trimmed().toInt(&ok);
        if (!ok || days < 0 || days > 36500)
            return usage(Tr::tr("--days expects a whole number from 0 to 36500, not \"%1\".")
                             .arg(a.value(u"days"_s)));
    }
    Result<std::unique_ptr<Workbook>> wb = openWorkbook(a, a.positional(1), false);
    if (!wb.ok())
        return fail(wb.error(), true);
    if (action == u"licences"_s)
        return licences(a, **wb, days);
    if (action == u"warranties"_s)
        return warranties(a, **wb, days);
    return exportAssets(a, **wb);
}

} // namespace sb::cli
