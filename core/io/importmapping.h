#pragma once

#include "core_global.h"
#include "csvreader.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>
#include <QVariant>
#include <QVariantMap>

#include <utility>

namespace sb {

struct RecordTypeDef;

// How the columns of a CSV file become the fields of one record type. Written as JSON:
//
// {
//   "type": "incident",              record type (required)
//   "description": "…",              free text for people, not read
//   "separator": ";",                "," ";" "\t" (or "tab"), any one character, or "auto"
//                                    (the default: detected from the first line)
//   "encoding": "UTF-8",             UTF-8 (default), UTF-16, UTF-16LE, UTF-16BE, Latin-1,
//                                    Windows-1252; a byte-order mark in the file wins
//   "header": true,                  false: columns are named by number, "1" the first
//   "missing": ["", "?", "#N/B"],    values that mean "no value", after trimming (default [""];
//                                    an empty text is always missing)
//   "dateFormats": ["dd/MM/yyyy HH:mm:ss", "yyyy-MM-dd"],
//                                    Qt date formats tried in order (two-digit years "yy" are
//                                    1970-2069); ISO 8601 is always tried last
//   "timeZone": "Europe/Amsterdam",  zone of times written without one (default UTC); times
//                                    are stored in UTC
//   "decimalComma": true,            numbers written 3871,69 (a '.' or space groups thousands)
//   "key": "external_id",            a unique field: a row whose key matches a record updates
//                                    it, otherwise a record is created. "title" matches by
//                                    title regardless of case (for named things such as CIs);
//                                    a title shared by several records refuses the row
//   "columns": {                     column name -> field name, or an object:
//     "Incident ID": "external_id",
//     "Priority": {"field": "priority",
//                  "map": {"5 - Very Low": "5", "n/a": null},   value -> stored value (null:
//                                                               no value); others as they are
//                  "missing": ["#MULTIVALUE"],                  more missing markers
//                  "dateFormats": ["d-M-yyyy H:mm"]}            instead of the global ones
//   },
//   "state": {"column": "Status", "map": {"Closed": "closed"}, "default": "new"},
//                                    lifecycle state of each row (default: the initial state
//                                    for new records, unchanged for updated ones); a string is
//                                    short for {"column": ...}
//   "title": {"column": "Summary", "template": "{Category} {Incident ID}"},
//                                    the title from a column, else from the template (column
//                                    names in braces); a string is short for {"column": ...}
//   "keepPriority": true,            store the file's priority as it is: required when a column
//                                    maps to "priority" of a type that also has impact and
//                                    urgency, whose priority otherwise comes from its matrix
//   "clearMissing": true,            a missing value clears the field of an updated record
//                                    (default); false leaves the field as it was
//   "existing": "keep",              what a row does to the record its key finds: "update"
//                                    (the default) or "keep" it as it is (only its links are
//                                    added), so a file naming a thing on many lines creates
//                                    it once, from the first
//   "groups": [{"CI Name": "CI Name (aff)"}, {"CI Name": "CI Name (CBy)"}],
//                                    each line holds one record per group: in a group, the
//                                    names the mapping reads stand for those columns of the
//                                    file. A group whose key (without a key: title) has no
//                                    value on a line is passed over
//   "links": [{"column": "WBS", "kind": "part_of", "to": "ci",
//              "create": {"state": "live", "values": {"ci_type": "business_service"}}}],
//                                    after each row, its record is linked (kind) to the record
//                                    of type "to" whose title the column holds (any case);
//                                    "create" makes that record when there is none, else the
//                                    link is counted as not made. A link already there stays
//   "ciTypes": [{"code": "hardware", "label": "Other hardware", "icon": "generic"}]
//                                    CI types the file needs (configuration items only):
//                                    added before the first row when the workbook lacks them
// }
//
// A column name may also be a template of several columns, "{CI Type}/{CI Subtype}": its
// value is their values put together (a missing one as nothing), for a "map" to read.
//
// Unknown entries, unknown fields, a field fed by two columns and a non-unique key are
// refused with a message that names them. Columns the mapping does not name are ignored.
struct SB_CORE_EXPORT ImportColumn
{
    QString column; // as in the header (or "1", "2", ... without one)
    QString field;
    QHash<QString, QVariant> valueMap; // a null QVariant: no value
    QStringList missing; // in addition to the mapping's
    QStringList dateFormats; // empty: the mapping's
    QList<std::pair<bool, QString>> templateParts; // a template column: (is a column, text)
};

// A link each row makes from its record to another one, found by title.
struct SB_CORE_EXPORT ImportLink
{
    QString column;
    QString kind;
    QString toType;
    bool create = false; // make the other record when no record has the title
    QString createState; // empty: the lifecycle's initial state
    QVariantMap createValues; // besides the title
};

struct SB_CORE_EXPORT ImportMapping
{
    QString type;
    QChar separator; // null: detect
    QString encoding = QStringLiteral("UTF-8");
    bool header = true;
    QStringList missing {QString()};
    QStringList dateFormats;
    QTimeZone timeZone = QTimeZone::utc();
    bool decimalComma = false;
    QString key; // empty: every row creates a record
    QList<ImportColumn> columns;
    QString stateColumn;
    QHash<QString, QString> stateMap;
    QString stateDefault;
    QString titleColumn;
    QString titleTemplate;
    QList<std::pair<bool, QString>> titleParts; // the template read: (is a column, text)
    bool keepPriority = false;
    bool clearMissing = true;
    bool keepExisting = false; // "existing": "keep"
    QList<QHash<QString, QString>> groups; // name the mapping reads -> the file's column
    QList<ImportLink> links;
    QList<QVariantMap> ciTypes; // code, label, icon, subtypes (a list of texts)

    // Reads and checks a mapping against the record type registry. The errors are
    // InvalidInput and name the entry, field or value at fault.
    static Result<ImportMapping> fromJson(const QByteArray &json);
    // A file path or a resource (":/import/bpi2014_incidents.json").
    static Result<ImportMapping> fromFile(const QString &path);

    const RecordTypeDef &recordType() const;
    CsvOptions csvOptions() const;
    // Every column the mapping reads: columns, state, title and template references.
    QStringList referencedColumns() const;

    bool isMissing(const ImportColumn *column, const QString &trimmedText) const;
};

} // namespace sb
