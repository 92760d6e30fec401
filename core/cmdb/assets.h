#pragma once

#include "core_global.h"
#include "result.h"

#include <QDate>
#include <QList>
#include <QString>

class QIODevice;

namespace sb {

class Database;

// One licence CI: what it entitles against what uses it (CIs `licensed_by` it).
struct LicenceUsage
{
    qint64 id = 0;
    QString humanId;
    QString name;
    QString subtype; // the metric: per user, per device...
    QString state;
    qint64 entitlements = -1; // -1: none recorded
    qint64 installations = 0;
    QDate expires; // null: no end recorded
    int daysToExpiry = 0; // from the day asked about; negative once expired
    bool overUsed = false; // more installations than entitlements
    bool expiringSoon = false; // expires within the window asked about (not yet expired)
    bool expired = false;
};

// One CI whose warranty ends within the window asked about.
struct WarrantyEnd
{
    qint64 id = 0;
    QString humanId;
    QString name;
    QString ciType;
    QString subtype;
    QString state;
    QDate warrantyEnd;
    int daysLeft = 0; // from the day asked about; 0: ends that day
    QString assetTag;
    QString serialNumber;
    QString location;
    QString owner;
    QString supplier;
};

// One line of the asset register: a CI with anything financial asset management keeps.
struct AssetEntry
{
    qint64 id = 0;
    QString humanId;
    QString name;
    QString ciType;
    QString subtype;
    QString state;
    QString assetTag;
    QString serialNumber;
    QDate purchaseDate;
    double cost = -1; // -1: none recorded
    QString costCentre;
    QString supplier;
    QDate warrantyEnd;
    QString location; // the CI's own, else the location CI it is located_in
    QString owner;
    bool licence = false;
    qint64 entitlements = -1; // licences; -1: none recorded
    qint64 installations = 0; // licences
};

// Assets and licences (R-AST-1): licence use against entitlements, warranties running out,
// the asset register and its export for financial asset management. Reads only; retired and
// disposed CIs stay in the register (finance writes them off) but have no warranty to watch.
class SB_CORE_EXPORT Assets
{
public:
    explicit Assets(Database &db);

    // Every licence CI by name. A licence expiring within `expiryDays` of `today` (inclusive)
    // is expiringSoon; one whose end is before `today` is expired.
    Result<QList<LicenceUsage>> licences(const QDate &today, int expiryDays = 90);
    // CIs in use (not retired or disposed) whose warranty ends from `today` to `today +
    // withinDays`, soonest first.
    Result<QList<WarrantyEnd>> warranties(const QDate &today, int withinDays = 90);
    // CIs with an asset tag, serial number, purchase date, cost, cost centre, supplier,
    // warranty end or entitlements, and every licence; by type, then name.
    Result<QList<AssetEntry>> assetRegister();

    // The register as CSV for a finance system: UTF-8, a header line, RFC 4180 quoting, CRLF
    // line ends, dates YYYY-MM-DD, costs with a decimal point. Returns the rows written.
    Result<qint64> exportCsv(QIODevice *device);
    // Written whole or not at all: into a temporary file beside `path`, renamed over it at the
    // end, so a full disk leaves any earlier file as it was. An existing file is only replaced
    // when `overwrite`.
    Result<qint64> exportCsv(const QString &path, bool overwrite);

    // The column names of the export, in order (stable: finance systems map them).
    static QStringList exportColumns();

private:
    Database &m_db;
};

} // namespace sb
