#include "newworkbookdialog.h"

#include "i18n.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace sb::ui {

NewWorkbookDialog::NewWorkbookDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("New workbook"));
    auto *form = new QFormLayout(this);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"newPath"_s);
    const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    m_path->setText(
        QDir(docs.isEmpty() ? QDir::homePath() : docs).filePath(u"service-management.sbw"_s));
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    form->addRow(tr("File:"), row);

    m_shared = new QCheckBox(tr("Shared by several people (on a network drive or not)"), this);
    m_shared->setToolTip(tr("A shared workbook always uses SQLite's rollback journal, which is "
                            "safe on network file systems."));
    form->addRow(QString(), m_shared);
    m_demo = new QCheckBox(tr("Fill with demo data"), this);
    m_demo->setObjectName(u"newDemo"_s);
    form->addRow(QString(), m_demo);
    m_language = new QComboBox(this);
    for (const QString &l : Translations::available())
        m_language->addItem(Translations::nativeName(l), l);
    m_language->setCurrentIndex(qMax(0, m_language->findData(Translations::current())));
    form->addRow(tr("Language of the demo data:"), m_language);
    m_language->setEnabled(false);
    connect(m_demo, &QCheckBox::toggled, m_language, &QWidget::setEnabled);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    form->addRow(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &NewWorkbookDialog::browse);
    connect(m_path, &QLineEdit::textChanged, this, &NewWorkbookDialog::validate);
    validate();
    resize(560, sizeHint().height());
}

void NewWorkbookDialog::browse()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("New workbook"), m_path->text(),
                                                      tr("Servicebench workbooks (*.sbw)"));
    if (!file.isEmpty())
        m_path->setText(file.endsWith(u".sbw"_s) ? file : file + u".sbw"_s);
}

void NewWorkbookDialog::validate()
{
    const QFileInfo fi(m_path->text().trimmed());
    const bool ok =
        !m_path->text().trimmed().isEmpty() && !fi.exists() && QFileInfo(fi.absolutePath()).isDir();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(ok);
    m_path->setToolTip(fi.exists() ? tr("This file exists already; choose a new name.")
                                   : QString());
}

QString NewWorkbookDialog::path() const
{
    return m_path->text().trimmed();
}

bool NewWorkbookDialog::shared() const
{
    return m_shared->isChecked();
}

bool NewWorkbookDialog::demo() const
{
    return m_demo->isChecked();
}

QString NewWorkbookDialog::demoLanguage() const
{
    return m_language->currentData().toString();
}

} // namespace sb::ui
