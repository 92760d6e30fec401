#include "articleeditor.h"

#include "records/recordtypes.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFontDatabase>
#include <QFormLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextEdit>
#include <QTextList>
#include <QToolBar>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

namespace {

const RecordTypeDef &articleType()
{
    static const RecordTypeDef *def = RecordTypes::find(u"kb_article");
    Q_ASSERT(def);
    return *def;
}

QString fieldLabel(const char *name)
{
    const FieldDef *f = articleType().field(QString::fromLatin1(name));
    return f ? f->displayLabel() : QString::fromLatin1(name);
}

// The stored value of a field as the form shows it.
QString loadedText(const Record &r, const char *name)
{
    const QString field = QString::fromLatin1(name);
    if (field == u"title"_s)
        return r.title;
    const FieldDef *f = articleType().field(field);
    const QString c = f ? f->canonical(r.value(field)) : r.value(field).toString();
    return c.isNull() ? QString() : c;
}

// Markdown headings read into Qt the way QTextMarkdownImporter makes them: bigger and bold.
QTextCharFormat headingCharFormat(int level)
{
    QTextCharFormat f;
    f.setFontWeight(level > 0 ? QFont::Bold : QFont::Normal);
    f.setProperty(QTextFormat::FontSizeAdjustment, level > 0 ? 4 - level : 0);
    return f;
}

bool isCodeBlock(const QTextBlock &block)
{
    return block.blockFormat().hasProperty(QTextFormat::BlockCodeFence);
}

} // namespace

ArticleEditor::ArticleEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"articleEditor"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    auto line = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(u"article_"_s + QString::fromLatin1(name));
        connect(e, &QLineEdit::textChanged, this, &ArticleEditor::updateModified);
        return e;
    };
    m_title = line("title");
    m_service = line("service");
    m_category = line("category");
    m_keywords = line("keywords");
    m_review = line("review_date");
    m_audience = new QComboBox(this);
    m_audience->setObjectName(u"article_audience"_s);
    m_audience->addItem(QString(), QString());
    if (const FieldDef *f = articleType().field(u"audience"))
        for (const Choice &c : f->choices)
            m_audience->addItem(f->choiceLabel(c.code), c.code);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &ArticleEditor::updateModified);
    m_titleLabel = new QLabel(this);
    m_serviceLabel = new QLabel(this);
    m_categoryLabel = new QLabel(this);
    m_keywordsLabel = new QLabel(this);
    m_reviewLabel = new QLabel(this);
    m_audienceLabel = new QLabel(this);
    form->addRow(m_titleLabel, m_title);
    // Two fields a row: the body below gets the height.
    auto pair = [](QWidget *first, QLabel *label, QWidget *second) {
        auto *row = new QHBoxLayout;
        row->addWidget(first, 1);
        row->addSpacing(8);
        row->addWidget(label);
        row->addWidget(second, 1);
        return row;
    };
    form->addRow(m_serviceLabel, pair(m_service, m_categoryLabel, m_category));
    form->addRow(m_keywordsLabel, m_keywords);
    form->addRow(m_reviewLabel, pair(m_review, m_audienceLabel, m_audience));
    layout->addLayout(form);

    m_bar = new QToolBar(this);
    m_bar->setObjectName(u"formatBar"_s);
    m_bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_bar->setIconSize(QSize(16, 16));
    m_heading = new QToolButton(m_bar);
    m_heading->setObjectName(u"format_heading"_s);
    m_heading->setPopupMode(QToolButton::InstantPopup);
    auto *headingMenu = new QMenu(m_heading);
    for (int level = 0; level <= 3; ++level) {
        QAction *a = headingMenu->addAction(QString());
        a->setObjectName(u"format_heading%1"_s.arg(level));
        connect(a, &QAction::triggered, this, [this, level] { setHeading(level); });
        m_headingActions << a;
    }
    m_heading->setMenu(headingMenu);
    m_bar->addWidget(m_heading);
    auto action = [this](const char *name, bool checkable) {
        auto *a = new QAction(this);
        a->setObjectName(u"format_"_s + QString::fromLatin1(name));
        a->setCheckable(checkable);
        m_bar->addAction(a);
        return a;
    };
    m_bold = action("bold", true);
    m_bold->setShortcut(QKeySequence::Bold);
    m_italic = action("italic", true);
    m_italic->setShortcut(QKeySequence::Italic);
    m_bar->addSeparator();
    m_bullets = action("bullets", true);
    m_numbers = action("numbers", true);
    m_bar->addSeparator();
    m_code = action("code", true);
    m_link = action("link", false);
    m_link->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    for (QAction *a : {m_bold, m_italic, m_link})
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    // Bold and italic read as such on the bar.
    QFont bold = m_bar->font();
    bold.setBold(true);
    m_bold->setFont(bold);
    QFont italic = m_bar->font();
    italic.setItalic(true);
    m_italic->setFont(italic);
    m_code->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    connect(m_bold, &QAction::triggered, this, &ArticleEditor::toggleBold);
    connect(m_italic, &QAction::triggered, this, &ArticleEditor::toggleItalic);
    connect(m_bullets, &QAction::triggered, this, [this] { toggleList(false); });
    connect(m_numbers, &QAction::triggered, this, [this] { toggleList(true); });
    connect(m_code, &QAction::triggered, this, &ArticleEditor::toggleCode);
    connect(m_link, &QAction::triggered, this, &ArticleEditor::askLink);
    layout->addWidget(m_bar);

    m_text = new QTextEdit(this);
    m_text->setObjectName(u"articleText"_s);
    m_text->setAcceptRichText(true);
    m_text->setTabChangesFocus(false);
    connect(m_text, &QTextEdit::currentCharFormatChanged, this, &ArticleEditor::updateFormatState);
    connect(m_text, &QTextEdit::cursorPositionChanged, this, &ArticleEditor::updateFormatState);
    connect(m_text->document(), &QTextDocument::contentsChanged, this,
            &ArticleEditor::updateModified);
    layout->addWidget(m_text, 1);

    retranslateUi();
}

