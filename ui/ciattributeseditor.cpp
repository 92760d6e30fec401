#include "ciattributeseditor.h"

#include "records/recordtypes.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

QString canonical(const QJsonObject &o)
{
    return o.isEmpty() ? QString()
                       : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

CiAttributesEditor::CiAttributesEditor(QWidget *parent)
    : QWidget(parent)
{
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    m_type = new QComboBox(this);
    m_type->setObjectName(u"field_ci_type"_s);
    m_typeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_type);
    form->addRow(m_typeLabel, m_type);
    m_subtype = new QComboBox(this);
    m_subtype->setObjectName(u"field_subtype"_s);
    m_subtype->setEditable(true);
    m_subtype->setInsertPolicy(QComboBox::NoInsert);
    m_subtypeLabel = new QLabel(this);
    m_subtypeLabel->setBuddy(m_subtype);
    form->addRow(m_subtypeLabel, m_subtype);
    m_group = new QGroupBox(this);
    m_group->setObjectName(u"ciAttributes"_s);
    m_attributes = new QFormLayout(m_group);
    form->addRow(m_group);

    connect(m_type, &QComboBox::currentIndexChanged, this, &CiAttributesEditor::onTypeChanged);
    connect(m_subtype, &QComboBox::currentTextChanged, this, [this] {
        if (!m_filling)
            Q_EMIT changed();
    });
    retranslateUi();
}

bool CiAttributesEditor::handles(const QString &field)
{
    return field == u"ci_type"_s || field == u"subtype"_s || field == u"attributes"_s;
}

void CiAttributesEditor::setTypes(const QList<CiTypeDef> &types)
{
    m_types = types;
}

void CiAttributesEditor::setRecord(const Record &record, bool writable, const QString &defaultType)
{
    m_filling = true;
    m_record = record;
    m_writable = writable;
    m_held = parse(record.fields.value(u"attributes"_s).toString());
    m_carried = m_held;
    m_cleared.clear();
    const QString code =
        record.id == 0 ? defaultType : record.fields.value(u"ci_type"_s).toString();
    m_type->clear();
    m_type->addItem(tr("Choose a type"), QString());
    bool known = code.isEmpty();
    for (const CiTypeDef &t : std::as_const(m_types)) {
        m_type->addItem(t.displayLabel(), t.code);
        known = known || t.code == code;
    }
    // A type removed from the workbook's list still shows what the record says.
    if (!known)
        m_type->addItem(code, code);
    m_type->setCurrentIndex(qMax(0, m_type->findData(code)));
    m_type->setEnabled(writable);
    m_subtype->setEnabled(writable);
    rebuildAttributes();
    m_subtype->setCurrentText(record.fields.value(u"subtype"_s).toString());
    m_filling = false;
}

QString CiAttributesEditor::currentType() const
{
    return m_type->currentData().toString();
}

void CiAttributesEditor::onTypeChanged()
{
    if (m_filling)
        return;
    // What was typed for attributes the new type shares is kept.
    carryTyped();
    m_filling = true;
    const QString subtype = m_subtype->currentText();
    rebuildAttributes();
    m_subtype->setCurrentText(subtype);
    m_filling = false;
    Q_EMIT changed();
}

void CiAttributesEditor::rebuildAttributes()
{
    while (m_attributes->rowCount() > 0)
        m_attributes->removeRow(0);
    m_editors.clear();
    const QString code = currentType();
    const CiTypeDef *type = CiTypes::find(m_types, code);
    m_subtype->clear();
    if (type) {
        m_subtype->addItem(QString());
        m_subtype->addItems(type->subtypes);
    }
    m_group->setTitle(type ? tr("Attributes of %1").arg(type->displayLabel()) : tr("Attributes"));
    auto notify = [this] {
        if (!m_filling)
            Q_EMIT changed();
    };
    if (type) {
        for (const CiAttributeDef &a : type->attributes) {
            const QString value = CiAttributeChange::text(m_carried.value(a.name));
            QWidget *editor = nullptr;
            if (a.kind == CiAttributeDef::Kind::Choice) {
                auto *c = new QComboBox(m_group);
                c->addItem(QString());
                c->addItems(a.choices);
                if (!value.isEmpty() && c->findText(value) < 0)
                    c->addItem(value);
                c->setCurrentText(value);
                connect(c, &QComboBox::currentIndexChanged, this, notify);
                editor = c;
            } else {
                auto *e = new QLineEdit(value, m_group);
                switch (a.kind) {
                case CiAttributeDef::Kind::Number: e->setPlaceholderText(tr("a number")); break;
                case CiAttributeDef::Kind::Date: e->setPlaceholderText(tr("YYYY-MM-DD")); break;
                case CiAttributeDef::Kind::Reference:
                    if (const RecordTypeDef *ref = RecordTypes::find(a.refType))
                        e->setPlaceholderText(tr("ID of a %1, such as %2-1")
                                                  .arg(ref->labelInSentence(), ref->prefix));
                    break;
                default: break;
                }
                connect(e, &QLineEdit::textChanged, this, notify);
                editor = e;
            }
            editor->setObjectName(u"attribute_"_s + a.name);
            editor->setEnabled(m_writable);
            auto *label =
                new QLabel(a.displayLabel() + (a.required ? u" *"_s : QString()), m_group);
            label->setBuddy(editor);
            m_attributes->addRow(label, editor);
            m_editors.insert(a.name, editor);
        }
    }
    // Values the record holds for attributes its type does not define (any more).
    for (auto it = m_held.constBegin(); it != m_held.constEnd(); ++it) {
        if ((type && type->attribute(it.key())) || m_cleared.contains(it.key()))
            continue;
        auto *row = new QWidget(m_group);
        auto *h = new QHBoxLayout(row);
        h->setContentsMargins(0, 0, 0, 0);
        auto *value = new QLineEdit(CiAttributeChange::text(it.value()), row);
        value->setReadOnly(true);
        value->setToolTip(tr("The type does not define this attribute; the value is kept "
                             "until you clear it."));
        auto *clear = new QToolButton(row);
        clear->setText(tr("Clear"));
        clear->setEnabled(m_writable);
        const QString name = it.key();
        connect(clear, &QToolButton::clicked, this, [this, name] {
            m_cleared << name;
            m_filling = true;
            const QString subtype = m_subtype->currentText();
            carryTyped();
            rebuildAttributes();
            m_subtype->setCurrentText(subtype);
            m_filling = false;
            Q_EMIT changed();
        });
        h->addWidget(value, 1);
        h->addWidget(clear);
        m_attributes->addRow(tr("%1 (no longer defined)").arg(name), row);
    }
    m_group->setVisible(m_attributes->rowCount() > 0);
}

