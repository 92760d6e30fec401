#include "relationtypespage.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
const CiRelationType::Impact Impacts[] = {
    CiRelationType::Impact::Reverse, CiRelationType::Impact::Forward, CiRelationType::Impact::Both};

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The CI type lists compare in any order: the page lists them in the types' order.
bool sameKind(const CiRelationType &a, const CiRelationType &b)
{
    return a.kind == b.kind && a.forwardLabel == b.forwardLabel && a.reverseLabel == b.reverseLabel
        && a.impact == b.impact && sorted(a.fromCiTypes) == sorted(b.fromCiTypes)
        && sorted(a.toCiTypes) == sorted(b.toCiTypes);
}

QStringList ticked(const QListWidget *list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            out << list->item(i)->data(Qt::UserRole).toString();
    }
    return out;
}
} // namespace

RelationTypesPage::RelationTypesPage(QWidget *parent)
    : AdminPage(parent)
{
    addIntro(tr("How CIs relate: each relationship type says which way a failure travels along it, "
                "for impact analysis, and which CI types its two ends may have. The shipped types "
                "keep their names but may join more CI types, such as types of your own."));
    auto *body = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"relationTypeList"_s);
    m_list->setAccessibleName(tr("Relationship types"));
    m_add = new QPushButton(tr("Add &Relationship Type"), this);
    m_add->setObjectName(u"addRelationType"_s);
    m_remove = new QPushButton(tr("Remove"), this);
    m_remove->setObjectName(u"removeRelationType"_s);
    body->addLayout(listColumn(m_list, {m_add, m_remove}), 1);

    m_form = new QGroupBox(tr("Selected relationship type"), this);
    auto *formLayout = new QVBoxLayout(m_form);
    auto *fields = new QFormLayout;
    m_code = new QLineEdit(m_form);
    m_code->setObjectName(u"relationTypeCode"_s);
    m_code->setPlaceholderText(tr("e.g. backs_up"));
    m_code->setToolTip(tr("Lower-case letters, digits and \"_\", beginning with a letter; it "
                          "cannot change once saved"));
    m_forward = new QLineEdit(m_form);
    m_forward->setObjectName(u"relationTypeForward"_s);
    m_forward->setPlaceholderText(tr("e.g. backs up"));
    m_forward->setToolTip(tr("Read from the source: \"backup-01 backs up db-01\""));
    m_reverse = new QLineEdit(m_form);
    m_reverse->setObjectName(u"relationTypeReverse"_s);
    m_reverse->setPlaceholderText(tr("e.g. backed up by"));
    m_reverse->setToolTip(tr("Read from the target: \"db-01 backed up by backup-01\""));
    m_impact = new QComboBox(m_form);
    m_impact->setObjectName(u"relationTypeImpact"_s);
    m_impact->setToolTip(tr("Which way impact analysis follows this relationship when a CI "
                            "fails"));
    m_usage = new QLabel(m_form);
    m_usage->setObjectName(u"relationTypeUsage"_s);
    fields->addRow(tr("&Code:"), m_code);
    fields->addRow(tr("&Label:"), m_forward);
    fields->addRow(tr("Re&verse label:"), m_reverse);
    fields->addRow(tr("A &failure travels:"), m_impact);
    fields->addRow(tr("In use:"), m_usage);
    formLayout->addLayout(fields);
    auto *ends = new QHBoxLayout;
    auto endColumn = [&](const QString &title, QListWidget **list, const QString &name) {
        auto *column = new QVBoxLayout;
        auto *label = new QLabel(title, m_form);
        *list = new QListWidget(m_form);
        (*list)->setObjectName(name);
        (*list)->setAccessibleName(title);
        label->setBuddy(*list);
        column->addWidget(label);
        column->addWidget(*list, 1);
        ends->addLayout(column, 1);
    };
    endColumn(tr("&Source may be:"), &m_from, u"relationTypeFrom"_s);
    endColumn(tr("&Target may be:"), &m_to, u"relationTypeTo"_s);
    formLayout->addLayout(ends, 1);
    auto *hint = new QLabel(tr("With no CI type ticked, an end may be any CI."), m_form);
    hint->setWordWrap(true);
    formLayout->addWidget(hint);
    body->addWidget(m_form, 3);
    contentLayout()->addLayout(body, 1);

    for (CiRelationType::Impact impact : Impacts)
        m_impact->addItem(CiRelationType::impactLabel(impact), CiRelationType::impactCode(impact));

    connect(m_list, &QListWidget::currentRowChanged, this, &RelationTypesPage::showKind);
    connect(m_add, &QPushButton::clicked, this, &RelationTypesPage::addKind);
    connect(m_remove, &QPushButton::clicked, this, &RelationTypesPage::removeKind);
    for (QLineEdit *e : {m_code, m_forward, m_reverse})
        connect(e, &QLineEdit::textEdited, this, &RelationTypesPage::kindEdited);
    connect(m_impact, &QComboBox::currentIndexChanged, this, &RelationTypesPage::kindEdited);
    for (QListWidget *list : {m_from, m_to})
        connect(list, &QListWidget::itemChanged, this, &RelationTypesPage::kindEdited);
}