void ArticleEditor::retranslateUi()
{
    m_titleLabel->setText(fieldLabel("title") + u" *"_s);
    m_serviceLabel->setText(fieldLabel("service"));
    m_categoryLabel->setText(fieldLabel("category"));
    m_keywordsLabel->setText(fieldLabel("keywords"));
    m_reviewLabel->setText(fieldLabel("review_date"));
    m_audienceLabel->setText(fieldLabel("audience"));
    m_review->setPlaceholderText(tr("YYYY-MM-DD"));
    m_keywords->setPlaceholderText(tr("words people search for, not in the text"));
    if (const FieldDef *f = articleType().field(u"audience")) {
        for (int i = 1; i < m_audience->count(); ++i)
            m_audience->setItemText(i, f->choiceLabel(m_audience->itemData(i).toString()));
    }
    m_heading->setText(tr("Heading"));
    m_heading->setToolTip(tr("Make the paragraph a heading, or plain text again"));
    const QStringList headings {tr("Normal text"), tr("Heading 1"), tr("Heading 2"),
                                tr("Heading 3")};
    for (int i = 0; i < m_headingActions.size(); ++i)
        m_headingActions[i]->setText(headings.value(i));
    m_bold->setText(tr("B", "bold, on the formatting bar"));
    m_bold->setToolTip(tr("Bold (%1)").arg(m_bold->shortcut().toString(QKeySequence::NativeText)));
    m_italic->setText(tr("I", "italic, on the formatting bar"));
    m_italic->setToolTip(
        tr("Italic (%1)").arg(m_italic->shortcut().toString(QKeySequence::NativeText)));
    m_bullets->setText(tr("• List"));
    m_bullets->setToolTip(tr("Bulleted list"));
    m_numbers->setText(tr("1. List"));
    m_numbers->setToolTip(tr("Numbered list"));
    m_code->setText(tr("Code"));
    m_code->setToolTip(tr("Code: the selected words, or the selected lines as a code block"));
    m_link->setText(tr("Link…"));
    m_link->setToolTip(tr("Link the selection to an address (%1)")
                           .arg(m_link->shortcut().toString(QKeySequence::NativeText)));
    m_text->setPlaceholderText(tr("What the reader needs to know: the symptom, the cause, and the "
                                  "steps that fix it."));
}

void ArticleEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ArticleEditor::load(const Record &article)
{
    m_loading = true;
    m_loaded = article;
    m_title->setText(loadedText(article, "title"));
    m_service->setText(loadedText(article, "service"));
    m_category->setText(loadedText(article, "category"));
    m_keywords->setText(loadedText(article, "keywords"));
    m_review->setText(loadedText(article, "review_date"));
    const int audience = m_audience->findData(loadedText(article, "audience"));
    m_audience->setCurrentIndex(audience < 0 ? 0 : audience);
    for (QLineEdit *e : {m_title, m_service, m_category, m_keywords, m_review})
        e->setCursorPosition(0);
    m_text->document()->setMarkdown(article.fields.value(u"body"_s).toString());
    m_text->document()->setModified(false);
    m_text->moveCursor(QTextCursor::Start);
    m_bodyBaseline = markdown();
    m_loading = false;
    m_modified = false;
    updateFormatState();
    Q_EMIT modifiedChanged(false);
}

