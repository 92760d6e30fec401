#include "importconverter.h"

#include "records/recordtypes.h"

#include <QCoreApplication>
#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Import)
};

Error bad(const QString &message)
{
    return Error(ErrorCode::InvalidInput, message);
}

struct Token
{
    enum Kind : quint8 {
        Literal,
        Day,
        Month,
        Year,
        Year2,
        Hour,
        Hour12,
        Minute,
        Second,
        Millis,
        AmPm
    };
    Kind kind = Literal;
    quint8 minDigits = 0;
    quint8 maxDigits = 0;
    QString literal;
};

struct Pattern
{
    QString format;
    QList<Token> tokens;
    bool native = true; // false: a format only Qt's own parser understands (month names, zones)
};

Pattern compile(const QString &format)
{
    Pattern p;
    p.format = format;
    auto literal = [&p](const QString &text) {
        if (!p.tokens.isEmpty() && p.tokens.last().kind == Token::Literal)
            p.tokens.last().literal += text;
        else
            p.tokens.append({Token::Literal, 0, 0, text});
    };
    auto number = [&p](Token::Kind kind, int run) {
        if (run > 2)
            p.native = false;
        p.tokens.append({kind, quint8(run == 1 ? 1 : 2), 2, {}});
    };
    bool ampm = false;
    qsizetype i = 0;
    while (i < format.size()) {
        const QChar c = format[i];
        qsizetype run = 1;
        while (i + run < format.size() && format[i + run] == c)
            ++run;
        switch (c.unicode()) {
        case u'\'': {
            // 'quoted text' is literal; '' is one quote.
            const qsizetype close = format.indexOf(u'\'', i + 1);
            if (close == i + 1) {
                literal(u"'"_s);
                i += 2;
            } else if (close < 0) {
                literal(format.mid(i + 1));
                i = format.size();
            } else {
                literal(format.mid(i + 1, close - i - 1));
                i = close + 1;
            }
            continue;
        }
        case u'd': number(Token::Day, int(run)); break;
        case u'M': number(Token::Month, int(run)); break;
        case u'H': number(Token::Hour, int(run)); break;
        case u'h': number(Token::Hour12, int(run)); break;
        case u'm': number(Token::Minute, int(run)); break;
        case u's': number(Token::Second, int(run)); break;
        case u'y':
            if (run == 4)
                p.tokens.append({Token::Year, 4, 4, {}});
            else if (run == 2)
                p.tokens.append({Token::Year2, 2, 2, {}});
            else
                p.native = false;
            break;
        case u'z':
            if (run == 3)
                p.tokens.append({Token::Millis, 3, 3, {}});
            else if (run == 1)
                p.tokens.append({Token::Millis, 1, 3, {}});
            else
                p.native = false;
            break;
        case u'A':
        case u'a':
            // "AP", "ap", "A", "a": the AM/PM marker.
            run = i + 1 < format.size() && (format[i + 1] == u'P' || format[i + 1] == u'p') ? 2 : 1;
            p.tokens.append({Token::AmPm, 0, 0, {}});
            ampm = true;
            break;
        case u't': p.native = false; break;
        default: literal(QString(run, c)); break;
        }
        i += run;
    }
    if (!ampm) {
        for (Token &t : p.tokens) {
            if (t.kind == Token::Hour12)
                t.kind = Token::Hour;
        }
    }
    return p;
}

bool match(const Pattern &p, QStringView text, QDate *date, QTime *time)
{
    int y = 1900, mo = 1, d = 1, h = 0, mi = 0, s = 0, ms = 0;
    int pm = -1;
    qsizetype pos = 0;
    for (const Token &t : p.tokens) {
        if (t.kind == Token::Literal) {
            if (!text.mid(pos).startsWith(t.literal))
                return false;
            pos += t.literal.size();
            continue;
        }
        if (t.kind == Token::AmPm) {
            const QStringView two = text.mid(pos, 2);
            if (two.compare(u"am", Qt::CaseInsensitive) == 0)
                pm = 0;
            else if (two.compare(u"pm", Qt::CaseInsensitive) == 0)
                pm = 1;
            else
                return false;
            pos += 2;
            continue;
        }
        int value = 0;
        int digits = 0;
        while (digits < t.maxDigits && pos < text.size() && text[pos].isDigit()
               && text[pos].unicode() < 128) {
            value = value * 10 + (text[pos].unicode() - u'0');
            ++digits;
            ++pos;
        }
        if (digits < t.minDigits || digits == 0)
            return false;
        switch (t.kind) {
        case Token::Day: d = value; break;
        case Token::Month: mo = value; break;
        case Token::Year: y = value; break;
        case Token::Year2: y = value + (value < 70 ? 2000 : 1900); break;
        case Token::Hour:
        case Token::Hour12: h = value; break;
        case Token::Minute: mi = value; break;
        case Token::Second: s = value; break;
        case Token::Millis:
            // "z" is a fraction of a second: "5" is 500 ms.
            ms = digits == 1 ? value * 100 : digits == 2 ? value * 10 : value;
            break;
        default: break;
        }
    }
    if (pos != text.size())
        return false;
    if (pm >= 0) {
        if (h < 1 || h > 12)
            return false;
        h = h % 12 + (pm ? 12 : 0);
    }
    *date = QDate(y, mo, d);
    *time = QTime(h, mi, s, ms);
    return date->isValid() && time->isValid();
}

