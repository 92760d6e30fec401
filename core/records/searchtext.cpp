#include "searchtext.h"

#include <QSet>

#include <QStringList>

#include <limits>

using namespace Qt::StringLiterals;

namespace sb {

bool SearchText::isCjk(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) // CJK unified ideographs
        || (c >= 0x3400 && c <= 0x4DBF) // extension A
        || (c >= 0x20000 && c <= 0x323AF) // extensions B to H
        || (c >= 0xF900 && c <= 0xFAFF) // compatibility ideographs
        || (c >= 0x3040 && c <= 0x30FF) // hiragana, katakana
        || (c >= 0x31F0 && c <= 0x31FF);
}

namespace {

bool isCjkPunctuation(char32_t c)
{
    return (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFF0F)
        || (c >= 0xFF1A && c <= 0xFF20) || (c >= 0xFF3B && c <= 0xFF40)
        || (c >= 0xFF5B && c <= 0xFF65);
}

struct Piece
{
    QString text;
    bool cjk = false;
};

// Splits into alternating CJK and non-CJK pieces; CJK punctuation becomes a space.
QList<Piece> pieces(const QString &text)
{
    QList<Piece> out;
    const QList<uint> ucs = text.toUcs4();
    Piece current;
    auto flush = [&] {
        if (!current.text.isEmpty())
            out.append(current);
        current = Piece();
    };
    for (uint u : ucs) {
        const char32_t c = char32_t(u);
        const bool cjk = SearchText::isCjk(c);
        if (isCjkPunctuation(c)) {
            flush();
            continue;
        }
        if (cjk != current.cjk && !current.text.isEmpty())
            flush();
        current.cjk = cjk;
        current.text += QString::fromUcs4(&c, 1);
    }
    flush();
    return out;
}

QStringList cjkTokens(const QString &run, bool forQuery, bool *singleTail)
{
    const QList<uint> chars = run.toUcs4();
    QStringList tokens;
    if (chars.size() == 1) {
        tokens << run;
        if (singleTail)
            *singleTail = true;
        return tokens;
    }
    for (qsizetype i = 0; i + 1 < chars.size(); ++i) {
        const char32_t pair[2] = {char32_t(chars[i]), char32_t(chars[i + 1])};
        tokens << QString::fromUcs4(pair, 2);
    }
    if (!forQuery) {
        const char32_t last = char32_t(chars.last());
        tokens << QString::fromUcs4(&last, 1);
    }
    return tokens;
}

} // namespace

QString SearchText::forIndex(const QString &text)
{
    bool any = false;
    for (QChar ch : text) {
        if (ch.unicode() >= 0x3000) {
            any = true;
            break;
        }
    }
    if (!any)
        return text;
    QStringList parts;
    for (const Piece &p : pieces(text)) {
        if (p.cjk)
            parts << cjkTokens(p.text, false, nullptr).join(u' ');
        else
            parts << p.text;
    }
    return parts.join(u' ');
}

namespace {

// One term (a word or a quoted phrase) as an FTS5 phrase, or empty.
QString phraseFor(const QString &term, bool prefix)
{
    QStringList tokens;
    bool singleTail = false;
    const QList<Piece> ps = pieces(term);
    for (qsizetype i = 0; i < ps.size(); ++i) {
        const Piece &p = ps[i];
        if (p.cjk) {
            bool tail = false;
            tokens << cjkTokens(p.text, true, &tail);
            singleTail = tail && i == ps.size() - 1;
        } else {
            // unicode61 splits on punctuation; keep only word characters as separate tokens.
            QString word;
            for (QChar ch : p.text) {
                if (ch.isLetterOrNumber() || ch.category() == QChar::Mark_NonSpacing) {
                    word += ch;
                } else if (!word.isEmpty()) {
                    tokens << word;
                    word.clear();
                }
            }
            if (!word.isEmpty())
                tokens << word;
            singleTail = false;
        }
    }
    if (tokens.isEmpty())
        return {};
    QString phrase = u'"' + tokens.join(u' ') + u'"';
    // A lone trailing character only matches as the start of a pair.
    if (prefix || singleTail)
        phrase += u'*';
    return phrase;
}

} // namespace

QString SearchText::toQuery(const QString &userText)
{
    QStringList phrases;
    QString current;
    bool inQuotes = false;
    auto flush = [&] {
        QString t = current.trimmed();
        current.clear();
        if (t.isEmpty())
            return;
        const bool prefix = t.endsWith(u'*');
        while (t.endsWith(u'*'))
            t.chop(1);
        const QString p = phraseFor(t, prefix);
        if (!p.isEmpty())
            phrases << p;
    };
    for (QChar ch : userText) {
        if (ch == u'"') {
            if (inQuotes)
                flush();
            inQuotes = !inQuotes;
            continue;
        }
        if (!inQuotes && ch.isSpace()) {
            flush();
            continue;
        }
        current += ch;
    }
    flush();
    return phrases.join(u" AND "_s);
}

QString SearchText::toSimilarQuery(const QString &text, int maxTerms)
{
    return anyOf(distinctiveWords(text, maxTerms));
}

QStringList SearchText::distinctiveWords(const QString &text, int maxTerms)
{
    static const QSet<QString> common {
        u"the"_s,   u"and"_s,   u"for"_s,  u"with"_s,  u"from"_s,  u"this"_s,   u"that"_s,
        u"are"_s,   u"was"_s,   u"not"_s,  u"but"_s,   u"can"_s,   u"cannot"_s, u"has"_s,
        u"have"_s,  u"been"_s,  u"into"_s, u"when"_s,  u"after"_s, u"some"_s,   u"all"_s,
        u"any"_s,   u"our"_s,   u"your"_s, u"their"_s, u"they"_s,  u"there"_s,  u"will"_s,
        u"does"_s,  u"doesn"_s, u"isn"_s,  u"won"_s,   u"its"_s,   u"out"_s,    u"too"_s,
        u"very"_s,  u"also"_s,  u"than"_s, u"then"_s,  u"users"_s, u"user"_s,   u"please"_s,
        u"again"_s, u"since"_s};
    const qsizetype limit = maxTerms < 0 ? std::numeric_limits<qsizetype>::max() : maxTerms;
    QStringList words;
    QSet<QString> seen;
    QString word;
    bool cjk = false;
    auto flush = [&] {
        const QString w = word.toLower();
        word.clear();
        if (w.isEmpty() || words.size() >= limit)
            return;
        if (!cjk && (w.size() < 3 || common.contains(w)))
            return;
        // A Chinese run is many words: each two-character pair counts on its own.
        QStringList pieces;
        if (cjk && w.size() > 2) {
            for (qsizetype i = 0; i + 1 < w.size(); ++i)
                pieces << w.mid(i, 2);
        } else {
            pieces << w;
        }
        for (const QString &piece : std::as_const(pieces)) {
            if (words.size() >= limit || seen.contains(piece))
                continue;
            seen.insert(piece);
            words << piece;
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char32_t c = text.at(i).unicode();
        const bool isCjkChar = isCjk(c);
        const bool letter = text.at(i).isLetterOrNumber();
        if (!letter || (!word.isEmpty() && isCjkChar != cjk))
            flush();
        if (letter) {
            cjk = isCjkChar;
            word += text.at(i);
        }
    }
    flush();
    return words;
}

QString SearchText::anyOf(const QStringList &words)
{
    QStringList phrases;
    for (const QString &w : words) {
        const QString p = phraseFor(w, false);
        if (!p.isEmpty())
            phrases << p;
    }
    return phrases.join(u" OR "_s);
}

} // namespace sb
