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

// Impact, urgency and priority: 1 is the highest.
FieldDef level(const char *name, const char *label)
{
    FieldDef f = ofKind(name, FieldKind::Integer, label);
    f.minimum = 1;
    f.maximum = 5;
    return f;
}

FieldDef counter(const char *name, const char *label)
{
    FieldDef f = ofKind(name, FieldKind::Integer, label);
    f.minimum = 0;
    f.maximum = 1000000;
    return f;
}

// How a ticket reached the service desk.
FieldDef channelField()
{
    FieldDef f = ofKind("channel", FieldKind::Choice, QT_TRANSLATE_NOOP("Field", "Channel"));
    f.choices = {{u"phone"_s, QT_TRANSLATE_NOOP("Choice", "Phone")},
                 {u"email"_s, QT_TRANSLATE_NOOP("Choice", "E-mail")},
                 {u"portal"_s, QT_TRANSLATE_NOOP("Choice", "Portal")},
                 {u"walk_in"_s, QT_TRANSLATE_NOOP("Choice", "Walk-in")},
                 {u"chat"_s, QT_TRANSLATE_NOOP("Choice", "Chat")},
                 {u"monitoring"_s, QT_TRANSLATE_NOOP("Choice", "Monitoring")},
                 {u"other"_s, QT_TRANSLATE_NOOP("Choice", "Other")}};
    return f;
}

