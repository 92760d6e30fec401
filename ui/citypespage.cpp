#include "citypespage.h"

#include "workbookdocument.h"

#include "records/recordstore.h"
#include "records/recordtypes.h"
#include "storage/workbook.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
enum Column { NameColumn, LabelColumn, KindColumn, DetailColumn, RequiredColumn };
const CiAttributeDef::Kind Kinds[] = {CiAttributeDef::Kind::Text, CiAttributeDef::Kind::Number,
                                      CiAttributeDef::Kind::Date, CiAttributeDef::Kind::Choice,
                                      CiAttributeDef::Kind::Reference};

bool sameAttribute(const CiAttributeDef &a, const CiAttributeDef &b)
{
    return a.name == b.name && a.label == b.label && a.kind == b.kind && a.choices == b.choices
        && a.refType == b.refType && a.required == b.required && a.position == b.position;
}

bool sameType(const CiTypeDef &a, const CiTypeDef &b)
{
    return a.code == b.code && a.label == b.label && a.icon == b.icon && a.subtypes == b.subtypes
        && a.position == b.position;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        if (const QString t = part.trimmed(); !t.isEmpty())
            out << t;
    }
    return out;
}
} // namespace

CiTypesPage::CiTypesPage(QWidget *parent)
    : AdminPage(parent)
{
    addIntro(tr("What kinds of configuration item the CMDB holds, and the "
                "attributes each kind records. CIs keep their values when an "
                "attribute is removed; a type in use cannot be removed."));
    auto *body = new QHBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(u"ciTypeList"_s);
    m_list->setAccessibleName(tr("CI types"));
    m_addType = new QPushButton(tr("Add &Type"), this);
    m_addType->setObjectName(u"addCiType"_s);
    m_removeType = new QPushButton(tr("Remove Type"), this);
    m_removeType->setObjectName(u"removeCiType"_s);
    body->addLayout(listColumn(m_list, {m_addType, m_removeType}), 1);

    m_form = new QGroupBox(tr("Selected CI type"), this);
    auto *formLayout = new QVBoxLayout(m_form);
    auto *fields = new QFormLayout;
    m_code = new QLineEdit(m_form);
    m_code->setObjectName(u"ciTypeCode"_s);
    m_code->setPlaceholderText(tr("e.g. printer"));
    m_code->setToolTip(tr("Lower-case letters, digits and \"_\", beginning with a letter; it "
                          "cannot change once saved"));
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"ciTypeName"_s);
    m_icon = new QComboBox(m_form);
    m_icon->setObjectName(u"ciTypeIcon"_s);
    m_subtypes = new QLineEdit(m_form);
    m_subtypes->setObjectName(u"ciTypeSubtypes"_s);
    m_subtypes->setPlaceholderText(tr("offered subtypes, separated by commas"));
    fields->addRow(tr("&Code:"), m_code);
    fields->addRow(tr("&Name:"), m_name);
    fields->addRow(tr("&Icon:"), m_icon);
    fields->addRow(tr("&Subtypes:"), m_subtypes);
    formLayout->addLayout(fields);
    m_attributes = new QTableWidget(0, 5, m_form);
    m_attributes->setObjectName(u"ciAttributeTable"_s);
    m_attributes->verticalHeader()->hide();
    m_attributes->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_attributes->horizontalHeader()->setSectionResizeMode(DetailColumn, QHeaderView::Stretch);
    m_attributes->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attributes->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attributes->setAccessibleName(tr("Attributes"));
    formLayout->addWidget(new QLabel(tr("Attributes:"), m_form));
    formLayout->addWidget(m_attributes, 1);
    auto *attrButtons = new QHBoxLayout;
    m_addAttribute = new QPushButton(tr("Add &Attribute"), m_form);
    m_addAttribute->setObjectName(u"addCiAttribute"_s);
    m_removeAttribute = new QPushButton(tr("Remove Attribute"), m_form);
    m_removeAttribute->setObjectName(u"removeCiAttribute"_s);
    attrButtons->addWidget(m_addAttribute);
    attrButtons->addWidget(m_removeAttribute);
    attrButtons->addStretch(1);
    formLayout->addLayout(attrButtons);
    body->addWidget(m_form, 3);
    contentLayout()->addLayout(body, 1);

    m_attributes->setHorizontalHeaderLabels({tr("Name"), tr("Label"), tr("Kind"),
                                             tr("Choices, or the type referred to"),
                                             tr("Required")});
    m_attributes->horizontalHeaderItem(DetailColumn)
        ->setToolTip(tr("For a choice: the choices, separated by commas. For a reference: "
                        "the type of record, such as person, service or ci."));

    connect(m_list, &QListWidget::currentRowChanged, this, &CiTypesPage::showType);
    connect(m_addType, &QPushButton::clicked, this, &CiTypesPage::addType);
    connect(m_removeType, &QPushButton::clicked, this, &CiTypesPage::removeType);
    connect(m_addAttribute, &QPushButton::clicked, this, &CiTypesPage::addAttribute);
    connect(m_removeAttribute, &QPushButton::clicked, this, &CiTypesPage::removeAttribute);
    for (QLineEdit *e : {m_code, m_name, m_subtypes})
        connect(e, &QLineEdit::textEdited, this, &CiTypesPage::typeEdited);
    connect(m_icon, &QComboBox::currentIndexChanged, this, &CiTypesPage::typeEdited);
    connect(m_attributes, &QTableWidget::itemChanged, this, &CiTypesPage::attributesEdited);
}

