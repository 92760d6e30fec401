#pragma once

#include "core_global.h"

#include <QString>
#include <QStringList>

namespace sb {

// Chinese (and Japanese) text has no spaces between words, so a word tokenizer sees a whole
// sentence as one token. Before indexing, every run of CJK characters is rewritten as its
// overlapping two-character pairs plus its last character ("核心网络" -> "核心 心网 网络 络"),
// and a query is rewritten the same way into a phrase, so any two or more adjacent characters
// match, and a single character matches as a prefix. Other scripts pass through to SQLite's
// unicode61 tokenizer, which folds case and diacritics.
class SB_CORE_EXPORT SearchText
{
public:
    static QString forIndex(const QString &text);
    // An FTS5 query for what a person typed: every term must match; "print*" is a prefix;
    // "quoted words" stay a phrase. Empty when nothing searchable is left.
    static QString toQuery(const QString &userText);
    // An FTS5 query for records like a text: any of its words (Chinese runs as phrases),
    // leaving out short and very common English words, at most `maxTerms` of them. Empty when
    // nothing distinctive is left.
    static QString toSimilarQuery(const QString &text, int maxTerms = 16);
    // The words toSimilarQuery() looks for, in order, lower case, each once: English words of
    // three letters or more that are not very common, and each two-character pair of a
    // Chinese run (a run of one or two stays whole). At most `maxTerms`; -1: all.
    static QStringList distinctiveWords(const QString &text, int maxTerms = -1);
    // An FTS5 query for any of these words (as distinctiveWords() gives them).
    static QString anyOf(const QStringList &words);
    static bool isCjk(char32_t c);
};

} // namespace sb