FieldDef closureField()
{
    FieldDef f = ofKind("closure", FieldKind::Choice, QT_TRANSLATE_NOOP("Field", "Closure"));
    f.choices = {
        {u"customer_confirmed"_s, QT_TRANSLATE_NOOP("Choice", "Confirmed with the customer")},
        {u"auto_close"_s, QT_TRANSLATE_NOOP("Choice", "Auto-closed after the waiting period")}};
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
    {
        RecordTypeDef t {u"incident"_s,
                         u"incident"_s,
                         u"INC"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Incident"),
                         QT_TRANSLATE_NOOP("RecordType", "Incidents"),
                         {}};
        FieldDef pending = ofKind("pending_reason", FieldKind::Choice,
                                  QT_TRANSLATE_NOOP("Field", "Pending reason"));
        pending.choices = {{u"customer"_s, QT_TRANSLATE_NOOP("Choice", "Awaiting the customer")},
                           {u"supplier"_s, QT_TRANSLATE_NOOP("Choice", "Awaiting a supplier")},
                           {u"change"_s, QT_TRANSLATE_NOOP("Choice", "Awaiting a change")}};
        FieldDef externalId = text("external_id", QT_TRANSLATE_NOOP("Field", "External ID"), true);
        externalId.unique = true;
        t.fields = {
            ofKind("description", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Description"),
                   true),
            text("caller", QT_TRANSLATE_NOOP("Field", "Caller"), true),
            text("customer", QT_TRANSLATE_NOOP("Field", "Customer")),
            text("service", QT_TRANSLATE_NOOP("Field", "Service")),
            text("category", QT_TRANSLATE_NOOP("Field", "Category"), true),
            text("subcategory", QT_TRANSLATE_NOOP("Field", "Subcategory")),
            channelField(),
            level("impact", QT_TRANSLATE_NOOP("Field", "Impact")),
            level("urgency", QT_TRANSLATE_NOOP("Field", "Urgency")),
            level("priority", QT_TRANSLATE_NOOP("Field", "Priority")),
            ofKind("priority_override_reason", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Priority override reason")),
            text("assignment_group", QT_TRANSLATE_NOOP("Field", "Assignment group")),
            text("assignee", QT_TRANSLATE_NOOP("Field", "Assignee")),
            pending,
            text("resolution_code", QT_TRANSLATE_NOOP("Field", "Resolution code")),
            ofKind("resolution_notes", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Resolution notes"), true),
            counter("reopen_count", QT_TRANSLATE_NOOP("Field", "Times reopened")),
            counter("reassignment_count", QT_TRANSLATE_NOOP("Field", "Times reassigned")),
            ofKind("major", FieldKind::Bool, QT_TRANSLATE_NOOP("Field", "Major incident")),
            text("major_incident_manager", QT_TRANSLATE_NOOP("Field", "Major incident manager")),
            text("management_informed_by", QT_TRANSLATE_NOOP("Field", "Management informed by")),
            ofKind("management_informed_at", FieldKind::DateTime,
                   QT_TRANSLATE_NOOP("Field", "Management informed at")),
            externalId,
            ofKind("opened_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Opened at")),
            ofKind("reopened_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Reopened at")),
            ofKind("resolved_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Resolved at")),
            ofKind("closed_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Closed at")),
            text("affected_ci", QT_TRANSLATE_NOOP("Field", "Affected CI"), true),
            text("caused_by_ci", QT_TRANSLATE_NOOP("Field", "Caused by CI")),
            text("knowledge_ref", QT_TRANSLATE_NOOP("Field", "Knowledge article")),
            ofKind("handle_hours", FieldKind::Real, QT_TRANSLATE_NOOP("Field", "Hours spent")),
            text("related_interactions", QT_TRANSLATE_NOOP("Field", "Related interactions")),
            text("related_changes", QT_TRANSLATE_NOOP("Field", "Related changes")),
            ofKind("last_customer_update_at", FieldKind::DateTime,
                   QT_TRANSLATE_NOOP("Field", "Customer last updated at")),
            counter("escalation_count", QT_TRANSLATE_NOOP("Field", "Times escalated to a group")),
            closureField(),
            ofKind("pir_summary", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Post-incident review"), true),
            ofKind("pir_completed_at", FieldKind::DateTime,
                   QT_TRANSLATE_NOOP("Field", "Review completed at")),
            text("pir_by", QT_TRANSLATE_NOOP("Field", "Review by"))};
        types.append(t);
    }
    {
        RecordTypeDef t {u"service_request"_s,
                         u"service_request"_s,
                         u"REQ"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Service request"),
                         QT_TRANSLATE_NOOP("RecordType", "Service requests"),
                         {}};
        FieldDef externalId = text("external_id", QT_TRANSLATE_NOOP("Field", "External ID"), true);
        externalId.unique = true;
        t.fields = {
            ofKind("description", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Description"),
                   true),
            text("requester", QT_TRANSLATE_NOOP("Field", "Requester"), true),
            text("customer", QT_TRANSLATE_NOOP("Field", "Customer")),
            text("service", QT_TRANSLATE_NOOP("Field", "Service")),
            text("request_type", QT_TRANSLATE_NOOP("Field", "Request type")),
            channelField(),
            level("impact", QT_TRANSLATE_NOOP("Field", "Impact")),
            level("urgency", QT_TRANSLATE_NOOP("Field", "Urgency")),
            level("priority", QT_TRANSLATE_NOOP("Field", "Priority")),
            ofKind("priority_override_reason", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Priority override reason")),
            text("assignment_group", QT_TRANSLATE_NOOP("Field", "Assignment group")),
            text("assignee", QT_TRANSLATE_NOOP("Field", "Assignee")),
            text("approval_by", QT_TRANSLATE_NOOP("Field", "Approved by")),
            ofKind("approved_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Approved at")),
            ofKind("rejection_reason", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Rejection reason")),
            ofKind("fulfilment_notes", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Fulfilment notes"), true),
            externalId,
            ofKind("opened_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Opened at")),
            ofKind("fulfilled_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Fulfilled at")),
            ofKind("closed_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Closed at")),
            ofKind("last_customer_update_at", FieldKind::DateTime,
                   QT_TRANSLATE_NOOP("Field", "Customer last updated at")),
            counter("escalation_count", QT_TRANSLATE_NOOP("Field", "Times escalated to a group")),
            closureField()};
        types.append(t);
    }
    {
        RecordTypeDef t {u"problem"_s,
                         u"problem"_s,
                         u"PRB"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Problem"),
                         QT_TRANSLATE_NOOP("RecordType", "Problems"),
                         {}};
        FieldDef detected =
            ofKind("detected_by", FieldKind::Choice, QT_TRANSLATE_NOOP("Field", "Detected by"));
        detected.choices = {{u"incident"_s, QT_TRANSLATE_NOOP("Choice", "An incident")},
                            {u"trend"_s, QT_TRANSLATE_NOOP("Choice", "Incident trends")},
                            {u"monitoring"_s, QT_TRANSLATE_NOOP("Choice", "Monitoring")},
                            {u"supplier"_s, QT_TRANSLATE_NOOP("Choice", "A supplier")},
                            {u"other"_s, QT_TRANSLATE_NOOP("Choice", "Other")}};
        FieldDef method =
            ofKind("rca_method", FieldKind::Choice, QT_TRANSLATE_NOOP("Field", "Analysis method"));
        method.choices = {{u"five_whys"_s, QT_TRANSLATE_NOOP("Choice", "Five whys")},
                          {u"cause_effect"_s, QT_TRANSLATE_NOOP("Choice", "Cause and effect")},
                          {u"timeline"_s, QT_TRANSLATE_NOOP("Choice", "Timeline")},
                          {u"other"_s, QT_TRANSLATE_NOOP("Choice", "Other")}};
        t.fields = {
            ofKind("description", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Description"),
                   true),
            text("service", QT_TRANSLATE_NOOP("Field", "Service"), true),
            text("category", QT_TRANSLATE_NOOP("Field", "Category"), true),
            text("affected_ci", QT_TRANSLATE_NOOP("Field", "Affected CI"), true),
            level("impact", QT_TRANSLATE_NOOP("Field", "Impact")),
            level("urgency", QT_TRANSLATE_NOOP("Field", "Urgency")),
            level("priority", QT_TRANSLATE_NOOP("Field", "Priority")),
            ofKind("priority_override_reason", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Priority override reason")),
            ofKind("problem_manager", FieldKind::Login,
                   QT_TRANSLATE_NOOP("Field", "Problem manager")),
            text("assignment_group", QT_TRANSLATE_NOOP("Field", "Assignment group")),
            text("assignee", QT_TRANSLATE_NOOP("Field", "Assignee")),
            detected,
            method,
            ofKind("rca_chain", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Chain of causes")),
            ofKind("contributing_factors", FieldKind::LongText,
                   QT_TRANSLATE_NOOP("Field", "Contributing factors"), true),
            ofKind("root_cause", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Root cause"),
                   true),
            ofKind("workaround", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Workaround"),
                   true),
            ofKind("needs_change", FieldKind::Bool,
                   QT_TRANSLATE_NOOP("Field", "Fix changes CIs (needs an RFC)")),
            ofKind("resolution", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Resolution"),
                   true),
            ofKind("logged_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Logged at")),
            ofKind("root_cause_at", FieldKind::DateTime,
                   QT_TRANSLATE_NOOP("Field", "Root cause found at")),
            ofKind("resolved_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Resolved at")),
            ofKind("closed_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Closed at")),
            counter("reopen_count", QT_TRANSLATE_NOOP("Field", "Times reopened")),
            counter("escalation_count", QT_TRANSLATE_NOOP("Field", "Times escalated to a group")),
            ofKind("recurred", FieldKind::Bool,
                   QT_TRANSLATE_NOOP("Field", "Recurred after the fix")),
            counter("recurrence_count", QT_TRANSLATE_NOOP("Field", "Recurrences")),
            ofKind("recurred_at", FieldKind::DateTime,
                   QT_TRANSLATE_NOOP("Field", "First recurred at"))};
        types.append(t);
    }
    {
        RecordTypeDef t {u"known_error"_s,
                         u"known_error"_s,
                         u"KE"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Known error"),
                         QT_TRANSLATE_NOOP("RecordType", "Known errors"),
                         {}};
        t.fields = {
            ofKind("symptom", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Symptom"), true),
            ofKind("root_cause", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Root cause"),
                   true),
            ofKind("workaround", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Workaround"),
                   true),
            text("service", QT_TRANSLATE_NOOP("Field", "Service"), true),
            text("category", QT_TRANSLATE_NOOP("Field", "Category"), true),
            text("affected_ci", QT_TRANSLATE_NOOP("Field", "Affected CI"), true),
            text("problem", QT_TRANSLATE_NOOP("Field", "Problem")),
            ofKind("identified_at", FieldKind::DateTime,
                   QT_TRANSLATE_NOOP("Field", "Identified at")),
            ofKind("retired_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Retired at"))};
        types.append(t);
    }
    {
        RecordTypeDef t {u"kb_article"_s,
                         u"kb_article"_s,
                         u"KB"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Knowledge article"),
                         QT_TRANSLATE_NOOP("RecordType", "Knowledge articles"),
                         {}};
        FieldDef audience =
            ofKind("audience", FieldKind::Choice, QT_TRANSLATE_NOOP("Field", "Audience"));
        audience.choices = {{u"agents"_s, QT_TRANSLATE_NOOP("Choice", "Support staff")},
                            {u"customers"_s, QT_TRANSLATE_NOOP("Choice", "Customers")}};
        t.fields = {
            ofKind("body", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Article"), true),
            audience,
            text("service", QT_TRANSLATE_NOOP("Field", "Service"), true),
            text("category", QT_TRANSLATE_NOOP("Field", "Category"), true),
            text("keywords", QT_TRANSLATE_NOOP("Field", "Keywords"), true),
            ofKind("review_date", FieldKind::Date, QT_TRANSLATE_NOOP("Field", "Review by")),
            ofKind("published_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Published at")),
            text("approved_by", QT_TRANSLATE_NOOP("Field", "Approved by")),
            ofKind("approved_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Approved at")),
            counter("version_no", QT_TRANSLATE_NOOP("Field", "Version"))};
        types.append(t);
    }
    {
        // The CI type is data (ci_type table), checked by CiRules; so is the JSON object of
        // the type's attributes.
        RecordTypeDef t {u"ci"_s,
                         u"ci"_s,
                         u"CI"_s,
                         QT_TRANSLATE_NOOP("RecordType", "Configuration item"),
                         QT_TRANSLATE_NOOP("RecordType", "Configuration items"),
                         {}};
        FieldDef ciType = text("ci_type", QT_TRANSLATE_NOOP("Field", "CI type"));
        ciType.required = true;
        FieldDef cost = ofKind("cost", FieldKind::Real, QT_TRANSLATE_NOOP("Field", "Cost"));
        FieldDef entitlements =
            counter("licence_entitlements", QT_TRANSLATE_NOOP("Field", "Licence entitlements"));
        t.fields = {
            ciType,
            text("subtype", QT_TRANSLATE_NOOP("Field", "Subtype"), true),
            ofKind("description", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Description"),
                   true),
            text("ci_version", QT_TRANSLATE_NOOP("Field", "Version"), true),
            text("location", QT_TRANSLATE_NOOP("Field", "Location"), true),
            text("serial_number", QT_TRANSLATE_NOOP("Field", "Serial number"), true),
            text("asset_tag", QT_TRANSLATE_NOOP("Field", "Asset tag"), true),
            ofKind("purchase_date", FieldKind::Date, QT_TRANSLATE_NOOP("Field", "Purchase date")),
            cost,
            text("cost_centre", QT_TRANSLATE_NOOP("Field", "Cost centre")),
            text("supplier", QT_TRANSLATE_NOOP("Field", "Supplier"), true),
            ofKind("warranty_end", FieldKind::Date, QT_TRANSLATE_NOOP("Field", "Warranty end")),
            entitlements,
            ofKind("licence_expires", FieldKind::Date,
                   QT_TRANSLATE_NOOP("Field", "Licence expires")),
            ofKind("attributes", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Attributes"),
                   true)};
        types.append(t);
    }
    {
        RecordTypeDef t {u"ci_audit"_s,
                         u"ci_audit"_s,
                         u"CIA"_s,
                         QT_TRANSLATE_NOOP("RecordType", "CMDB audit"),
                         QT_TRANSLATE_NOOP("RecordType", "CMDB audits"),
                         {}};
        t.fields = {
            text("inventory_file", QT_TRANSLATE_NOOP("Field", "Inventory file")),
            ofKind("mapping", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Mapping")),
            text("scope", QT_TRANSLATE_NOOP("Field", "Scope")),
            ofKind("audited_at", FieldKind::DateTime, QT_TRANSLATE_NOOP("Field", "Audited at")),
            counter("rows_read", QT_TRANSLATE_NOOP("Field", "Rows read")),
            counter("matched", QT_TRANSLATE_NOOP("Field", "Matched")),
            counter("missing", QT_TRANSLATE_NOOP("Field", "Missing")),
            counter("unregistered", QT_TRANSLATE_NOOP("Field", "Not registered")),
            counter("mismatched", QT_TRANSLATE_NOOP("Field", "Mismatched")),
            ofKind("summary", FieldKind::LongText, QT_TRANSLATE_NOOP("Field", "Summary"), true)};
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
    {"new", QT_TRANSLATE_NOOP("State", "New")},
    {"assigned", QT_TRANSLATE_NOOP("State", "Assigned")},
    {"pending", QT_TRANSLATE_NOOP("State", "Pending")},
    {"resolved", QT_TRANSLATE_NOOP("State", "Resolved")},
    {"closed", QT_TRANSLATE_NOOP("State", "Closed")},
    {"submitted", QT_TRANSLATE_NOOP("State", "Submitted")},
    {"awaiting_approval", QT_TRANSLATE_NOOP("State", "Awaiting approval")},
    {"approved", QT_TRANSLATE_NOOP("State", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("State", "Rejected")},
    {"in_fulfilment", QT_TRANSLATE_NOOP("State", "In fulfilment")},
    {"fulfilled", QT_TRANSLATE_NOOP("State", "Fulfilled")},
    {"logged", QT_TRANSLATE_NOOP("State", "Logged")},
    {"under_investigation", QT_TRANSLATE_NOOP("State", "Under investigation")},
    {"known_error", QT_TRANSLATE_NOOP("State", "Known error")},
    {"draft", QT_TRANSLATE_NOOP("State", "Draft")},
    {"in_review", QT_TRANSLATE_NOOP("State", "In review")},
    {"published", QT_TRANSLATE_NOOP("State", "Published")},
    {"ordered", QT_TRANSLATE_NOOP("State", "Ordered")},
    {"in_test", QT_TRANSLATE_NOOP("State", "In test")},
    {"in_repair", QT_TRANSLATE_NOOP("State", "In repair")},
    {"disposed", QT_TRANSLATE_NOOP("State", "Disposed")},
    {"recorded", QT_TRANSLATE_NOOP("State", "Recorded")},
    {"reviewed", QT_TRANSLATE_NOOP("State", "Reviewed")},
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

QString RecordTypeDef::labelInSentence(bool plural) const
{
    const QString l = plural ? displayPluralLabel() : displayLabel();
    if (l.size() > 1 && l[0].isUpper() && l[1].isUpper())
        return l;
    return l.toLower();
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
