#include "conflictdialog.h"

#include "clock.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sb::ui {

ConflictDialog::ConflictDialog(const RecordTypeDef &type, const QVariantMap &mine,
                               const Record &theirs, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("%1 was changed by someone else").arg(theirs.humanId));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("%1 saved %2 at %3 while you were editing it. Nothing of yours has been saved yet. "
           "Compare the values and choose.")
            .arg(theirs.updatedBy, theirs.humanId,
                 fromStoredTime(theirs.updatedAt).toLocalTime().toString(Qt::TextDate)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *table = new QTableWidget(this);
    table->setObjectName(QStringLiteral("conflictTable"));
    table->setColumnCount(3);
    table->setHorizontalHeaderLabels({tr("Field"), tr("Yours (not saved)"), tr("Theirs (saved)")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    for (auto it = mine.constBegin(); it != mine.constEnd(); ++it) {
        const FieldDef *f = type.field(it.key());
        if (!f)
            continue;
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem(f->displayLabel()));
        table->setItem(row, 1, new QTableWidgetItem(it.value().toString()));
        table->setItem(row, 2, new QTableWidgetItem(f->display(theirs.value(f->name))));
    }
    layout->addWidget(table);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *theirsButton = buttons->addButton(tr("Use theirs"), QDialogButtonBox::RejectRole);
    QPushButton *mineButton =
        buttons->addButton(tr("Save mine over theirs"), QDialogButtonBox::AcceptRole);
    QPushButton *editButton = buttons->addButton(tr("Keep editing"), QDialogButtonBox::ResetRole);
    theirsButton->setObjectName(QStringLiteral("useTheirs"));
    mineButton->setObjectName(QStringLiteral("saveMine"));
    editButton->setObjectName(QStringLiteral("keepEditing"));
    editButton->setDefault(true);
    connect(theirsButton, &QPushButton::clicked, this, [this] {
        m_choice = UseTheirs;
        accept();
    });
    connect(mineButton, &QPushButton::clicked, this, [this] {
        m_choice = SaveMine;
        accept();
    });
    connect(editButton, &QPushButton::clicked, this, [this] {
        m_choice = KeepEditing;
        reject();
    });
    layout->addWidget(buttons);
    resize(640, 320);
}

} // namespace sb::ui
