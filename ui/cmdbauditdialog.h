#pragma once

#include "ui_global.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace sb::ui {

class WorkbookDocument;

// Runs a CMDB audit (R-CMDB-3): a discovered inventory (CSV) compared with the CMDB through a
// mapping (JSON, see core/cmdb/cmdbaudit.h; the shipped example is offered and can be saved
// as a start for one's own), for everything or one service's tree. Runs on the writer thread;
// the dialog stays open with the reason if the audit is refused, and closes once the CIA
// record is written.
class SB_UI_EXPORT CmdbAuditDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CmdbAuditDialog(WorkbookDocument *document, QWidget *parent = nullptr);

    // The mapping shipped as an example (servers, virtual machines and switches by host name),
    // a resource of the core library.
    static QString exampleMappingPath();

    void setInventoryPath(const QString &path);
    QString inventoryPath() const;
    // Empty: the example mapping.
    void setMappingPath(const QString &path);
    QString mappingPath() const;
    // 0: everything; else a service or business-service CI offered in the scope list.
    bool setServiceId(qint64 id);

    bool isBusy() const { return m_busy; }
    QString message() const;
    // The audit written, once it is.
    qint64 auditId() const { return m_auditId; }
    QString auditHumanId() const { return m_auditHumanId; }

public Q_SLOTS:
    // Runs the audit as the form says; auditRecorded() or failed() follow.
    void run();
    void reject() override;

Q_SIGNALS:
    void auditRecorded(qint64 id, const QString &humanId);
    void failed(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browseInventory();
    void browseMapping();
    void saveExample();
    void showMessage(const QString &text, bool error);
    void updateButtons();
    void retranslateUi();

    QPointer<WorkbookDocument> m_document;
    bool m_busy = false;
    qint64 m_auditId = 0;
    QString m_auditHumanId;
    QLabel *m_intro = nullptr;
    QLabel *m_inventoryLabel = nullptr;
    QLineEdit *m_inventory = nullptr;
    QPushButton *m_browseInventory = nullptr;
    QLabel *m_mappingLabel = nullptr;
    QRadioButton *m_useExample = nullptr;
    QPushButton *m_saveExample = nullptr;
    QRadioButton *m_useFile = nullptr;
    QLineEdit *m_mapping = nullptr;
    QPushButton *m_browseMapping = nullptr;
    QLabel *m_scopeLabel = nullptr;
    QComboBox *m_scope = nullptr;
    QLabel *m_message = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
