#include "fielddef.h"

#include "clock.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace sb {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Records)
};

int defaultMaxLength(FieldKind kind)
{
    switch (kind) {
    case FieldKind::LongText: return 1000000;
    case FieldKind::Login:
    case FieldKind::Email: return 320;
    default: return 2000;
    }
}
} // namespace

QString FieldDef::displayLabel() const
{
    return label ? QCoreApplication::translate("Field", label) : name;
}

QString FieldDef::choiceLabel(const QString &code) const
{
    for (const Choice &c : choices) {
        if (c.code == code)
            return QCoreApplication::translate("Choice", c.label);
    }
    return code;
}

Result<QVariant> FieldDef::fromText(const QString &text) const
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return QVariant();
    switch (kind) {
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 expects a whole number, not \"%2\".").arg(displayLabel(), t));
        return normalize(QVariant(v));
    }
    case FieldKind::Real: {
        bool ok = false;
        double v = t.toDouble(&ok);
        if (!ok) {
            // A decimal comma, as many European exports write numbers.
            QString c = t;
            c.replace(u',', u'.');
            v = c.toDouble(&ok);
        }
        if (!ok)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 expects a number, not \"%2\".").arg(displayLabel(), t));
        return normalize(QVariant(v));
    }
    case FieldKind::Bool: {
        const QString l = t.toLower();
        if (l == u"1"_s || l == u"true"_s || l == u"yes"_s || l == u"y"_s)
            return QVariant(true);
        if (l == u"0"_s || l == u"false"_s || l == u"no"_s || l == u"n"_s)
            return QVariant(false);
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 expects yes or no, not \"%2\".").arg(displayLabel(), t));
    }
    default: return normalize(QVariant(t));
    }
}

Result<QVariant> FieldDef::normalize(const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return QVariant();
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Login:
    case FieldKind::Email: {
        QString s = value.toString();
        if (kind != FieldKind::LongText)
            s = s.trimmed();
        if (s.isEmpty())
            return QVariant();
        if (kind != FieldKind::LongText && (s.contains(u'\n') || s.contains(u'\r')))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 must be a single line.").arg(displayLabel()));
        const int limit = maxLength > 0 ? maxLength : defaultMaxLength(kind);
        if (s.size() > limit)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 is too long: %2 characters, at most %3.")
                             .arg(displayLabel())
                             .arg(s.size())
                             .arg(limit));
        if (kind == FieldKind::Email) {
            static const QRegularExpression re(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
            if (!re.match(s).hasMatch())
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("%1 is not an e-mail address: \"%2\".").arg(displayLabel(), s));
        }
        if (kind == FieldKind::Login) {
            static const QRegularExpression re(u"^[^\\s,]+$"_s);
            if (!re.match(s).hasMatch())
                return Error(ErrorCode::InvalidInput,
                             Tr::tr("%1 must be a login name without spaces or commas: \"%2\".")
                                 .arg(displayLabel(), s));
        }
        return QVariant(s);
    }
    case FieldKind::Integer: {
        if (value.typeId() == QMetaType::QString)
            return fromText(value.toString());
        bool ok = false;
        const qint64 v = value.toLongLong(&ok);
        if (!ok)
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 expects a whole number.").arg(displayLabel()));
        if (maximum > minimum && (v < minimum || v > maximum))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 must be between %2 and %3, not %4.")
                             .arg(displayLabel())
                             .arg(minimum)
                             .arg(maximum)
                             .arg(v));
        return QVariant(v);
    }
    case FieldKind::Real: {
        if (value.typeId() == QMetaType::QString)
            return fromText(value.toString());
        bool ok = false;
        const double v = value.toDouble(&ok);
        if (!ok || !qIsFinite(v))
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 expects a number.").arg(displayLabel()));
        return QVariant(v);
    }
    case FieldKind::Bool:
        if (value.typeId() == QMetaType::QString)
            return fromText(value.toString());
        return QVariant(value.toBool());
    case FieldKind::Date: {
        QDate d = value.typeId() == QMetaType::QDate
            ? value.toDate()
            : QDate::fromString(value.toString().trimmed(), Qt::ISODate);
        if (!d.isValid())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 expects a date as YYYY-MM-DD, not \"%2\".")
                             .arg(displayLabel(), value.toString()));
        return QVariant(d.toString(Qt::ISODate));
    }
    case FieldKind::DateTime: {
        QDateTime t = value.typeId() == QMetaType::QDateTime
            ? value.toDateTime()
            : QDateTime::fromString(value.toString().simplified(), Qt::ISODateWithMs);
        if (!t.isValid())
            return Error(ErrorCode::InvalidInput,
                         Tr::tr("%1 expects a date and time such as 2026-03-01T14:30:00Z, not "
                                "\"%2\".")
                             .arg(displayLabel(), value.toString()));
        return QVariant(toStoredTime(t));
    }
    case FieldKind::Choice: {
        const QString code = value.toString().trimmed();
        if (code.isEmpty())
            return QVariant();
        QStringList codes;
        for (const Choice &c : choices) {
            if (c.code == code)
                return QVariant(code);
            codes << c.code;
        }
        return Error(ErrorCode::InvalidInput,
                     Tr::tr("%1 cannot be \"%2\"; it is one of: %3.")
                         .arg(displayLabel(), code, codes.join(u", "_s)));
    }
    }
    return Error(ErrorCode::Internal, u"unknown field kind"_s);
}

QString FieldDef::canonical(const QVariant &stored) const
{
    if (!stored.isValid() || stored.isNull())
        return QString();
    switch (kind) {
    case FieldKind::Integer: return QString::number(stored.toLongLong());
    case FieldKind::Real: return QString::number(stored.toDouble(), 'g', 17);
    case FieldKind::Bool: return stored.toLongLong() != 0 || stored.toBool() ? u"1"_s : u"0"_s;
    default: return stored.toString();
    }
}

QString FieldDef::display(const QVariant &stored) const
{
    if (!stored.isValid() || stored.isNull())
        return QString();
    switch (kind) {
    case FieldKind::Choice: return choiceLabel(stored.toString());
    case FieldKind::Bool: return canonical(stored) == u"1"_s ? Tr::tr("Yes") : Tr::tr("No");
    case FieldKind::Date:
        return QLocale().toString(QDate::fromString(stored.toString(), Qt::ISODate),
                                  QLocale::ShortFormat);
    case FieldKind::DateTime:
        return QLocale().toString(fromStoredTime(stored.toString()).toLocalTime(),
                                  QLocale::ShortFormat);
    case FieldKind::Real: return QLocale().toString(stored.toDouble());
    default: return canonical(stored);
    }
}

} // namespace sb
