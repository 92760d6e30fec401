#include "cmdbauditdialog.h"

#include "baselinedialog.h"
#include "workbookdocument.h"

#include "cmdb/cmdbaudit.h"
#include "records/recordstore.h"
#include "storage/workbook.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSaveFile>
#include <QSettings>
#include <QVBoxLayout>

#include <memory>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {
constexpr const char *ErrorStyle = "color: #b3261e;";

QString setting(const char *key)
{
    return u"cmdbAudit/"_s + QString::fromLatin1(key);
}
} // namespace

CmdbAuditDialog::CmdbAuditDialog(WorkbookDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(u"cmdbAuditDialog"_s);
    auto *layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    auto *grid = new QGridLayout;
    m_inventoryLabel = new QLabel(this);
    m_inventory = new QLineEdit(this);
    m_inventory->setObjectName(u"auditInventory"_s);
    m_inventoryLabel->setBuddy(m_inventory);
    m_browseInventory = new QPushButton(this);
    m_browseInventory->setObjectName(u"browseInventory"_s);
    m_mappingLabel = new QLabel(this);
    m_useExample = new QRadioButton(this);
    m_useExample->setObjectName(u"auditExampleMapping"_s);
    m_saveExample = new QPushButton(this);
    m_saveExample->setObjectName(u"saveExampleMapping"_s);
    m_useFile = new QRadioButton(this);
    m_useFile->setObjectName(u"auditMappingFile"_s);
    m_mapping = new QLineEdit(this);
    m_mapping->setObjectName(u"auditMapping"_s);
    m_browseMapping = new QPushButton(this);
    m_browseMapping->setObjectName(u"browseMapping"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_useExample);
    group->addButton(m_useFile);
    m_scopeLabel = new QLabel(this);
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"auditScope"_s);
    m_scopeLabel->setBuddy(m_scope);
    if (m_document)
        BaselineDialog::fillScopeChoices(m_scope, m_document->workbook().db());
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_useFile);
    fileRow->addWidget(m_mapping, 1);
    grid->addWidget(m_inventoryLabel, 0, 0);
    grid->addWidget(m_inventory, 0, 1);
    grid->addWidget(m_browseInventory, 0, 2);
    grid->addWidget(m_mappingLabel, 1, 0);
    grid->addWidget(m_useExample, 1, 1);
    grid->addWidget(m_saveExample, 1, 2);
    grid->addLayout(fileRow, 2, 1);
    grid->addWidget(m_browseMapping, 2, 2);
    grid->addWidget(m_scopeLabel, 3, 0);
    grid->addWidget(m_scope, 3, 1, 1, 2);
    grid->setColumnStretch(1, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(u"auditMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"runAudit"_s);
    layout->addWidget(m_intro);
    layout->addLayout(grid);
    layout->addWidget(m_message);
    layout->addStretch(1);
    layout->addWidget(m_buttons);

    QSettings settings;
    m_inventory->setText(settings.value(setting("inventory")).toString());
    const QString mapping = settings.value(setting("mapping")).toString();
    m_mapping->setText(mapping);
    (mapping.isEmpty() ? m_useExample : m_useFile)->setChecked(true);

    connect(m_browseInventory, &QPushButton::clicked, this, &CmdbAuditDialog::browseInventory);
    connect(m_browseMapping, &QPushButton::clicked, this, &CmdbAuditDialog::browseMapping);
    connect(m_saveExample, &QPushButton::clicked, this, &CmdbAuditDialog::saveExample);
    connect(m_useFile, &QRadioButton::toggled, this, &CmdbAuditDialog::updateButtons);
    connect(m_inventory, &QLineEdit::textChanged, this, &CmdbAuditDialog::updateButtons);
    connect(m_mapping, &QLineEdit::textChanged, this, &CmdbAuditDialog::updateButtons);
    // Typing a mapping's path means using it.
    connect(m_mapping, &QLineEdit::textEdited, m_useFile, [this] { m_useFile->setChecked(true); });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &CmdbAuditDialog::run);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &CmdbAuditDialog::reject);
    retranslateUi();
    updateButtons();
    resize(680, sizeHint().height());
}

QString CmdbAuditDialog::exampleMappingPath()
{
    return u":/import/cmdb_inventory_example.json"_s;
}

void CmdbAuditDialog::setInventoryPath(const QString &path)
{
    m_inventory->setText(path);
}

QString CmdbAuditDialog::inventoryPath() const
{
    return m_inventory->text().trimmed();
}

void CmdbAuditDialog::setMappingPath(const QString &path)
{
    m_mapping->setText(path);
    (path.isEmpty() ? m_useExample : m_useFile)->setChecked(true);
}

QString CmdbAuditDialog::mappingPath() const
{
    return m_useFile->isChecked() ? m_mapping->text().trimmed() : QString();
}

bool CmdbAuditDialog::setServiceId(qint64 id)
{
    const int i = m_scope->findData(id);
    if (i < 0)
        return false;
    m_scope->setCurrentIndex(i);
    return true;
}

QString CmdbAuditDialog::message() const
{
    return m_message->text();
}

void CmdbAuditDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QString::fromLatin1(ErrorStyle) : QString());
}

void CmdbAuditDialog::updateButtons()
{
    const bool ready = !inventoryPath().isEmpty()
        && (!m_useFile->isChecked() || !m_mapping->text().trimmed().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_document && ready && !m_busy);
    m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(!m_busy);
    for (QWidget *w :
         std::initializer_list<QWidget *> {m_inventory, m_browseInventory, m_useExample, m_useFile,
                                           m_mapping, m_browseMapping, m_scope})
        w->setEnabled(!m_busy);
}