QString CiTypesPage::title() const
{
    return tr("CI types");
}

Error CiTypesPage::load(WorkbookDocument &document)
{
    Result<QList<CiTypeDef>> types = CiTypes::load(document.workbook().db());
    if (!types.ok())
        return types.error();
    m_loading = true;
    m_entries.clear();
    m_removed.clear();
    for (const CiTypeDef &t : *types)
        m_entries.append({t, t});
    m_icon->clear();
    for (const QString &icon : CiTypes::icons())
        m_icon->addItem(icon, icon);
    m_list->clear();
    for (int i = 0; i < m_entries.size(); ++i) {
        m_list->addItem(QString());
        updateListRow(i);
    }
    m_loading = false;
    m_current = -1;
    m_list->setCurrentRow(m_entries.isEmpty() ? -1 : 0);
    if (m_entries.isEmpty())
        showType(-1);
    Q_EMIT modifiedChanged();
    return {};
}

void CiTypesPage::updateListRow(int row)
{
    if (row < 0 || row >= m_entries.size())
        return;
    const Entry &e = m_entries[row];
    const bool changed = !e.loaded || !sameType(e.value, *e.loaded)
        || e.value.attributes.size() != e.loaded->attributes.size()
        || !std::equal(e.value.attributes.cbegin(), e.value.attributes.cend(),
                       e.loaded->attributes.cbegin(), sameAttribute);
    QString text = e.value.label.isEmpty() ? tr("(new type)") : e.value.displayLabel();
    if (changed)
        text += u" *"_s;
    m_list->item(row)->setText(text);
    m_list->item(row)->setToolTip(e.value.code);
}

void CiTypesPage::showType(int row)
{
    m_current = row;
    m_loading = true;
    const bool valid = row >= 0 && row < m_entries.size();
    m_form->setEnabled(valid);
    if (valid) {
        const Entry &e = m_entries[row];
        m_code->setText(e.value.code);
        m_code->setReadOnly(e.loaded.has_value());
        m_name->setText(e.value.displayLabel());
        m_icon->setCurrentIndex(qMax(0, m_icon->findData(e.value.icon)));
        m_subtypes->setText(e.value.subtypes.join(u", "_s));
    } else {
        m_code->clear();
        m_name->clear();
        m_subtypes->clear();
    }
    fillAttributes();
    m_removeType->setEnabled(isEditable() && valid && !m_entries[row].value.builtin);
    m_loading = false;
}

void CiTypesPage::fillAttributes()
{
    const bool loading = m_loading;
    m_loading = true;
    m_attributes->setRowCount(0);
    if (m_current >= 0 && m_current < m_entries.size()) {
        const QList<CiAttributeDef> &attrs = m_entries[m_current].value.attributes;
        m_attributes->setRowCount(int(attrs.size()));
        for (int i = 0; i < attrs.size(); ++i) {
            const CiAttributeDef &a = attrs[i];
            auto *name = new QTableWidgetItem(a.name);
            if (a.builtin)
                name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            m_attributes->setItem(i, NameColumn, name);
            m_attributes->setItem(i, LabelColumn, new QTableWidgetItem(a.displayLabel()));
            auto *kind = new QComboBox(m_attributes);
            for (CiAttributeDef::Kind k : Kinds)
                kind->addItem(CiAttributeDef::kindLabel(k), CiAttributeDef::kindCode(k));
            kind->setCurrentIndex(kind->findData(CiAttributeDef::kindCode(a.kind)));
            kind->setEnabled(isEditable());
            connect(kind, &QComboBox::currentIndexChanged, this, &CiTypesPage::attributesEdited);
            m_attributes->setCellWidget(i, KindColumn, kind);
            const QString detail = a.kind == CiAttributeDef::Kind::Choice ? a.choices.join(u", "_s)
                : a.kind == CiAttributeDef::Kind::Reference               ? a.refType
                                                                          : QString();
            m_attributes->setItem(i, DetailColumn, new QTableWidgetItem(detail));
            auto *required = new QTableWidgetItem;
            required->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            required->setCheckState(a.required ? Qt::Checked : Qt::Unchecked);
            m_attributes->setItem(i, RequiredColumn, required);
        }
    }
    m_loading = loading;
}

