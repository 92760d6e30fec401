#pragma once

#include "core_global.h"
#include "result.h"

#include <QList>
#include <QString>

namespace sb {

// One entry of a problem's chain of causes (problem field rca_chain). What an entry means
// follows the analysis method: with five whys each entry answers "why?" of the one before;
// with cause and effect each sits under a category of the diagram; on a timeline each is an
// event at its time. Any entry may be marked as the root cause.
struct SB_CORE_EXPORT RcaEntry
{
    QString category; // cause and effect: one of RcaChain::categories(); else empty
    QString text;
    QString at; // timeline: the moment, stored UTC text; else empty
    bool root = false;

    bool operator==(const RcaEntry &) const = default;
};

// The chain as the workbook stores it: a JSON array of objects {"text", "category", "at",
// "root"} with only the keys that have a value, in the order of the analysis.
class SB_CORE_EXPORT RcaChain
{
public:
    static constexpr int MaxEntries = 200;
    static constexpr int MaxTextLength = 4000;

    // Empty text: an empty chain. A malformed chain is an error that says what is wrong.
    static Result<QList<RcaEntry>> parse(const QString &json);
    // The canonical text (compact JSON); empty for no entries.
    static QString serialize(const QList<RcaEntry> &entries);
    // Checks and canonicalizes what a person or a script gives (parse then serialize).
    static Result<QString> normalize(const QString &json);

    // The cause-and-effect categories: code and source text in the "Rca" context.
    struct Category
    {
        const char *code;
        const char *label;
    };
    static const QList<Category> &categories();
    static QString categoryLabel(const QString &code);
    // The text of the first entry marked as the root cause, else empty.
    static QString rootText(const QList<RcaEntry> &entries);
};

} // namespace sb