QString RelationTypesPage::title() const
{
    return tr("Relationship types");
}

Error RelationTypesPage::load(WorkbookDocument &document)
{
    Database &db = document.workbook().db();
    Result<QList<CiTypeDef>> types = CiTypes::load(db);
    if (!types.ok())
        return types.error();
    Result<QList<CiRelationType>> kinds = CiTypes::loadRelationTypes(db);
    if (!kinds.ok())
        return kinds.error();
    Result<QHash<QString, qint64>> usage = CiTypes(document.workbook()).relationUsage();
    if (!usage.ok())
        return usage.error();
    m_loading = true;
    m_ciTypes = *types;
    m_entries.clear();
    m_removed.clear();
    for (const CiRelationType &k : *kinds)
        m_entries.append({k, k, usage->value(k.kind)});
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        m_list->addItem(QString());
        updateListRow(i);
    }
    m_loading = false;
    m_current = -1;
    m_list->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    if (m_entries.isEmpty())
        showKind(-1);
    Q_EMIT modifiedChanged();
    return {};
}

void RelationTypesPage::updateListRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry &e = m_entries[row];
    QString text =
        e.value.forwardLabel.isEmpty() ? tr("(new relationship type)") : e.value.forwardLabel;
    if (!e.loaded || !sameKind(e.value, *e.loaded))
        text += u" *"_s;
    m_list->item(row)->setText(text);
    m_list->item(row)->setToolTip(e.value.kind);
}

void RelationTypesPage::fillEnds(QListWidget *list, const QStringList &tickedCodes)
{
    list->clear();
    for (const CiTypeDef &t : std::as_const(m_ciTypes)) {
        auto *item = new QListWidgetItem(t.displayLabel(), list);
        item->setData(Qt::UserRole, t.code);
        item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(tickedCodes.contains(t.code) ? Qt::Checked : Qt::Unchecked);
    }
}

void RelationTypesPage::showKind(int row)
{
    m_current = row;
    m_loading = true;
    const bool valid = row >= 0 && row < m_entries.size();
    m_form->setEnabled(valid);
    if (valid) {
        const Entry &e = m_entries[row];
        m_code->setText(e.value.kind);
        m_code->setReadOnly(e.loaded.has_value());
        m_forward->setText(e.value.forwardLabel);
        m_reverse->setText(e.value.reverseLabel);
        m_forward->setReadOnly(e.value.builtin);
        m_reverse->setReadOnly(e.value.builtin);
        m_impact->setCurrentIndex(
            qMax(0, m_impact->findData(CiRelationType::impactCode(e.value.impact))));
        m_usage->setText(tr("%n relationship(s)", nullptr, int(e.usage)));
        fillEnds(m_from, e.value.fromCiTypes);
        fillEnds(m_to, e.value.toCiTypes);
    } else {
        for (QLineEdit *f : {m_code, m_forward, m_reverse})
            f->clear();
        m_usage->clear();
        m_from->clear();
        m_to->clear();
    }
    m_remove->setEnabled(isEditable() && valid && !m_entries[row].value.builtin
                         && m_entries[row].usage == 0);
    m_remove->setToolTip(valid && m_entries[row].value.builtin
                             ? tr("A shipped relationship type stays")
                             : valid && m_entries[row].usage > 0
                             ? tr("Relationships of this type exist; remove them first")
                             : QString());
    m_loading = false;
}