// False when nothing fits. `offsetGiven` is set when the text carried its own zone.
bool parseMoment(const QList<Pattern> &patterns, const QString &text, QDate *date, QTime *time,
                 QDateTime *withZone)
{
    for (const Pattern &p : patterns) {
        if (p.native) {
            if (match(p, text, date, time))
                return true;
            continue;
        }
        const QDateTime dt = QDateTime::fromString(text, p.format);
        // A wall-clock time the computer's own zone skips is invalid as a whole, but its date
        // and time are still the ones written.
        if (dt.date().isValid() && dt.time().isValid()) {
            *date = dt.date();
            *time = dt.time();
            if (dt.isValid() && dt.timeSpec() != Qt::LocalTime)
                *withZone = dt;
            return true;
        }
    }
    // ISO 8601 always: what Servicebench itself writes.
    const QDateTime iso = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (iso.date().isValid() && iso.time().isValid()) {
        *date = iso.date();
        *time = iso.time();
        if (iso.isValid() && iso.timeSpec() != Qt::LocalTime)
            *withZone = iso;
        return true;
    }
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid()) {
        *date = d;
        *time = QTime(0, 0);
        return true;
    }
    return false;
}

QDateTime inZone(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (zone == QTimeZone::utc())
        return QDateTime(date, time, QTimeZone::utc());
    QDateTime t(date, time, zone);
    if (t.isValid())
        return t.toUTC();
    // An hour the zone skips when clocks go forward: read with the offset in force before it.
    const QDateTime asUtc(date, time, QTimeZone::utc());
    return asUtc.addSecs(-zone.offsetFromUtc(asUtc.addSecs(-6 * 3600)));
}

// Numbers as people write them: with a decimal comma, dots (or spaces) group thousands in
// threes; a dot anywhere else is refused rather than guessed at.
bool parseNumber(const QString &text, bool decimalComma, double *value)
{
    QString s = text;
    s.remove(u' ');
    s.remove(QChar(0x00A0));
    s.remove(QChar(0x202F));
    if (decimalComma) {
        const qsizetype comma = s.indexOf(u',');
        const QStringView whole = comma >= 0 ? QStringView(s).left(comma) : QStringView(s);
        if (whole.contains(u'.')) {
            const auto groups = whole.split(u'.');
            for (qsizetype i = 1; i < groups.size(); ++i) {
                if (groups[i].size() != 3)
                    return false;
            }
            if (groups.first().isEmpty())
                return false;
        }
        if (comma >= 0 && QStringView(s).mid(comma).contains(u'.'))
            return false;
        s.remove(u'.');
        s.replace(u',', u'.');
    }
    bool ok = false;
    *value = s.toDouble(&ok);
    return ok && std::isfinite(*value);
}

QString formatList(const QList<Pattern> &patterns)
{
    QStringList f;
    for (const Pattern &p : patterns)
        f << p.format;
    f << Tr::tr("ISO 8601");
    return f.join(Tr::tr(" or "));
}

} // namespace

struct ImportConverter::DateFormats
{
    QList<Pattern> patterns;
};

