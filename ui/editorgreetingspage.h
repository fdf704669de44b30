// The editor's greetings: the open, closed and overflow texts, with the variables they may use.
#pragma once

#include "editorpage.h"

class QPlainTextEdit;

namespace relais {

class EditorGreetingsPage final : public EditorPage
{
    Q_OBJECT
public:
    explicit EditorGreetingsPage(QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

private:
    QPlainTextEdit *m_open = nullptr;
    QPlainTextEdit *m_closed = nullptr;
    QPlainTextEdit *m_overflow = nullptr;
};

} // namespace relais