QString ArticleEditor::markdown() const
{
    return m_text->document()->toMarkdown(QTextDocument::MarkdownDialectGitHub);
}

QVariantMap ArticleEditor::changes() const
{
    QVariantMap out;
    auto compare = [&](const char *name, const QString &now) {
        if (now != loadedText(m_loaded, name))
            out.insert(QString::fromLatin1(name), now.isEmpty() ? QVariant() : QVariant(now));
    };
    compare("title", m_title->text().trimmed());
    compare("service", m_service->text().trimmed());
    compare("category", m_category->text().trimmed());
    compare("keywords", m_keywords->text().trimmed());
    compare("review_date", m_review->text().trimmed());
    compare("audience", m_audience->currentData().toString());
    // Compared in Qt's own Markdown: the loaded text may have been written differently.
    if (m_text->document()->isModified()) {
        const QString body = markdown();
        if (body != m_bodyBaseline)
            out.insert(u"body"_s, body.trimmed().isEmpty() ? QVariant() : QVariant(body));
    }
    return out;
}

void ArticleEditor::updateModified()
{
    if (m_loading)
        return;
    const bool modified = !changes().isEmpty();
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ArticleEditor::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_title, m_service, m_category, m_keywords, m_review})
        e->setReadOnly(readOnly);
    m_audience->setEnabled(!readOnly);
    m_text->setReadOnly(readOnly);
    m_bar->setEnabled(!readOnly);
}

QAction *ArticleEditor::formatAction(const QString &name) const
{
    if (name == u"bold"_s)
        return m_bold;
    if (name == u"italic"_s)
        return m_italic;
    if (name == u"bullets"_s)
        return m_bullets;
    if (name == u"numbers"_s)
        return m_numbers;
    if (name == u"code"_s)
        return m_code;
    if (name == u"link"_s)
        return m_link;
    return nullptr;
}

void ArticleEditor::updateFormatState()
{
    const QTextCursor c = m_text->textCursor();
    const QTextCharFormat f = c.charFormat();
    m_bold->setChecked(f.fontWeight() >= QFont::Bold);
    m_italic->setChecked(f.fontItalic());
    m_code->setChecked(f.fontFixedPitch() || isCodeBlock(c.block()));
    const QTextList *list = c.currentList();
    const bool numbered = list && list->format().style() == QTextListFormat::ListDecimal;
    m_bullets->setChecked(list && !numbered);
    m_numbers->setChecked(numbered);
}

void ArticleEditor::toggleBold(bool on)
{
    QTextCharFormat f;
    f.setFontWeight(on ? QFont::Bold : QFont::Normal);
    m_text->mergeCurrentCharFormat(f);
    m_text->setFocus();
}

void ArticleEditor::toggleItalic(bool on)
{
    QTextCharFormat f;
    f.setFontItalic(on);
    m_text->mergeCurrentCharFormat(f);
    m_text->setFocus();
}

void ArticleEditor::setHeading(int level)
{
    level = qBound(0, level, 3);
    QTextCursor c = m_text->textCursor();
    c.beginEditBlock();
    // Every block the selection touches.
    const int start = qMin(c.anchor(), c.position());
    const int end = qMax(c.anchor(), c.position());
    QTextBlock block = m_text->document()->findBlock(start);
    while (block.isValid() && block.position() <= end) {
        QTextCursor bc(block);
        QTextBlockFormat bf = block.blockFormat();
        bf.setHeadingLevel(level);
        bc.setBlockFormat(bf);
        bc.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        const QTextCharFormat cf = headingCharFormat(level);
        bc.mergeCharFormat(cf);
        bc.mergeBlockCharFormat(cf);
        block = block.next();
    }
    c.endEditBlock();
    m_text->mergeCurrentCharFormat(headingCharFormat(level));
    m_text->setFocus();
}

