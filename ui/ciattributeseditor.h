#pragma once

#include "ui_global.h"

#include "cmdb/citypes.h"
#include "records/record.h"

#include <QHash>
#include <QJsonObject>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QGroupBox;
class QLabel;

namespace sb::ui {

// The part of the CI form that depends on the CI's type: the type itself, its subtypes, and a
// typed field for each attribute the type defines (text, number, date, one of the choices, a
// reference to another record). Changing the type rebuilds the attribute fields and keeps the
// values of attributes both types share. A value held for an attribute the type no longer
// defines is shown read-only and can be cleared, so nothing is lost unseen. The record
// editor saves what changes() returns with the rest of the form, as one step.
class SB_UI_EXPORT CiAttributesEditor : public QWidget
{
    Q_OBJECT
public:
    explicit CiAttributesEditor(QWidget *parent = nullptr);

    // The fields of the ci record type this editor shows instead of the generic form.
    static bool handles(const QString &field);

    void setTypes(const QList<CiTypeDef> &types);
    // Shows a record's type, subtype and attributes (a new record: `defaultType`).
    void setRecord(const Record &record, bool writable, const QString &defaultType = {});
    QVariantMap changes() const;

    // As a person would type it: "ci_type" takes a type code, "subtype" text, and
    // "attributes.NAME" one attribute's text.
    bool setFieldText(const QString &field, const QString &text);
    QString fieldText(const QString &field) const;
    QString currentType() const;

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuildAttributes();
    void onTypeChanged();
    QJsonObject currentAttributes() const;
    // Remembers what the attribute fields say, to fill them again after a rebuild.
    void carryTyped();
    QString attributeText(const QString &name) const;
    void retranslateUi();

    QList<CiTypeDef> m_types;
    Record m_record;
    QJsonObject m_held; // the record's attributes as loaded
    QJsonObject m_carried; // values typed so far, kept across a change of type
    QStringList m_cleared; // undefined attributes the user cleared
    bool m_filling = false;
    bool m_writable = true;

    QLabel *m_typeLabel = nullptr;
    QComboBox *m_type = nullptr;
    QLabel *m_subtypeLabel = nullptr;
    QComboBox *m_subtype = nullptr;
    QGroupBox *m_group = nullptr;
    QFormLayout *m_attributes = nullptr;
    QHash<QString, QWidget *> m_editors; // by attribute name
};

} // namespace sb::ui
