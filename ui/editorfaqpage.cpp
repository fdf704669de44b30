// The FAQ and say / never say section of the consignes editor (see editorfaqpage.h).
#include "editorfaqpage.h"

#include "editorfields.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTableWidget>
#include <QVBoxLayout>

namespace relais {

EditorFaqPage::EditorFaqPage(QWidget *parent)
    : EditorPage(parent)
{
    m_faq = editorfields::makeTable("editorFaq", {tr("Question"), tr("Answer")}, this);
    connect(m_faq, &QTableWidget::itemChanged, this, &EditorPage::edited);
    connect(m_faq->model(), &QAbstractItemModel::rowsRemoved, this, &EditorPage::edited);
    m_say = new QPlainTextEdit(this);
    m_say->setObjectName(QStringLiteral("editorSay"));
    m_neverSay = new QPlainTextEdit(this);
    m_neverSay->setObjectName(QStringLiteral("editorNeverSay"));
    for (QPlainTextEdit *edit : {m_say, m_neverSay}) {
        edit->setPlaceholderText(tr("One item per line"));
        connect(edit, &QPlainTextEdit::textChanged, this, &EditorPage::edited);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Frequent questions"), this));
    layout->addWidget(editorfields::withRowButtons(
                          m_faq, [](int) {}, this),
                      2);
    auto *form = new QFormLayout;
    form->addRow(tr("Say"), m_say);
    form->addRow(tr("Never say"), m_neverSay);
    layout->addLayout(form, 1);
}

void EditorFaqPage::load(const Consignes &consignes)
{
    m_faq->setRowCount(0);
    for (const FaqEntry &entry : consignes.faq) {
        const int row = m_faq->rowCount();
        m_faq->insertRow(row);
        editorfields::setCell(m_faq, row, 0, entry.question);
        editorfields::setCell(m_faq, row, 1, entry.answer);
    }
    m_say->setPlainText(consignes.say.join(QLatin1Char('\n')));
    m_neverSay->setPlainText(consignes.neverSay.join(QLatin1Char('\n')));
}

void EditorFaqPage::apply(Consignes &consignes, QList<ConsignesIssue> &) const
{
    consignes.faq.clear();
    for (int row = 0; row < m_faq->rowCount(); ++row)
        consignes.faq << FaqEntry{editorfields::cell(m_faq, row, 0), editorfields::cell(m_faq, row, 1)};
    consignes.say = editorfields::lines(m_say);
    consignes.neverSay = editorfields::lines(m_neverSay);
}

QStringList EditorFaqPage::sections() const
{
    return {QStringLiteral("faq"), QStringLiteral("say"), QStringLiteral("neverSay")};
}

} // namespace relais