void ArticleEditor::toggleList(bool numbered)
{
    const auto style = numbered ? QTextListFormat::ListDecimal : QTextListFormat::ListDisc;
    QTextCursor c = m_text->textCursor();
    c.beginEditBlock();
    if (QTextList *list = c.currentList()) {
        if (list->format().style() == style) {
            // Off again: the blocks of the selection leave the list.
            const int start = qMin(c.anchor(), c.position());
            const int end = qMax(c.anchor(), c.position());
            QTextBlock block = m_text->document()->findBlock(start);
            while (block.isValid() && block.position() <= end) {
                if (QTextList *l = block.textList()) {
                    l->remove(block);
                    QTextCursor bc(block);
                    QTextBlockFormat bf = block.blockFormat();
                    bf.setIndent(0);
                    bc.setBlockFormat(bf);
                }
                block = block.next();
            }
        } else {
            QTextListFormat lf = list->format();
            lf.setStyle(style);
            list->setFormat(lf);
        }
    } else {
        QTextListFormat lf;
        lf.setStyle(style);
        c.createList(lf);
    }
    c.endEditBlock();
    updateFormatState();
    m_text->setFocus();
}

void ArticleEditor::toggleCode()
{
    QTextCursor c = m_text->textCursor();
    const QTextDocument *doc = m_text->document();
    const bool severalBlocks =
        doc->findBlock(c.selectionStart()) != doc->findBlock(c.selectionEnd());
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    c.beginEditBlock();
    if (severalBlocks
        || (!c.hasSelection() && (c.block().text().isEmpty() || isCodeBlock(c.block())))) {
        // Lines of code: a fenced block, as Markdown writes it.
        const bool on = !isCodeBlock(c.block());
        QTextBlock block = doc->findBlock(c.selectionStart());
        const QTextBlock last = doc->findBlock(c.selectionEnd());
        for (;;) {
            QTextCursor bc(block);
            QTextBlockFormat bf = block.blockFormat();
            if (on) {
                bf.setProperty(QTextFormat::BlockCodeFence, QString(u'`'));
                bf.setNonBreakableLines(true);
            } else {
                bf.clearProperty(QTextFormat::BlockCodeFence);
                bf.clearProperty(QTextFormat::BlockCodeLanguage);
                bf.setNonBreakableLines(false);
            }
            bc.setBlockFormat(bf);
            QTextCharFormat cf;
            if (on)
                cf.setFont(fixed, QTextCharFormat::FontPropertiesSpecifiedOnly);
            else
                cf.setFontFamilies(QStringList {QApplication::font().family()});
            cf.setFontFixedPitch(on);
            bc.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            bc.mergeCharFormat(cf);
            bc.mergeBlockCharFormat(cf);
            if (block == last || !block.isValid())
                break;
            block = block.next();
        }
    } else {
        // Words of code inside a sentence.
        const bool on = !c.charFormat().fontFixedPitch();
        QTextCharFormat cf;
        if (on)
            cf.setFontFamilies(fixed.families().isEmpty() ? QStringList {fixed.family()}
                                                          : fixed.families());
        else
            cf.setFontFamilies(QStringList {QApplication::font().family()});
        cf.setFontFixedPitch(on);
        if (c.hasSelection())
            c.mergeCharFormat(cf);
        m_text->mergeCurrentCharFormat(cf);
    }
    c.endEditBlock();
    updateFormatState();
    m_text->setFocus();
}

void ArticleEditor::askLink()
{
    const QTextCursor c = m_text->textCursor();
    const QString current = c.charFormat().anchorHref();
    bool ok = false;
    const QString url =
        QInputDialog::getText(this, tr("Link"), tr("Address (https://…, mailto:…):"),
                              QLineEdit::Normal, current.isEmpty() ? u"https://"_s : current, &ok)
            .trimmed();
    if (ok)
        insertLink(url);
}

void ArticleEditor::insertLink(const QString &url)
{
    QTextCursor c = m_text->textCursor();
    QTextCharFormat f;
    if (url.isEmpty() || url == u"https://"_s) {
        // An empty address takes the link off.
        f.setAnchor(false);
        f.setAnchorHref(QString());
        f.setFontUnderline(false);
        f.setForeground(palette().brush(QPalette::Text));
        if (c.hasSelection())
            c.mergeCharFormat(f);
        m_text->mergeCurrentCharFormat(f);
        return;
    }
    f.setAnchor(true);
    f.setAnchorHref(url);
    f.setFontUnderline(true);
    f.setForeground(palette().brush(QPalette::Link));
    c.beginEditBlock();
    if (c.hasSelection()) {
        c.mergeCharFormat(f);
    } else {
        c.insertText(url, f);
        // What is typed after the link is no part of it.
        QTextCharFormat plain = c.charFormat();
        plain.setAnchor(false);
        plain.setAnchorHref(QString());
        plain.setFontUnderline(false);
        plain.setForeground(palette().brush(QPalette::Text));
        c.setCharFormat(plain);
    }
    c.endEditBlock();
    m_text->setTextCursor(c);
    m_text->setFocus();
}

} // namespace sb::ui
