// The greetings section of the consignes editor (see editorgreetingspage.h).
#include "editorgreetingspage.h"

#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

namespace relais {

namespace {
QPlainTextEdit *makeEdit(const char *objectName, QWidget *parent)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setTabChangesFocus(true);
    return edit;
}
} // namespace

EditorGreetingsPage::EditorGreetingsPage(QWidget *parent)
    : EditorPage(parent)
{
    m_open = makeEdit("editorGreetingOpen", this);
    m_closed = makeEdit("editorGreetingClosed", this);
    m_overflow = makeEdit("editorGreetingOverflow", this);
    QStringList variables;
    for (const QString &name : greetingVariables())
        variables << QLatin1Char('{') + name + QLatin1Char('}');
    auto *help = new QLabel(tr("Variables: %1 — {salutation} is Bonjour or Bonsoir by the client's hour.")
                                .arg(variables.join(QStringLiteral(", "))),
                            this);
    help->setObjectName(QStringLiteral("editorGreetingVariables"));
    help->setWordWrap(true);
    auto *form = new QFormLayout(this);
    form->addRow(help);
    form->addRow(tr("When open"), m_open);
    form->addRow(tr("When closed (empty: the open text)"), m_closed);
    form->addRow(tr("On overflow (may be empty)"), m_overflow);
    for (QPlainTextEdit *edit : {m_open, m_closed, m_overflow})
        connect(edit, &QPlainTextEdit::textChanged, this, &EditorPage::edited);
}

void EditorGreetingsPage::load(const Consignes &consignes)
{
    m_open->setPlainText(consignes.greetings.open);
    m_closed->setPlainText(consignes.greetings.closed);
    m_overflow->setPlainText(consignes.greetings.overflow);
}

void EditorGreetingsPage::apply(Consignes &consignes, QList<ConsignesIssue> &) const
{
    consignes.greetings.open = m_open->toPlainText().trimmed();
    consignes.greetings.closed = m_closed->toPlainText().trimmed();
    consignes.greetings.overflow = m_overflow->toPlainText().trimmed();
}

QStringList EditorGreetingsPage::sections() const
{
    return {QStringLiteral("greetings")};
}

} // namespace relais
