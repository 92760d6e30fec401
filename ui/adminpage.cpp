#include "adminpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace sb::ui {

AdminPage::AdminPage(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_banner = new QLabel(this);
    m_banner->setObjectName(u"readOnlyNotice"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText);
    m_banner->setFrameShape(QFrame::StyledPanel);
    m_banner->setMargin(6);
    m_banner->setAutoFillBackground(true);
    QPalette p = m_banner->palette();
    p.setColor(QPalette::Window, p.color(QPalette::ToolTipBase));
    p.setColor(QPalette::WindowText, p.color(QPalette::ToolTipText));
    m_banner->setPalette(p);
    m_banner->hide();
    layout->addWidget(m_banner);
    m_content = new QVBoxLayout;
    layout->addLayout(m_content, 1);
}

void AdminPage::setEditable(bool editable, const QString &why)
{
    m_editable = editable;
    m_banner->setVisible(!editable);
    m_banner->setText(editable
                          ? QString()
                          : tr("You can look at these settings but not change them. %1").arg(why));
    applyEditable(editable);
}

void AdminPage::addIntro(const QString &text)
{
    auto *intro = new QLabel(text, this);
    intro->setWordWrap(true);
    m_content->addWidget(intro);
}

QVBoxLayout *AdminPage::listColumn(QListWidget *list, std::initializer_list<QPushButton *> buttons)
{
    auto *column = new QVBoxLayout;
    column->addWidget(list, 1);
    auto *row = new QHBoxLayout;
    for (QPushButton *b : buttons)
        row->addWidget(b);
    column->addLayout(row);
    return column;
}

QString AdminPage::readOnlyReason() const
{
    return m_editable ? QString() : m_banner->text();
}

} // namespace sb::ui
