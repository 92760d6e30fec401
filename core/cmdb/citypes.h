#pragma once

#include "core_global.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class QJsonObject;
class QJsonValue;

namespace sb {

class Database;
class Workbook;
class WriteTransaction;

// One typed attribute of a CI type. Values live in the CI's `attributes` JSON object under
// `name`: text and choice as strings, number as a JSON number, date as "YYYY-MM-DD", reference
// as the human ID of a record of type refType.
struct SB_CORE_EXPORT CiAttributeDef
{
    enum class Kind { Text, Number, Date, Choice, Reference };

    QString ciType;
    QString name; // [a-z][a-z0-9_]*, at most 40 characters
    QString label; // as stored; displayLabel() translates the shipped ones
    Kind kind = Kind::Text;
    QStringList choices; // Choice
    QString refType; // Reference: a record type ("ci", "person", "service"...)
    bool required = false;
    int position = 0;
    bool builtin = false;

    QString displayLabel() const;
    static QString kindCode(Kind kind);
    static bool kindFromCode(const QString &code, Kind *kind);
    static QString kindLabel(Kind kind);
};

// A CI type: what kind of thing a CI is, with the subtypes offered for it and its attributes.
struct SB_CORE_EXPORT CiTypeDef
{
    QString code; // [a-z][a-z0-9_]*
    QString label;
    QString icon; // one of CiTypes::icons()
    QStringList subtypes; // suggestions, not a closed list
    int position = 0;
    bool builtin = false;
    QList<CiAttributeDef> attributes; // in position order

    QString displayLabel() const;
    const CiAttributeDef *attribute(QStringView name) const;
};

// A kind of relationship between CIs (a link kind with CMDB rules): which CI types each end
// may have and which way a failure travels along it (see 0009_cmdb.sql).
struct SB_CORE_EXPORT CiRelationType
{
    enum class Impact { Reverse, Forward, Both };

    QString kind;
    QString forwardLabel; // translated
    QString reverseLabel; // translated
    Impact impact = Impact::Reverse;
    QStringList fromCiTypes; // empty: any
    QStringList toCiTypes; // empty: any
    int position = 0;
    bool builtin = false; // shipped: its code and labels stay

    bool allows(const QString &fromCiType, const QString &toCiType) const;
    static QString impactCode(Impact impact);
    static QString impactLabel(Impact impact);
};

// One attribute whose value differs between two forms of a CI's attributes (JSON objects, as
// the audit trail keeps them): what the history shows one line each for.
struct SB_CORE_EXPORT CiAttributeChange
{
    QString name;
    QString label; // the attribute's label for the CI's type, else its name
    QString before; // empty: no value
    QString after;

    // In the order of the type's attributes, then any others by name.
    static QList<CiAttributeChange> between(const QList<CiTypeDef> &types, const QString &ciType,
                                            const QString &beforeJson, const QString &afterJson);
    static QList<CiAttributeChange> between(const QList<CiTypeDef> &types, const QString &ciType,
                                            const QJsonObject &before, const QJsonObject &after);
    // An attribute value as text: numbers without a trailing ".0".
    static QString text(const QJsonValue &value);
};

// The CI types, their attributes and the relationship types, as the workbook keeps them.
// Users add types and attributes: each change is one write transaction (nested in the
// caller's, if any) with an audit entry about the workbook, and needs a configuration manager
// or an administrator. A type in use cannot be removed; a removed attribute leaves the values
// CIs hold untouched (nothing is lost), they are shown as no longer defined.
class SB_CORE_EXPORT CiTypes
{
public:
    explicit CiTypes(Workbook &workbook);

    // Sorted by position.
    Result<QList<CiTypeDef>> types();
    Result<CiTypeDef> type(const QString &code);
    Result<QList<CiRelationType>> relationTypes();
    // How many CIs have this type.
    Result<qint64> usage(const QString &code);

    // Adds a type, or changes the one with the same code (label, icon, subtypes, position; not
    // its attributes, which have their own calls).
    Error saveType(const CiTypeDef &type);
    Error removeType(const QString &code);
    // Adds an attribute, or changes the one with the same type and name. Changing the kind of
    // an attribute CIs already hold values for is refused when a value would not fit.
    Error saveAttribute(const CiAttributeDef &attribute);
    Error removeAttribute(const QString &ciType, const QString &name);

    // How many relationships of each relationship kind there are (kinds without any left out),
    // counted in one pass over the links.
    Result<QHash<QString, qint64>> relationUsage();
    // Adds a relationship type, or changes the one of the same kind: which way a failure
    // travels and the CI types each end may have (empty: any), and the labels of the users'
    // own kinds (shipped ones keep theirs, translated). Narrowing the CI types is refused
    // while relationships of the kind join types it would no longer allow.
    Error saveRelationType(const CiRelationType &type);
    // Only the users' own kinds, and only while no relationship has the kind.
    Error removeRelationType(const QString &kind);

    // The type of that code in `types`, or null.
    static const CiTypeDef *find(const QList<CiTypeDef> &types, QStringView code);
    // Its label as shown, or the code itself for a type not (or no longer) defined.
    static QString labelOf(const QList<CiTypeDef> &types, const QString &code);

    // The icons the desktop program draws for CI types.
    static QStringList icons();
    static Error validateCode(const QString &code, bool attribute);
    // Reads the types without a Workbook (for the write path's checks); `only`: just that one
    // (an empty list when there is none).
    static Result<QList<CiTypeDef>> load(Database &db, const QString &only = {});
    static Result<QList<CiRelationType>> loadRelationTypes(Database &db, const QString &only = {});

private:
    Error beginChange(WriteTransaction &tx);
    Error audit(const QString &field, const QString &oldValue, const QString &newValue);

    Workbook &m_workbook;
    Database &m_db;
};

} // namespace sb
