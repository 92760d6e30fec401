#pragma once

#include "core_global.h"
#include "csvreader.h"
#include "importmapping.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

#include <memory>

namespace sb {

struct FieldDef;

// What one CSV row becomes.
struct ImportRow
{
    QVariantMap values; // field -> stored value; a null QVariant clears the field
    QString state; // empty: none given
    QVariant key; // the key field's value, when the mapping has a key
    QStringList links; // per link of the mapping, the title of the record to link to (or empty)
};

// A mapping bound to a file's header: knows which position feeds what. Keeps a pointer to
// the mapping, which must outlive it.
class SB_CORE_EXPORT ImportConverter
{
public:
    // Refuses columns the header does not have (naming them and the ones it has).
    static Result<ImportConverter> create(const ImportMapping &mapping, const QStringList &header);

    // The error names the line, the column and the value.
    Result<ImportRow> convert(const CsvRow &row) const;
    // True when the row has no value for the key (without a key: for the title), which makes
    // a group of a mapping with groups pass over it.
    bool lacksKey(const CsvRow &row) const;

    // One value as `field` stores it, read as `column` of `mapping` says: its value map and
    // missing markers first, then the field's kind (dates in the mapping's formats and zone,
    // decimal commas). The error says what is wrong with the value; convert() adds the line
    // and column. For previews and single values: convert() reads whole rows faster.
    static Result<QVariant> convertValue(const ImportMapping &mapping, const ImportColumn &column,
                                         const FieldDef &field, const QString &text);

private:
    struct DateFormats; // compiled once per run: Qt's own parser is slow for a million dates
    struct TemplatePart
    {
        QString text;
        qsizetype index = -1; // a column's position, or -1 for literal text
    };
    struct Bound
    {
        const ImportColumn *column;
        const FieldDef *field;
        qsizetype index; // -1 for a template column
        std::shared_ptr<const DateFormats> formats;
        QList<TemplatePart> parts; // a template column's
    };
    QString valueAt(const CsvRow &row, qsizetype index) const;
    // A template column's value: empty when none of its columns has a value.
    QString templateValue(const CsvRow &row, const QList<TemplatePart> &parts) const;
    static Result<QVariant> convertWith(const ImportMapping &mapping, const ImportColumn &column,
                                        const FieldDef &field, const DateFormats &formats,
                                        const QString &trimmedText);

    const ImportMapping *m_mapping = nullptr;
    QList<Bound> m_bound;
    qsizetype m_stateIndex = -1;
    qsizetype m_titleIndex = -1;
    QList<TemplatePart> m_template;
    QList<qsizetype> m_linkIndex; // per link of the mapping
    std::shared_ptr<const DateFormats> m_formats; // the mapping's
};

} // namespace sb
