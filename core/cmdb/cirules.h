#pragma once

#include "core_global.h"
#include "error.h"

#include <QString>
#include <QVariantMap>

namespace sb {

class Database;
struct Record;
struct RecordTypeDef;

// What configuration items check on every write, beyond their fields and lifecycle.
// RecordStore calls beforeWrite() after the values are checked and before anything is written.
//
// The CI type must be one the workbook defines (ci_type); the name (the record's title) is
// unique within its type, case-insensitive; `attributes` is a JSON object whose keys are the
// type's attributes and whose values fit their kinds (numbers, YYYY-MM-DD dates, one of the
// choices, the human ID of a record of the referenced type). It is stored in one canonical form
// (compact, keys sorted, references upper-case), so the audit trail shows a change only when a
// value changed. Required attributes must have a value. A value for an attribute the type no
// longer defines may stay as it is (nothing is lost when an attribute is removed) but cannot be
// changed, only cleared.
class SB_CORE_EXPORT CiRules
{
public:
    static bool appliesTo(const QString &type);

    static Error beforeWrite(Database &db, const RecordTypeDef &def, const Record *current,
                             QVariantMap *changes);

    // A relationship between two records, at least one a CI: when `kind` is a CI relationship
    // type, the CI types of its ends must be ones it joins.
    static Error checkRelation(Database &db, const QString &kind, const Record &from,
                               const Record &to);
};

} // namespace sb
