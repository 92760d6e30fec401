#include "assets.h"

#include "storage/database.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QIODevice>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Assets)
};

const QString LicenceType = u"licence"_s;
const QString LicensedBy = u"licensed_by"_s;
const QString LocatedIn = u"located_in"_s;
const QString Retired = u"retired"_s;
const QString Disposed = u"disposed"_s;

QDate dateOf(const Statement &st, int column)
{
    return st.isNull(column) ? QDate() : QDate::fromString(st.text(column), Qt::ISODate);
}

// RFC 4180: a field with a separator, a quote or a line break is quoted, quotes doubled.
QByteArray csvField(const QString &text)
{
    QByteArray u = text.toUtf8();
    if (!u.contains(',') && !u.contains('"') && !u.contains('\n') && !u.contains('\r'))
        return u;
    u.replace("\"", "\"\"");
    return '"' + u + '"';
}

QString isoDate(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

} // namespace

Assets::Assets(Database &db)
    : m_db(db)
{ }

Result<QList<LicenceUsage>> Assets::licences(const QDate &today, int expiryDays)
{
    // An installation counts while the CI using the licence is in use: a retired or disposed
    // machine no longer consumes an entitlement.
    Statement st = m_db.prepare(
        "SELECT r.id, r.human_id, r.title, c.subtype, r.state, c.licence_entitlements, "
        "c.licence_expires, (SELECT count(*) FROM link l JOIN record u ON u.id = l.from_id "
        "WHERE l.to_id = r.id AND l.kind = ?2 AND u.state NOT IN (?3, ?4)) "
        "FROM ci c JOIN record r ON r.id = c.id WHERE c.ci_type = ?1 "
        "ORDER BY r.title COLLATE NOCASE, r.id");
    st.bind(1, LicenceType).bind(2, LicensedBy).bind(3, Retired).bind(4, Disposed);
    QList<LicenceUsage> out;
    while (st.next()) {
        LicenceUsage l;
        l.id = st.int64(0);
        l.humanId = st.text(1);
        l.name = st.text(2);
        l.subtype = st.text(3);
        l.state = st.text(4);
        l.entitlements = st.isNull(5) ? -1 : st.int64(5);
        l.expires = dateOf(st, 6);
        l.installations = st.int64(7);
        l.overUsed = l.entitlements >= 0 && l.installations > l.entitlements;
        if (l.expires.isValid() && today.isValid()) {
            l.daysToExpiry = int(today.daysTo(l.expires));
            l.expired = l.daysToExpiry < 0;
            l.expiringSoon = !l.expired && l.daysToExpiry <= expiryDays;
        }
        out.append(l);
    }
    if (st.error().isError())
        return st.error();
    return out;
}

Result<QList<WarrantyEnd>> Assets::warranties(const QDate &today, int withinDays)
{
    if (!today.isValid() || withinDays < 0)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("Warranties are looked for from a valid day over zero or more days."));
    // Dates are stored YYYY-MM-DD, so they compare as text (and the index on warranty_end
    // serves the range).
    Statement st = m_db.prepare(
        "SELECT r.id, r.human_id, r.title, c.ci_type, c.subtype, r.state, c.warranty_end, "
        "c.asset_tag, c.serial_number, COALESCE(c.location, (SELECT lr.title FROM link l JOIN "
        "record lr ON lr.id = l.to_id WHERE l.from_id = r.id AND l.kind = ?5 ORDER BY lr.title "
        "LIMIT 1)), r.owner, c.supplier "
        "FROM ci c JOIN record r ON r.id = c.id WHERE c.warranty_end >= ?1 AND c.warranty_end "
        "<= ?2 AND r.state NOT IN (?3, ?4) ORDER BY c.warranty_end, r.title COLLATE NOCASE, r.id");
    st.bind(1, isoDate(today)).bind(2, isoDate(today.addDays(withinDays)));
    st.bind(3, Retired).bind(4, Disposed).bind(5, LocatedIn);
    QList<WarrantyEnd> out;
    while (st.next()) {
        WarrantyEnd w;
        w.id = st.int64(0);
        w.humanId = st.text(1);
        w.name = st.text(2);
        w.ciType = st.text(3);
        w.subtype = st.text(4);
        w.state = st.text(5);
        w.warrantyEnd = dateOf(st, 6);
        w.daysLeft = int(today.daysTo(w.warrantyEnd));
        w.assetTag = st.text(7);
        w.serialNumber = st.text(8);
        w.location = st.text(9);
        w.owner = st.text(10);
        w.supplier = st.text(11);
        out.append(w);
    }
    if (st.error().isError())
        return st.error();
    return out;
}

