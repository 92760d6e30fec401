#include "recordtypes.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace sb {

namespace {

FieldDef text(const char *name, const char *label, bool searchable = false)
{
    FieldDef f;
    f.name = QString::fromLatin1(name);
    f.label = label;
    f.searchable = searchable;
    return f;
}

FieldDef ofKind(const char *name, FieldKind kind, const char *label, bool searchable = false)
{
    FieldDef f = text(name, label, searchable);
    f.kind = kind;
    return f;
}

QList<RecordTypeDef> buildTypes()
{
    QList<RecordTypeDef> types;

    {
        RecordTypeDef t {u"person"_s,
                         u"person"_s,
                         u"PER"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Person"),
                         QT_TRANSLATE_NOOP("RecordType", "People"),
                         {}};
        FieldDef login =
            ofKind("login", FieldKind::Text, QT_TRANSLATE_NOOP("Field", "Login"), true);
        login.unique = true;
        t.fields = {
            login,
            ofKind("email", FieldKind::Email, QT_TRANSLATE_NOOP("Field", "E-mail"), true),
            text("phone", QT_TRANSLATE_NOOP("Field", "Phone")),
            text("department", QT_TRANSLATE_NOOP("Field", "Department"), true),
            text("job_title", QT_TRANSLATE_NOOP("Field", "Job title"), true),
            ofKind("notes", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Notes"), true)};
        types.append(t);
    }
    {
        RecordTypeDef t {u"work_group"_s,
                         u"work_group"_s,
                         u"GRP"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Group"),
                         QT_TRANSLATE_NOOP("RecordType", "Groups"),
                         {}};
        t.fields = {ofKind("email", FieldKind::Email, QT_TRANSLATE_NOOP("Field", "E-mail"), true),
                    ofKind("manager", FieldKind::Login, QT_TRANSLATE_NOOP("Field", "Manager")),
                    ofKind("description", FieldKind::LongText,
                           QT_TRANSLATE_NOOP("Field", "Description"), true)};
        types.append(t);
    }
    {
        RecordTypeDef t {u"customer"_s,
                         u"customer"_s,
                         u"CUS"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Customer"),
                         QT_TRANSLATE_NOOP("RecordType", "Customers"),
                         {}};
        FieldDef kind = ofKind("kind", FieldKind::Choice, QT_TRANSLATE_NOOP("Field", "Kind"));
        kind.choices = {{u"internal"_s, QT_TRANSLATE_NOOP("Choice", "Internal")},
                        {u"external"_s, QT_TRANSLATE_NOOP("Choice", "External")}};
        t.fields = {
            kind,
            text("contact_name", QT_TRANSLATE_NOOP("Field", "Contact"), true),
            ofKind("email", FieldKind::Email, QT_TRANSLATE_NOOP("Field", "E-mail"), true),
            text("phone", QT_TRANSLATE_NOOP("Field", "Phone")),
            ofKind("address", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Address"), true),
            ofKind("relationship_owner", FieldKind::Login,
                   QT_TRANSLATE_NOOP("Field", "Relationship owner")),
            ofKind("notes", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Notes"), true)};
        types.append(t);
    }
    {
        RecordTypeDef t {u"service"_s,
                         u"service"_s,
                         u"SVC"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Service"),
                         QT_TRANSLATE_NOOP("RecordType", "Services"),
                         {}};
        FieldDef crit =
            ofKind("criticality", FieldKind::Choice, QT_TRANSLATE_NOOP("Field", "Criticality"));
        crit.choices = {{u"low"_s, QT_TRANSLATE_NOOP("Choice", "Low")},
                        {u"medium"_s, QT_TRANSLATE_NOOP("Choice", "Medium")},
                        {u"high"_s, QT_TRANSLATE_NOOP("Choice", "High")},
                        {u"critical"_s, QT_TRANSLATE_NOOP("Choice", "Critical")}};
        t.fields = {
            ofKind("description", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Description"),
                   true),
            ofKind("service_owner", FieldKind::Login, QT_TRANSLATE_NOOP("Field", "Service owner")),
            crit, text("service_hours", QT_TRANSLATE_NOOP("Field", "Service hours")),
            text("category", QT_TRANSLATE_NOOP("Field", "Category"), true)};
        types.append(t);
    }
    {
        RecordTypeDef t {u"task"_s,
                         u"task"_s,
                         u"TSK"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Task"),
                         QT_TRANSLATE_NOOP("RecordType", "Tasks"),
                         {}};
        FieldDef prio =
            ofKind("priority", FieldKind::Integer, QT_TRANSLATE_NOOP("Field", "Priority"));
        prio.minimum = 1;
        prio.maximum = 5;
        t.fields = {
            ofKind("description", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Description"),
                   true),
            ofKind("assignee", FieldKind::Login, QT_TRANSLATE_NOOP("Field", "Assignee")),
            ofKind("due_date", FieldKind::Date, QT_TRANSLATE_NOOP("Field", "Due date")), prio,
            ofKind("outcome", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Outcome"), true)};
        types.append(t);
    }
    return types;
}

QList<FieldDef> buildCommon()
{
    FieldDef title = text("title", QT_TRANSLATE_NOOP("Field", "Title"), true);
    title.required = true;
    title.common = true;
    title.maxLength = 500;
    FieldDef state = text("state", QT_TRANSLATE_NOOP("Field", "State"));
    state.common = true;
    state.viaTransition = true;
    FieldDef owner = ofKind("owner", FieldKind::Login, QT_TRANSLATE_NOOP("Field", "Owner"));
    owner.common = true;
    return {title, state, owner};
}

// Labels of the states the shipped lifecycles use; the workbook stores the codes.
const char *const knownStates[][2] = {
    {"active", QT_TRANSLATE_NOOP("State", "Active")},
    {"inactive", QT_TRANSLATE_NOOP("State", "Inactive")},
    {"prospect", QT_TRANSLATE_NOOP("State", "Prospect")},
    {"former", QT_TRANSLATE_NOOP("State", "Former")},
    {"planned", QT_TRANSLATE_NOOP("State", "Planned")},
    {"live", QT_TRANSLATE_NOOP("State", "Live")},
    {"retiring", QT_TRANSLATE_NOOP("State", "Retiring")},
    {"retired", QT_TRANSLATE_NOOP("State", "Retired")},
    {"open", QT_TRANSLATE_NOOP("State", "Open")},
    {"in_progress", QT_TRANSLATE_NOOP("State", "In progress")},
    {"done", QT_TRANSLATE_NOOP("State", "Done")},
    {"cancelled", QT_TRANSLATE_NOOP("State", "Cancelled")},
};

} // namespace

QString RecordTypeDef::displayLabel() const
{
    return QCoreApplication::translate("RecordType", label);
}

QString RecordTypeDef::displayPluralLabel() const
{
    return QCoreApplication::translate("RecordType", pluralLabel);
}

const FieldDef *RecordTypeDef::typedField(QStringView name) const
{
    for (const FieldDef &f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

const FieldDef *RecordTypeDef::field(QStringView name) const
{
    if (const FieldDef *f = RecordTypes::commonField(name))
        return f;
    return typedField(name);
}

const QList<RecordTypeDef> &RecordTypes::all()
{
    static const QList<RecordTypeDef> types = [] {
        QList<RecordTypeDef> list = buildTypes();
        list.detach();
        return list;
    }();
    static const bool linked = [] {
        // Pointers into the final, never-changing lists.
        for (const RecordTypeDef &t : types) {
            auto &all = const_cast<RecordTypeDef &>(t).m_allFields;
            for (const FieldDef &f : commonFields())
                all.append(&f);
            for (const FieldDef &f : t.fields)
                all.append(&f);
        }
        return true;
    }();
    Q_UNUSED(linked);
    return types;
}

const RecordTypeDef *RecordTypes::find(QStringView type)
{
    for (const RecordTypeDef &t : all()) {
        if (t.type == type)
            return &t;
    }
    return nullptr;
}

const RecordTypeDef *RecordTypes::findByPrefix(QStringView prefix)
{
    for (const RecordTypeDef &t : all()) {
        if (t.prefix.compare(prefix, Qt::CaseInsensitive) == 0)
            return &t;
    }
    return nullptr;
}

const QList<FieldDef> &RecordTypes::commonFields()
{
    static const QList<FieldDef> common = buildCommon();
    return common;
}

const FieldDef *RecordTypes::commonField(QStringView name)
{
    for (const FieldDef &f : commonFields()) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QString RecordTypes::stateLabel(const QString &state)
{
    for (const auto &s : knownStates) {
        if (state == QLatin1String(s[0]))
            return QCoreApplication::translate("State", s[1]);
    }
    return state;
}

} // namespace sb