void CiAttributesEditor::carryTyped()
{
    for (auto it = m_editors.constBegin(); it != m_editors.constEnd(); ++it) {
        if (attributeText(it.key()).isEmpty())
            m_carried.remove(it.key());
    }
    const QJsonObject typed = currentAttributes();
    for (auto it = typed.constBegin(); it != typed.constEnd(); ++it)
        m_carried.insert(it.key(), it.value());
}

QString CiAttributesEditor::attributeText(const QString &name) const
{
    const QWidget *w = m_editors.value(name);
    if (const auto *c = qobject_cast<const QComboBox *>(w))
        return c->currentText().trimmed();
    if (const auto *e = qobject_cast<const QLineEdit *>(w))
        return e->text().trimmed();
    return {};
}

QJsonObject CiAttributesEditor::currentAttributes() const
{
    QJsonObject out;
    const QString code = currentType();
    const CiTypeDef *type = CiTypes::find(m_types, code);
    if (type) {
        for (const CiAttributeDef &a : type->attributes) {
            const QString text = attributeText(a.name);
            if (text.isEmpty())
                continue;
            bool number = false;
            const double d = text.toDouble(&number);
            // Numbers as numbers, the way the write path stores them; text that is no number
            // goes as typed, for the write path to refuse with its message.
            if (a.kind == CiAttributeDef::Kind::Number && number)
                out.insert(a.name, d);
            else if (a.kind == CiAttributeDef::Kind::Reference)
                out.insert(a.name, text.toUpper());
            else
                out.insert(a.name, text);
        }
    }
    for (auto it = m_held.constBegin(); it != m_held.constEnd(); ++it) {
        if ((type && type->attribute(it.key())) || m_cleared.contains(it.key()))
            continue;
        out.insert(it.key(), it.value());
    }
    return out;
}

QVariantMap CiAttributesEditor::changes() const
{
    QVariantMap out;
    const QString type = currentType();
    if (type != m_record.fields.value(u"ci_type"_s).toString())
        out.insert(u"ci_type"_s, type.isEmpty() ? QVariant() : QVariant(type));
    const QString subtype = m_subtype->currentText().trimmed();
    if (subtype != m_record.fields.value(u"subtype"_s).toString())
        out.insert(u"subtype"_s, subtype.isEmpty() ? QVariant() : QVariant(subtype));
    const QString now = canonical(currentAttributes());
    if (now != canonical(m_held))
        out.insert(u"attributes"_s, now.isEmpty() ? QVariant() : QVariant(now));
    return out;
}

bool CiAttributesEditor::setFieldText(const QString &field, const QString &text)
{
    if (field == u"ci_type"_s) {
        const int i = m_type->findData(text);
        if (i < 0)
            return false;
        m_type->setCurrentIndex(i);
        return true;
    }
    if (field == u"subtype"_s) {
        m_subtype->setCurrentText(text);
        return true;
    }
    if (field.startsWith(u"attributes."_s)) {
        QWidget *w = m_editors.value(field.mid(11));
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            if (c->findText(text) < 0)
                c->addItem(text);
            c->setCurrentText(text);
            return true;
        }
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            e->setText(text);
            return true;
        }
    }
    return false;
}

QString CiAttributesEditor::fieldText(const QString &field) const
{
    if (field == u"ci_type"_s)
        return currentType();
    if (field == u"subtype"_s)
        return m_subtype->currentText();
    if (field == u"attributes"_s)
        return canonical(currentAttributes());
    if (field.startsWith(u"attributes."_s))
        return attributeText(field.mid(11));
    return {};
}

void CiAttributesEditor::retranslateUi()
{
    m_typeLabel->setText(tr("CI type *"));
    m_subtypeLabel->setText(tr("Subtype"));
    if (m_type->count() > 0)
        m_type->setItemText(0, tr("Choose a type"));
}

void CiAttributesEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        // Labels of shipped types and attributes are translated: build them again.
        if (!m_types.isEmpty()) {
            const bool filling = m_filling;
            m_filling = true;
            for (int i = 1; i < m_type->count(); ++i) {
                for (const CiTypeDef &t : std::as_const(m_types)) {
                    if (t.code == m_type->itemData(i).toString())
                        m_type->setItemText(i, t.displayLabel());
                }
            }
            carryTyped();
            const QString subtype = m_subtype->currentText();
            rebuildAttributes();
            m_subtype->setCurrentText(subtype);
            m_filling = filling;
        }
    }
}

} // namespace sb::ui