Result<QList<AssetEntry>> Assets::assetRegister()
{
    Statement st = m_db.prepare(
        "SELECT r.id, r.human_id, r.title, c.ci_type, c.subtype, r.state, c.asset_tag, "
        "c.serial_number, c.purchase_date, c.cost, c.cost_centre, c.supplier, c.warranty_end, "
        "COALESCE(c.location, (SELECT lr.title FROM link l JOIN record lr ON lr.id = l.to_id "
        "WHERE l.from_id = r.id AND l.kind = ?2 ORDER BY lr.title LIMIT 1)), r.owner, "
        "c.licence_entitlements, CASE WHEN c.ci_type = ?1 THEN (SELECT count(*) FROM link l JOIN "
        "record u ON u.id = l.from_id WHERE l.to_id = r.id AND l.kind = ?3 AND u.state NOT IN "
        "(?4, ?5)) ELSE 0 END "
        "FROM ci c JOIN record r ON r.id = c.id WHERE c.ci_type = ?1 OR c.asset_tag IS NOT NULL "
        "OR c.serial_number IS NOT NULL OR c.purchase_date IS NOT NULL OR c.cost IS NOT NULL OR "
        "c.cost_centre IS NOT NULL OR c.supplier IS NOT NULL OR c.warranty_end IS NOT NULL OR "
        "c.licence_entitlements IS NOT NULL "
        "ORDER BY c.ci_type, r.title COLLATE NOCASE, r.id");
    st.bind(1, LicenceType).bind(2, LocatedIn).bind(3, LicensedBy);
    st.bind(4, Retired).bind(5, Disposed);
    QList<AssetEntry> out;
    while (st.next()) {
        AssetEntry a;
        a.id = st.int64(0);
        a.humanId = st.text(1);
        a.name = st.text(2);
        a.ciType = st.text(3);
        a.subtype = st.text(4);
        a.state = st.text(5);
        a.assetTag = st.text(6);
        a.serialNumber = st.text(7);
        a.purchaseDate = dateOf(st, 8);
        a.cost = st.isNull(9) ? -1 : st.real(9);
        a.costCentre = st.text(10);
        a.supplier = st.text(11);
        a.warrantyEnd = dateOf(st, 12);
        a.location = st.text(13);
        a.owner = st.text(14);
        a.licence = a.ciType == LicenceType;
        a.entitlements = st.isNull(15) ? -1 : st.int64(15);
        a.installations = st.int64(16);
        out.append(a);
    }
    if (st.error().isError())
        return st.error();
    return out;
}

QStringList Assets::exportColumns()
{
    return {u"human_id"_s,
            u"name"_s,
            u"ci_type"_s,
            u"subtype"_s,
            u"state"_s,
            u"asset_tag"_s,
            u"serial_number"_s,
            u"purchase_date"_s,
            u"cost"_s,
            u"cost_centre"_s,
            u"supplier"_s,
            u"warranty_end"_s,
            u"location"_s,
            u"owner"_s,
            u"licence_entitlements"_s,
            u"licence_installations"_s};
}

Result<qint64> Assets::exportCsv(QIODevice *device)
{
    Result<QList<AssetEntry>> entries = assetRegister();
    if (!entries.ok())
        return entries.error();
    auto writeError = [device] {
        return Error(
            ErrorCode::Io,
            Tr::tr("The asset export could not be written: %1").arg(device->errorString()));
    };
    QByteArray header;
    for (const QString &c : exportColumns())
        header += (header.isEmpty() ? "" : ",") + c.toUtf8();
    if (device->write(header + "\r\n") < 0)
        return writeError();
    for (const AssetEntry &a : std::as_const(*entries)) {
        const QStringList fields {a.humanId,
                                  a.name,
                                  a.ciType,
                                  a.subtype,
                                  a.state,
                                  a.assetTag,
                                  a.serialNumber,
                                  isoDate(a.purchaseDate),
                                  a.cost < 0 ? QString() : QString::number(a.cost, 'f', 2),
                                  a.costCentre,
                                  a.supplier,
                                  isoDate(a.warrantyEnd),
                                  a.location,
                                  a.owner,
                                  a.licence && a.entitlements >= 0 ? QString::number(a.entitlements)
                                                                   : QString(),
                                  a.licence ? QString::number(a.installations) : QString()};
        QByteArray line;
        for (qsizetype i = 0; i < fields.size(); ++i)
            line += (i == 0 ? "" : ",") + csvField(fields[i]);
        if (device->write(line + "\r\n") < 0)
            return writeError();
    }
    return qint64(entries->size());
}

Result<qint64> Assets::exportCsv(const QString &path, bool overwrite)
{
    const QFileInfo info(path);
    if (info.exists() && !overwrite)
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 already exists; it is only replaced when asked to.").arg(path));
    if (info.exists() && !info.isFile())
        return Error(ErrorCode::NotAFile, Tr::tr("%1 is not a file.").arg(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error(ErrorCode::Io,
                     Tr::tr("%1 cannot be written: %2").arg(path, file.errorString()));
    Result<qint64> rows = exportCsv(&file);
    if (!rows.ok()) {
        file.cancelWriting();
        return rows.error();
    }
    // The data reaches the disk (and a full one says so) only here.
    if (!file.commit())
        return Error(ErrorCode::Io,
                     Tr::tr("%1 could not be written, and is as it was before: %2")
                         .arg(path, file.errorString()));
    return rows;
}

} // namespace sb