void CiTypesPage::typeEdited()
{
    if (m_loading || m_current < 0 || m_current >= m_entries.size())
        return;
    CiTypeDef &t = m_entries[m_current].value;
    if (!m_code->isReadOnly())
        t.code = m_code->text().trimmed();
    // A shipped type shown under its translated name keeps the stored one.
    const QString name = m_name->text().trimmed();
    if (!(t.builtin && name == t.displayLabel()))
        t.label = name;
    t.icon = m_icon->currentData().toString();
    t.subtypes = splitList(m_subtypes->text());
    updateListRow(m_current);
    Q_EMIT modifiedChanged();
}

void CiTypesPage::attributesEdited()
{
    if (m_loading || m_current < 0 || m_current >= m_entries.size())
        return;
    QList<CiAttributeDef> &attrs = m_entries[m_current].value.attributes;
    for (int i = 0; i < attrs.size() && i < m_attributes->rowCount(); ++i) {
        CiAttributeDef &a = attrs[i];
        a.name = m_attributes->item(i, NameColumn)->text().trimmed();
        const QString label = m_attributes->item(i, LabelColumn)->text().trimmed();
        if (!(a.builtin && label == a.displayLabel()))
            a.label = label;
        if (auto *kind = qobject_cast<QComboBox *>(m_attributes->cellWidget(i, KindColumn)))
            CiAttributeDef::kindFromCode(kind->currentData().toString(), &a.kind);
        const QString detail = m_attributes->item(i, DetailColumn)->text().trimmed();
        a.choices = a.kind == CiAttributeDef::Kind::Choice ? splitList(detail) : QStringList();
        a.refType = a.kind == CiAttributeDef::Kind::Reference ? detail : QString();
        a.required = m_attributes->item(i, RequiredColumn)->checkState() == Qt::Checked;
        a.position = i + 1;
    }
    updateListRow(m_current);
    Q_EMIT modifiedChanged();
}

void CiTypesPage::addType()
{
    CiTypeDef t;
    t.icon = u"generic"_s;
    t.position = m_entries.isEmpty() ? 1 : m_entries.last().value.position + 1;
    m_entries.append({t, std::nullopt});
    m_list->addItem(QString());
    updateListRow(int(m_entries.size()) - 1);
    m_list->setCurrentRow(int(m_entries.size()) - 1);
    m_code->setFocus();
    Q_EMIT modifiedChanged();
}

void CiTypesPage::removeType()
{
    const int row = m_current;
    if (row < 0 || row >= m_entries.size() || m_entries[row].value.builtin)
        return;
    if (m_entries[row].loaded)
        m_removed << m_entries[row].loaded->code;
    m_entries.removeAt(row);
    delete m_list->takeItem(row);
    m_current = -1;
    showType(m_list->currentRow());
    Q_EMIT modifiedChanged();
}

void CiTypesPage::addAttribute()
{
    if (m_current < 0 || m_current >= m_entries.size())
        return;
    CiAttributeDef a;
    a.ciType = m_entries[m_current].value.code;
    a.position = int(m_entries[m_current].value.attributes.size()) + 1;
    m_entries[m_current].value.attributes.append(a);
    fillAttributes();
    const int row = m_attributes->rowCount() - 1;
    m_attributes->setCurrentCell(row, NameColumn);
    m_attributes->editItem(m_attributes->item(row, NameColumn));
    updateListRow(m_current);
    Q_EMIT modifiedChanged();
}