Result<ImportConverter> ImportConverter::create(const ImportMapping &mapping,
                                                const QStringList &header)
{
    ImportConverter c;
    c.m_mapping = &mapping;
    QHash<QString, qsizetype> position;
    QSet<QString> twice;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const QString name = header[i].trimmed();
        if (position.contains(name))
            twice.insert(name);
        else
            position.insert(name, i);
    }
    auto indexOf = [&](const QString &column) -> Result<qsizetype> {
        if (!mapping.header) {
            bool ok = false;
            const qsizetype n = column.toLongLong(&ok);
            if (!ok || n < 1)
                return bad(Tr::tr("The file has no header line, so its columns are named by "
                                  "number, \"1\" for the first; the mapping names \"%1\".")
                               .arg(column));
            return n - 1;
        }
        if (twice.contains(column))
            return bad(Tr::tr("The file has more than one column named \"%1\"; the mapping cannot "
                              "tell which to read.")
                           .arg(column));
        const auto it = position.constFind(column);
        if (it != position.constEnd())
            return *it;
        QStringList names;
        for (const QString &h : header) {
            if (!h.trimmed().isEmpty())
                names << h.trimmed();
        }
        return bad(Tr::tr("The mapping reads the column \"%1\", which the file does not have. Its "
                          "columns are: %2.")
                       .arg(column, u'"' + names.join(u"\", \""_s) + u'"'));
    };

    auto formatsFor = [](const QStringList &formats) {
        auto f = std::make_shared<DateFormats>();
        for (const QString &s : formats)
            f->patterns.append(compile(s));
        return std::shared_ptr<const DateFormats>(std::move(f));
    };
    c.m_formats = formatsFor(mapping.dateFormats);
    const RecordTypeDef &def = mapping.recordType();
    for (const ImportColumn &col : mapping.columns) {
        QList<TemplatePart> parts;
        for (const auto &[isColumn, name] : col.templateParts) {
            if (!isColumn) {
                parts.append({name, -1});
                continue;
            }
            Result<qsizetype> i = indexOf(name);
            if (!i.ok())
                return i.error();
            parts.append({QString(), *i});
        }
        qsizetype index = -1;
        if (parts.isEmpty()) {
            Result<qsizetype> i = indexOf(col.column);
            if (!i.ok())
                return i.error();
            index = *i;
        }
        c.m_bound.append({&col, def.field(col.field), index,
                          col.dateFormats.isEmpty() ? c.m_formats : formatsFor(col.dateFormats),
                          parts});
    }
    for (const ImportLink &link : mapping.links) {
        Result<qsizetype> i = indexOf(link.column);
        if (!i.ok())
            return i.error();
        c.m_linkIndex.append(*i);
    }
    if (!mapping.stateColumn.isEmpty()) {
        Result<qsizetype> i = indexOf(mapping.stateColumn);
        if (!i.ok())
            return i.error();
        c.m_stateIndex = *i;
    }
    if (!mapping.titleColumn.isEmpty()) {
        Result<qsizetype> i = indexOf(mapping.titleColumn);
        if (!i.ok())
            return i.error();
        c.m_titleIndex = *i;
    }
    for (const auto &[isColumn, name] : mapping.titleParts) {
        if (!isColumn) {
            c.m_template.append({name, -1});
            continue;
        }
        Result<qsizetype> i = indexOf(name);
        if (!i.ok())
            return i.error();
        c.m_template.append({QString(), *i});
    }
    return c;
}

QString ImportConverter::valueAt(const CsvRow &row, qsizetype index) const
{
    // A short row lacks its trailing empty fields; that is no error.
    return index < row.fields.size() ? row.fields.at(index).trimmed() : QString();
}

QString ImportConverter::templateValue(const CsvRow &row, const QList<TemplatePart> &parts) const
{
    QString out;
    bool any = false;
    for (const TemplatePart &p : parts) {
        if (p.index < 0) {
            out += p.text;
            continue;
        }
        const QString v = valueAt(row, p.index);
        if (!m_mapping->isMissing(nullptr, v)) {
            out += v;
            any = true;
        }
    }
    return any ? out.trimmed() : QString();
}

bool ImportConverter::lacksKey(const CsvRow &row) const
{
    const ImportMapping &m = *m_mapping;
    if (!m.key.isEmpty() && m.key != u"title"_s) {
        for (const Bound &b : m_bound) {
            if (b.field->name != m.key)
                continue;
            const QString raw =
                b.parts.isEmpty() ? valueAt(row, b.index) : templateValue(row, b.parts);
            const auto mapped = b.column->valueMap.constFind(raw);
            if (mapped != b.column->valueMap.constEnd())
                return mapped->isNull() || mapped->toString().trimmed().isEmpty();
            return m.isMissing(b.column, raw);
        }
        return true;
    }
    if (m_titleIndex >= 0 && !m.isMissing(nullptr, valueAt(row, m_titleIndex)))
        return false;
    for (const TemplatePart &p : m_template) {
        if (p.index >= 0 && !m.isMissing(nullptr, valueAt(row, p.index)))
            return false;
    }
    return true;
}

Result<QVariant> ImportConverter::convertValue(const ImportMapping &mapping,
                                               const ImportColumn &column, const FieldDef &field,
                                               const QString &text)
{
    DateFormats formats;
    for (const QString &s : column.dateFormats.isEmpty() ? mapping.dateFormats : column.dateFormats)
        formats.patterns.append(compile(s));
    return convertWith(mapping, column, field, formats, text.trimmed());
}

