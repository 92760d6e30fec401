#pragma once

#include "ui_global.h"

#include "cmdb/citypes.h"
#include "recordlistmodel.h"

#include <QHash>

namespace sb::ui {

// The CI list: a record list whose columns may be attributes of the CI type shown
// ("attributes.NAME", labelled as the type labels them), whose CI type column shows the
// type's name, and which marks a licence used by more CIs than it entitles.
class SB_UI_EXPORT CiListModel : public RecordListModel
{
    Q_OBJECT
public:
    explicit CiListModel(QObject *parent = nullptr);

    void setTypes(const QList<CiTypeDef> &types);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<CiTypeDef> m_types;
    QHash<QString, QString> m_typeLabels;
};

} // namespace sb::ui
