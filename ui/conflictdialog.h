#pragma once

#include "ui_global.h"

#include "records/record.h"
#include "records/recordtypes.h"

#include <QDialog>
#include <QVariantMap>

class QTableWidget;
class QLabel;

namespace sb::ui {

// Someone else saved the record first. Shows, field by field, what this user typed beside
// what is now saved, and lets them choose: take theirs, put theirs aside and save mine on top
// (a deliberate choice, audited like any change), or go back to editing.
class SB_UI_EXPORT ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { KeepEditing, UseTheirs, SaveMine };

    ConflictDialog(const RecordTypeDef &type, const QVariantMap &mine, const Record &theirs,
                   QWidget *parent = nullptr);
    Choice choice() const { return m_choice; }

private:
    Choice m_choice = KeepEditing;
};

} // namespace sb::ui
