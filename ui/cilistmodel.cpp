#include "cilistmodel.h"

#include <QApplication>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace sb::ui {

CiListModel::CiListModel(QObject *parent)
    : RecordListModel(parent)
{ }

void CiListModel::setTypes(const QList<CiTypeDef> &types)
{
    m_types = types;
    m_typeLabels.clear();
    for (const CiTypeDef &t : types)
        m_typeLabels.insert(t.code, t.displayLabel());
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (columnCount() > 0 && rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QVariant CiListModel::data(const QModelIndex &index, int role) const
{
    const QStringList names = columnNames();
    const int c = index.column() - 1;
    if (c < 0 || c >= names.size())
        return RecordListModel::data(index, role);
    const QString &name = names[c];
    if (name == u"ci_type"_s && (role == Qt::DisplayRole || role == Qt::ToolTipRole)) {
        const QString code = RecordListModel::data(index, Qt::DisplayRole).toString();
        return m_typeLabels.value(code, code);
    }
    if (name == u"licence_installations"_s && role == Qt::ForegroundRole) {
        // More installations than entitlements: over-used.
        const int e = int(names.indexOf(u"licence_entitlements"_s));
        if (e >= 0) {
            bool okE = false;
            bool okI = false;
            const qint64 entitled =
                RecordListModel::data(this->index(index.row(), e + 1), Qt::DisplayRole)
                    .toString()
                    .toLongLong(&okE);
            const qint64 installed =
                RecordListModel::data(index, Qt::DisplayRole).toString().toLongLong(&okI);
            if (okE && okI && installed > entitled)
                return QColor(0xc6, 0x28, 0x28);
        }
    }
    if (name == u"licence_installations"_s && role == Qt::ToolTipRole) {
        const int e = int(names.indexOf(u"licence_entitlements"_s));
        if (e >= 0) {
            const qint64 entitled =
                RecordListModel::data(this->index(index.row(), e + 1), Qt::DisplayRole)
                    .toString()
                    .toLongLong();
            const qint64 installed = RecordListModel::data(index, Qt::DisplayRole).toLongLong();
            if (installed > entitled)
                return tr("Over-used: %1 installations for %2 entitlements")
                    .arg(installed)
                    .arg(entitled);
        }
    }
    return RecordListModel::data(index, role);
}

QVariant CiListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section > 0) {
        const QStringList names = columnNames();
        const QString name = names.value(section - 1);
        if (name.startsWith(u"attributes."_s)) {
            const QString attr = name.mid(11);
            for (const CiTypeDef &t : m_types) {
                if (const CiAttributeDef *a = t.attribute(attr))
                    return a->displayLabel();
            }
            return attr;
        }
        if (name == u"licence_installations"_s)
            return tr("Installations");
    }
    return RecordListModel::headerData(section, orientation, role);
}

} // namespace sb::ui
