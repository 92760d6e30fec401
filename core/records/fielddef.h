#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <utility>

namespace sb {

enum class FieldKind {
    Text, // one line
    LongText, // several lines
    Integer,
    Real,
    Bool,
    Date, // YYYY-MM-DD, no time zone
    DateTime, // a moment, stored as UTC text
    Choice, // one of a fixed list of codes
    Login, // a person's login name; must belong to a person in the workbook
    Email,
};

struct Choice
{
    QString code;
    const char *label; // source text, translated in the "Choice" context
};

// One field of a record type. The name is both the API name (CLI --set name=value, JSON) and
// the column name, so it never comes from user input unchecked: callers look it up here first.
struct SB_CORE_EXPORT FieldDef
{
    QString name;
    FieldKind kind = FieldKind::Text;
    const char *label = nullptr; // source text, translated in the "Field" context
    bool required = false; // must have a value after every change
    bool searchable = false; // part of the full-text index
    bool unique = false; // unique within the record type, case-insensitive
    bool common = false; // lives in the record table (title, state, owner)
    bool viaTransition = false; // changes only through lifecycle transitions (state)
    QList<Choice> choices;
    qint64 minimum = 0;
    qint64 maximum = 0; // Integer range when maximum > minimum
    int maxLength = 0; // 0: the kind's default

    QString displayLabel() const;
    QString choiceLabel(const QString &code) const;

    // Parses text typed by a person or a script. Empty text means "no value".
    Result<QVariant> fromText(const QString &text) const;
    // Accepts text or an already typed value and returns the stored form (or an error).
    Result<QVariant> normalize(const QVariant &value) const;
    // The one text form used by the audit trail and comparisons; a null QString for no value.
    QString canonical(const QVariant &stored) const;
    // The value as a person reads it (translated choice labels, local dates).
    QString display(const QVariant &stored) const;
};

} // namespace sb