void CiTypesPage::removeAttribute()
{
    const int row = m_attributes->currentRow();
    if (m_current < 0 || m_current >= m_entries.size() || row < 0)
        return;
    QList<CiAttributeDef> &attrs = m_entries[m_current].value.attributes;
    if (row >= attrs.size())
        return;
    attrs.removeAt(row);
    for (int i = 0; i < attrs.size(); ++i)
        attrs[i].position = i + 1;
    fillAttributes();
    updateListRow(m_current);
    Q_EMIT modifiedChanged();
}

bool CiTypesPage::isModified() const
{
    if (!m_removed.isEmpty())
        return true;
    for (const Entry &e : m_entries) {
        if (!e.loaded || !sameType(e.value, *e.loaded)
            || e.value.attributes.size() != e.loaded->attributes.size()
            || !std::equal(e.value.attributes.cbegin(), e.value.attributes.cend(),
                           e.loaded->attributes.cbegin(), sameAttribute))
            return true;
    }
    return false;
}

Error CiTypesPage::validate() const
{
    QStringList codes;
    for (const Entry &e : m_entries) {
        if (Error err = CiTypes::validateCode(e.value.code, false); err.isError())
            return err;
        if (codes.contains(e.value.code))
            return Error(ErrorCode::InvalidInput,
                         tr("Two CI types have the code \"%1\".").arg(e.value.code));
        codes << e.value.code;
        if (e.value.label.trimmed().isEmpty())
            return Error(ErrorCode::InvalidInput,
                         tr("The CI type \"%1\" needs a name.").arg(e.value.code));
        QStringList names;
        for (const CiAttributeDef &a : e.value.attributes) {
            if (Error err = CiTypes::validateCode(a.name, true); err.isError())
                return err;
            if (names.contains(a.name))
                return Error(
                    ErrorCode::InvalidInput,
                    tr("%1 has two attributes named \"%2\".").arg(e.value.displayLabel(), a.name));
            names << a.name;
            if (a.label.isEmpty())
                return Error(ErrorCode::InvalidInput,
                             tr("The attribute \"%1\" of %2 needs a label.")
                                 .arg(a.name, e.value.displayLabel()));
            if (a.kind == CiAttributeDef::Kind::Choice && a.choices.isEmpty())
                return Error(ErrorCode::InvalidInput,
                             tr("The choice attribute \"%1\" of %2 needs its choices.")
                                 .arg(a.name, e.value.displayLabel()));
            if (a.kind == CiAttributeDef::Kind::Reference && !RecordTypes::find(a.refType))
                return Error(ErrorCode::InvalidInput,
                             tr("The reference attribute \"%1\" of %2 needs the type of record "
                                "it refers to, such as person, service or ci.")
                                 .arg(a.name, e.value.displayLabel()));
        }
    }
    return {};
}

AdminSaveStep CiTypesPage::saveStep() const
{
    const QList<Entry> entries = m_entries;
    const QStringList removed = m_removed;
    return [entries, removed](RecordStore &store, AdminSaveContext &) -> Error {
        CiTypes types(store.workbook());
        for (const QString &code : removed) {
            if (Error e = types.removeType(code); e.isError())
                return e;
        }
        for (const Entry &entry : entries) {
            const CiTypeDef &t = entry.value;
            if (!entry.loaded || !sameType(t, *entry.loaded)) {
                if (Error e = types.saveType(t); e.isError())
                    return e;
            }
            QStringList kept;
            for (const CiAttributeDef &a : t.attributes)
                kept << a.name;
            if (entry.loaded) {
                for (const CiAttributeDef &old : entry.loaded->attributes) {
                    if (!kept.contains(old.name)) {
                        if (Error e = types.removeAttribute(t.code, old.name); e.isError())
                            return e;
                    }
                }
            }
            for (CiAttributeDef a : t.attributes) {
                a.ciType = t.code;
                const CiAttributeDef *old =
                    entry.loaded ? entry.loaded->attribute(a.name) : nullptr;
                if (old && sameAttribute(*old, a))
                    continue;
                if (Error e = types.saveAttribute(a); e.isError())
                    return e;
            }
        }
        return {};
    };
}

void CiTypesPage::applyEditable(bool editable)
{
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_addType, m_removeType, m_addAttribute,
                                           m_removeAttribute, m_name, m_icon, m_subtypes, m_code})
        w->setEnabled(editable);
    m_attributes->setEditTriggers(editable ? QAbstractItemView::AllEditTriggers
                                           : QAbstractItemView::NoEditTriggers);
}

} // namespace sb::ui