void CmdbAuditDialog::browseInventory()
{
    const QString start = inventoryPath().isEmpty() ? QDir::homePath() : inventoryPath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Discovered inventory"), start,
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_inventory->setText(QDir::toNativeSeparators(path));
}

void CmdbAuditDialog::browseMapping()
{
    QString start = m_mapping->text().trimmed();
    if (start.isEmpty())
        start = inventoryPath().isEmpty() ? QDir::homePath()
                                          : QFileInfo(inventoryPath()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Inventory mapping"), start,
                                                      tr("Mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    m_mapping->setText(QDir::toNativeSeparators(path));
    m_useFile->setChecked(true);
}

void CmdbAuditDialog::saveExample()
{
    const QString start =
        (inventoryPath().isEmpty() ? QDir::homePath() : QFileInfo(inventoryPath()).absolutePath())
        + u"/cmdb_inventory_mapping.json"_s;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the example mapping as"),
                                                      start, tr("Mappings (*.json)"));
    if (path.isEmpty())
        return;
    QFile in(exampleMappingPath());
    QSaveFile out(path);
    if (!in.open(QIODevice::ReadOnly) || !out.open(QIODevice::WriteOnly)
        || out.write(in.readAll()) < 0 || !out.commit()) {
        QMessageBox::warning(
            this, tr("Cannot save the example"),
            tr("%1 cannot be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    // The copy is what the user will adapt: use it from now on.
    setMappingPath(QDir::toNativeSeparators(path));
    showMessage(tr("The example was saved as %1. Change its column names to those of your "
                   "inventory; what each entry means is written in its \"description\".")
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

void CmdbAuditDialog::run()
{
    if (!m_document || m_busy)
        return;
    const QString inventory = QDir::fromNativeSeparators(inventoryPath());
    const bool example = !m_useFile->isChecked();
    const QString mapping =
        example ? exampleMappingPath() : QDir::fromNativeSeparators(m_mapping->text().trimmed());
    if (inventory.isEmpty()) {
        showMessage(tr("Choose the inventory to compare: a CSV file with a header line."), true);
        return;
    }
    if (!QFileInfo(inventory).isFile()) {
        showMessage(tr("There is no file %1.").arg(QDir::toNativeSeparators(inventory)), true);
        return;
    }
    if (!example && !QFileInfo(mapping).isFile()) {
        showMessage(tr("There is no mapping file %1.").arg(QDir::toNativeSeparators(mapping)),
                    true);
        return;
    }
    const qint64 service = BaselineDialog::scopeChoice(m_scope);
    if (service < 0) {
        showMessage(tr("No service or business service is called \"%1\". Choose one from the "
                       "list, or everything.")
                        .arg(m_scope->currentText().trimmed()),
                    true);
        return;
    }
    QSettings settings;
    settings.setValue(setting("inventory"), QDir::toNativeSeparators(inventory));
    settings.setValue(setting("mapping"), example ? QString() : QDir::toNativeSeparators(mapping));

    m_busy = true;
    updateButtons();
    showMessage(tr("Comparing %1 with the CMDB…").arg(QFileInfo(inventory).fileName()), false);
    auto out = std::make_shared<RecordRef>();
    m_document->write(
        [inventory, mapping, service, out](RecordStore &store) -> Error {
            Result<CmdbAuditResult> r =
                CmdbAudit(store.workbook()).run(inventory, mapping, service);
            if (!r.ok())
                return r.error();
            *out = r->audit;
            return {};
        },
        this,
        [this, out](const Error &e) {
            m_busy = false;
            updateButtons();
            if (e.isError()) {
                showMessage(tr("The audit was not recorded: %1").arg(e.message()), true);
                Q_EMIT failed(e.message());
                return;
            }
            m_auditId = out->id;
            m_auditHumanId = out->humanId;
            showMessage(tr("Recorded as %1.").arg(out->humanId), false);
            Q_EMIT auditRecorded(out->id, out->humanId);
            accept();
        });
}

void CmdbAuditDialog::reject()
{
    // The audit is being written: closing now would hide how it ends.
    if (!m_busy)
        QDialog::reject();
}

void CmdbAuditDialog::retranslateUi()
{
    setWindowTitle(tr("Run CMDB Audit"));
    m_intro->setText(tr("Compare an inventory that a discovery tool or a stock-take produced "
                        "with the CMDB: what it did not find is missing, what the CMDB does not "
                        "hold is not registered, and values that differ are mismatches. The "
                        "result is kept as a CMDB audit record with its findings."));
    m_inventoryLabel->setText(tr("&Inventory (CSV):"));
    m_browseInventory->setText(tr("Browse…"));
    m_mappingLabel->setText(tr("Mapping:"));
    m_useExample->setText(tr("The &example: servers, virtual machines and switches by host name"));
    m_useExample->setToolTip(tr("Columns \"Host name\", \"Class\" (Server, VM or Switch), "
                                "\"Model\", \"Operating system\", \"Cores\", \"Memory GB\", "
                                "\"IP\", \"Serial\" and \"Site\""));
    m_saveExample->setText(tr("Save a Copy…"));
    m_saveExample->setToolTip(tr("Save the example mapping as a file to adapt to your "
                                 "inventory's columns"));
    m_useFile->setText(tr("A mapping &file:"));
    m_mapping->setPlaceholderText(tr("JSON file saying which columns hold what"));
    m_browseMapping->setText(tr("Browse…"));
    m_scopeLabel->setText(tr("&Scope:"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Run Audit"));
}

void CmdbAuditDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
}

} // namespace sb::ui
