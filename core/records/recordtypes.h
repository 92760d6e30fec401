#pragma once

#include "core_global.h"
#include "fielddef.h"

#include <QList>
#include <QString>

namespace sb {

// A record type: its own table (class-table inheritance over `record`), human-ID prefix and
// typed fields. The SQL in resources/sql creates the tables; this registry describes them.
struct SB_CORE_EXPORT RecordTypeDef
{
    QString type;
    QString table;
    QString prefix;
    const char *label = nullptr; // "Service", translated in the "RecordType" context
    const char *pluralLabel = nullptr; // "Services"
    QList<FieldDef> fields; // typed fields, in form order

    QString displayLabel() const;
    QString displayPluralLabel() const;
    // The label inside a sentence ("New incident", "Filter CMDB audits"): lower-cased unless it
    // starts with an abbreviation.
    QString labelInSentence(bool plural = false) const;
    const FieldDef *typedField(QStringView name) const;
    // Common fields (title, state, owner) followed by the typed ones.
    const QList<const FieldDef *> &allFields() const { return m_allFields; }
    const FieldDef *field(QStringView name) const;

    // Filled by RecordTypes once the registry is built; not to be set by hand.
    QList<const FieldDef *> m_allFields;
};

class SB_CORE_EXPORT RecordTypes
{
public:
    static const QList<RecordTypeDef> &all();
    static const RecordTypeDef *find(QStringView type);
    static const RecordTypeDef *findByPrefix(QStringView prefix);
    // title, state and owner: what the record table holds for every type.
    static const QList<FieldDef> &commonFields();
    static const FieldDef *commonField(QStringView name);
    // Translated label of a lifecycle state code, for states named in the shipped lifecycles.
    static QString stateLabel(const QString &state);
};

} // namespace sb
