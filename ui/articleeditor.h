#pragma once

#include "ui_global.h"

#include "records/record.h"

#include <QVariantMap>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTextEdit;
class QToolBar;
class QToolButton;

namespace sb::ui {

// Writes a knowledge article: its title, service, category, keywords, audience and review
// date, and its body as rich text with a small formatting bar (bold, italic, headings, lists,
// code, links). The body is read from Markdown and given back as Markdown; what was loaded is
// kept in the form Qt writes it, so an article opened and saved unchanged is no new version.
class SB_UI_EXPORT ArticleEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ArticleEditor(QWidget *parent = nullptr);

    // Fills the form from an article (the record's current values).
    void load(const Record &article);
    // The fields that differ from what was loaded, as the write path takes them.
    QVariantMap changes() const;
    bool isModified() const { return m_modified; }
    // The body as Markdown, as it would be saved.
    QString markdown() const;
    void setReadOnly(bool readOnly);

    QTextEdit *textEdit() const { return m_text; }
    QLineEdit *titleEdit() const { return m_title; }
    // The formatting actions, by name: bold, italic, bullets, numbers, code, link.
    QAction *formatAction(const QString &name) const;
    // Makes the current block a heading of `level` (1 to 3), or plain text (0).
    void setHeading(int level);
    // Makes the selection a link to `url`; with nothing selected, inserts the address as one.
    void insertLink(const QString &url);

Q_SIGNALS:
    void modifiedChanged(bool modified);

protected:
    void changeEvent(QEvent *event) override;

private:
    void toggleBold(bool on);
    void toggleItalic(bool on);
    void toggleList(bool numbered);
    void toggleCode();
    void askLink();
    void updateFormatState();
    void updateModified();
    void retranslateUi();

    Record m_loaded;
    QString m_bodyBaseline; // the loaded body as Qt writes it back
    bool m_modified = false;
    bool m_loading = false;

    QLineEdit *m_title = nullptr;
    QLineEdit *m_service = nullptr;
    QLineEdit *m_category = nullptr;
    QLineEdit *m_keywords = nullptr;
    QLineEdit *m_review = nullptr;
    QComboBox *m_audience = nullptr;
    QToolBar *m_bar = nullptr;
    QToolButton *m_heading = nullptr;
    QAction *m_bold = nullptr;
    QAction *m_italic = nullptr;
    QAction *m_bullets = nullptr;
    QAction *m_numbers = nullptr;
    QAction *m_code = nullptr;
    QAction *m_link = nullptr;
    QList<QAction *> m_headingActions; // plain text, then heading 1 to 3
    QTextEdit *m_text = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_serviceLabel = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QLabel *m_keywordsLabel = nullptr;
    QLabel *m_reviewLabel = nullptr;
    QLabel *m_audienceLabel = nullptr;
};

} // namespace sb::ui