Result<QVariant> ImportConverter::convertWith(const ImportMapping &m, const ImportColumn &column,
                                              const FieldDef &f, const DateFormats &formats,
                                              const QString &text)
{
    QString t = text;
    if (const auto it = column.valueMap.constFind(t); it != column.valueMap.constEnd()) {
        if (it->isNull())
            return QVariant();
        t = it->toString().trimmed();
    } else if (m.isMissing(&column, t)) {
        return QVariant();
    }
    switch (f.kind) {
    case FieldKind::Integer: {
        bool ok = false;
        qint64 v = t.toLongLong(&ok);
        if (!ok) {
            double d = 0;
            if (parseNumber(t, m.decimalComma, &d) && d == std::floor(d) && std::abs(d) < 9e15) {
                v = qint64(d);
                ok = true;
            }
        }
        if (!ok)
            return f.fromText(t); // its message names the field and the value
        return f.normalize(QVariant(v));
    }
    case FieldKind::Real: {
        double d = 0;
        if (!parseNumber(t, m.decimalComma, &d))
            return Error(ErrorCode::InvalidInput,
                         m.decimalComma ? Tr::tr("%1 expects a number with a decimal comma, such "
                                                 "as 3,25, not \"%2\".")
                                              .arg(f.displayLabel(), t)
                                        : Tr::tr("%1 expects a number such as 3.25, not \"%2\".")
                                              .arg(f.displayLabel(), t));
        return f.normalize(QVariant(d));
    }
    case FieldKind::Bool: return f.fromText(t);
    case FieldKind::Date:
    case FieldKind::DateTime: {
        QDate date;
        QTime time;
        QDateTime withZone;
        if (!parseMoment(formats.patterns, t, &date, &time, &withZone))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 expects a date written as %2, not \"%3\".")
                             .arg(f.displayLabel(), formatList(formats.patterns), t));
        if (f.kind == FieldKind::Date)
            return f.normalize(QVariant(date));
        return f.normalize(
            QVariant(withZone.isValid() ? withZone.toUTC() : inZone(date, time, m.timeZone)));
    }
    case FieldKind::Choice: {
        for (const Choice &c : f.choices) {
            if (c.code == t)
                return QVariant(c.code);
        }
        for (const Choice &c : f.choices) {
            if (c.code.compare(t, Qt::CaseInsensitive) == 0
                || QString::fromUtf8(c.label).compare(t, Qt::CaseInsensitive) == 0
                || f.choiceLabel(c.code).compare(t, Qt::CaseInsensitive) == 0)
                return QVariant(c.code);
        }
        return f.normalize(QVariant(t));
    }
    default: return f.normalize(QVariant(t));
    }
}

Result<ImportRow> ImportConverter::convert(const CsvRow &row) const
{
    const ImportMapping &m = *m_mapping;
    ImportRow out;
    for (const Bound &b : m_bound) {
        const QString raw = b.parts.isEmpty() ? valueAt(row, b.index) : templateValue(row, b.parts);
        Result<QVariant> v = convertWith(m, *b.column, *b.field, *b.formats, raw);
        if (!v.ok())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Line %1, column \"%2\": %3")
                             .arg(row.line)
                             .arg(b.column->column, v.error().message()));
        if (!v->isNull() || m.clearMissing)
            out.values.insert(b.field->name, *v);
    }
    QString title;
    if (m_titleIndex >= 0) {
        title = valueAt(row, m_titleIndex);
        if (m.isMissing(nullptr, title))
            title.clear();
    }
    if (title.isEmpty() && !m_template.isEmpty()) {
        for (const TemplatePart &p : m_template) {
            if (p.index < 0) {
                title += p.text;
                continue;
            }
            const QString v = valueAt(row, p.index);
            if (!m.isMissing(nullptr, v))
                title += v;
        }
        title = title.simplified();
    }
    // No title leaves a new record's title to the required-field check, and an existing
    // record's title as it is.
    if (!title.isEmpty())
        out.values.insert(u"title"_s, title);
    if (m_stateIndex >= 0) {
        const QString raw = valueAt(row, m_stateIndex);
        if (const auto it = m.stateMap.constFind(raw); it != m.stateMap.constEnd())
            out.state = *it;
        else if (!m.isMissing(nullptr, raw))
            out.state = raw;
    }
    if (out.state.isEmpty())
        out.state = m.stateDefault;
    if (!m.key.isEmpty()) {
        out.key = out.values.value(m.key);
        if (out.key.isNull()) {
            QString column = m.titleColumn.isEmpty() ? m.titleTemplate : m.titleColumn;
            for (const Bound &b : m_bound) {
                if (b.field->name == m.key)
                    column = b.column->column;
            }
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("Line %1, column \"%2\": the row has no value for the key, so it "
                                "cannot be matched to a record.")
                             .arg(row.line)
                             .arg(column));
        }
    }
    for (qsizetype i : m_linkIndex) {
        const QString v = valueAt(row, i);
        out.links << (m.isMissing(nullptr, v) ? QString() : v);
    }
    return out;
}

} // namespace sb