void RelationTypesPage::kindEdited()
{
    if (m_loading || m_current < 0 || m_current >= m_entries.size())
        return;
    CiRelationType &k = m_entries[m_current].value;
    if (!m_code->isReadOnly())
        k.kind = m_code->text().trimmed();
    if (!k.builtin) {
        k.forwardLabel = m_forward->text().trimmed();
        k.reverseLabel = m_reverse->text().trimmed();
    }
    for (CiRelationType::Impact impact : Impacts) {
        if (CiRelationType::impactCode(impact) == m_impact->currentData().toString())
            k.impact = impact;
    }
    // Codes the lists do not show (no such CI type now) stay as they were.
    auto ends = [this](const QListWidget *list, const QStringList &before) {
        QStringList out = ticked(list);
        for (const QString &code : before) {
            if (!CiTypes::find(m_ciTypes, code) && !out.contains(code))
                out << code;
        }
        return out;
    };
    k.fromCiTypes = ends(m_from, k.fromCiTypes);
    k.toCiTypes = ends(m_to, k.toCiTypes);
    updateListRow(m_current);
    Q_EMIT modifiedChanged();
}

void RelationTypesPage::addKind()
{
    CiRelationType k;
    k.position = m_entries.isEmpty() ? 1 : m_entries.last().value.position + 1;
    m_entries.append({k, std::nullopt, 0});
    m_list->addItem(QString());
    updateListRow(int(m_entries.size()) - 1);
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_code->setFocus();
    Q_EMIT modifiedChanged();
}

void RelationTypesPage::removeKind()
{
    const int row = m_current;
    if (row < 0 || row >= m_entries.size() || m_entries[row].value.builtin
        || m_entries[row].usage > 0)
        return;
    if (m_entries[row].loaded)
        m_removed << m_entries[row].loaded->kind;
    m_entries.removeAt(row);
    delete m_list->takeItem(row);
    m_current = -1;
    showKind(m_list->currentRow());
    Q_EMIT modifiedChanged();
}

bool RelationTypesPage::isModified() const
{
    if (!m_removed.isEmpty())
        return true;
    return std::any_of(m_entries.cbegin(), m_entries.cend(),
                       [](const Entry &e) { return !e.loaded || !sameKind(e.value, *e.loaded); });
}

Error RelationTypesPage::validate() const
{
    QStringList kinds;
    for (const Entry &e : m_entries) {
        const QString &kind = e.value.kind;
        if (Error err = CiTypes::validateCode(kind, false); err.isError())
            return Error(ErrorCode::InvalidInput,
                         tr("\"%1\" cannot be a relationship type's code: use lower-case "
                            "letters, digits and _, starting with a letter, at most 40.")
                             .arg(kind));
        if (kinds.contains(kind))
            return Error(ErrorCode::InvalidInput,
                         tr("Two relationship types have the code \"%1\".").arg(kind));
        kinds << kind;
        if (e.value.forwardLabel.isEmpty() || e.value.reverseLabel.isEmpty())
            return Error(ErrorCode::InvalidInput,
                         tr("The relationship type \"%1\" needs a label each way.").arg(kind));
    }
    return {};
}

AdminSaveStep RelationTypesPage::saveStep() const
{
    const QList<Entry> entries = m_entries;
    const QStringList removed = m_removed;
    return [entries, removed](RecordStore &store, AdminSaveContext &) -> Error {
        CiTypes types(store.workbook());
        for (const QString &kind : removed) {
            if (Error e = types.removeRelationType(kind); e.isError())
                return e;
        }
        for (const Entry &entry : entries) {
            if (entry.loaded && sameKind(entry.value, *entry.loaded))
                continue;
            if (Error e = types.saveRelationType(entry.value); e.isError())
                return e;
        }
        return {};
    };
}

void RelationTypesPage::applyEditable(bool editable)
{
    for (QWidget *w : std::initializer_list<QWidget *> {m_add, m_remove, m_code, m_forward,
                                                        m_reverse, m_impact, m_from, m_to})
        w->setEnabled(editable);
    if (editable && m_current >= 0)
        showKind(m_current); // what may be removed or renamed depends on the kind
}

} // namespace sb::ui
