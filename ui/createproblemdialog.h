#pragma once

#include "ui_global.h"

#include "problem/trends.h"

#include <QDialog>
#include <QVariantMap>

class QComboBox;
class QDialogButtonBox;
class QLineEdit;
class QPlainTextEdit;

namespace sb::ui {

// Logs a problem for a group of incidents found by the trends: the title, service, category
// and CI come from what the incidents share, the description says how many there were and
// when. Everything can be changed before the problem is logged.
class SB_UI_EXPORT CreateProblemDialog : public QDialog
{
    Q_OBJECT
public:
    // `incidentIds` are the human IDs of the incidents, for the description; `keyLabel` is the
    // candidate's key as people read it (a service's ID with its name), for the texts.
    CreateProblemDialog(const ProblemCandidate &candidate, const CandidateOptions &options,
                        const QStringList &incidentIds, const QStringList &logins,
                        const QString &user, const QString &keyLabel, QWidget *parent = nullptr);

    // The problem's values as the write path takes them (detected_by "trend").
    QVariantMap values() const;
    QLineEdit *titleEdit() const { return m_title; }

private:
    void updateOk();

    QLineEdit *m_title = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_ci = nullptr;
    QComboBox *m_impact = nullptr;
    QComboBox *m_urgency = nullptr;
    QLineEdit *m_manager = nullptr;
    QPlainTextEdit *m_description = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sb::ui
