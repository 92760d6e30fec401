#pragma once

#include "ui_global.h"

#include "problem/rca.h"
#include "records/record.h"

#include <QList>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sb::ui {

// The root-cause analysis of a problem, as the record editor's "Root cause analysis" tab: the
// method, the chain of causes as a table whose columns follow the method (five whys: the
// numbered answers; cause and effect: a category and the cause; timeline: a moment and the
// event), one entry marked as the root cause, and the contributing factors, root cause and
// workaround. It writes nothing itself: the editor saves what changes() says with the rest of
// the form, so an analysis is saved, undone and meets conflicts like any other change.
class SB_UI_EXPORT RcaEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RcaEditor(QWidget *parent = nullptr);

    // The problem fields this editor holds (rca_method, rca_chain, contributing_factors,
    // root_cause, workaround); the main form leaves them out.
    static bool handles(const QString &field);

    // Shows the analysis of a problem (id 0: one being created).
    void setRecord(const Record &record, bool writable);
    void clear();
    // The fields whose value differs from the record's: null for no value, the chain in its
    // stored form (RcaChain::serialize()).
    QVariantMap changes() const;

    // One field as the form holds it, set as a person would (the chain as its JSON text).
    bool setFieldText(const QString &field, const QString &text);
    QString fieldText(const QString &field) const;

    QString method() const;
    void setMethod(const QString &method);
    const QList<RcaEntry> &entries() const { return m_entries; }
    void setEntries(const QList<RcaEntry> &entries);
    // The entries the table shows, as the buttons change them.
    void addEntry();
    void removeEntry(int row);
    void moveEntry(int row, int by);
    // Marks the entry as the root cause (and no other), or clears the mark.
    void setRoot(int row, bool root);
    QTableWidget *table() const { return m_table; }

Q_SIGNALS:
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    enum Column { CategoryColumn, AtColumn, TextColumn, RootColumn, ColumnCount };
    void rebuildTable(int selectRow = -1);
    void updateColumns();
    void updateButtons();
    void chainEdited();
    QString currentChain() const;
    void retranslateUi();

    QList<RcaEntry> m_entries;
    QString m_originalMethod;
    QString m_originalChain; // canonical, or as stored when it could not be read
    QString m_originalFactors;
    QString m_originalRoot;
    QString m_originalWorkaround;
    bool m_chainUnreadable = false;
    bool m_chainTouched = false;
    bool m_writable = false;
    bool m_filling = false;

    QLabel *m_methodLabel = nullptr;
    QComboBox *m_method = nullptr;
    QLabel *m_methodHint = nullptr;
    QLabel *m_chainProblem = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QLabel *m_factorsLabel = nullptr;
    QLabel *m_rootLabel = nullptr;
    QLabel *m_workaroundLabel = nullptr;
    QPlainTextEdit *m_factors = nullptr;
    QPlainTextEdit *m_root = nullptr;
    QPlainTextEdit *m_workaround = nullptr;
};

} // namespace sb::ui
