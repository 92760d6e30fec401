#include "searchtext.h"

#include <QStringList>

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

} // namespace sb
