// The editor's FAQ (questions and answers) and the say / never say lists.
#pragma once

#include "editorpage.h"

class QPlainTextEdit;
class QTableWidget;

namespace relais {

class EditorFaqPage final : public EditorPage
{
    Q_OBJECT
public:
    explicit EditorFaqPage(QWidget *parent = nullptr);

    void load(const Consignes &consignes) override;
    void apply(Consignes &consignes, QList<ConsignesIssue> &issues) const override;
    QStringList sections() const override;

private:
    QTableWidget *m_faq = nullptr; // question, answer
    QPlainTextEdit *m_say = nullptr;
    QPlainTextEdit *m_neverSay = nullptr;
};

} // namespace relais
