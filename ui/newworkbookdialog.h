#pragma once

#include "ui_global.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QDialogButtonBox;

namespace sb::ui {

// Where the new workbook goes, whether it is shared, and whether to fill it with demo data.
class SB_UI_EXPORT NewWorkbookDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewWorkbookDialog(QWidget *parent = nullptr);

    QString path() const;
    bool shared() const;
    bool demo() const;
    QString demoLanguage() const;

private:
    void browse();
    void validate();

    QLineEdit *m_path = nullptr;
    QCheckBox *m_shared = nullptr;
    QCheckBox *m_demo = nullptr;
    QComboBox *m_language = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
