// The client's directory one key away (Ctrl+D in the form): every person with each of their
// numbers, filtered as one types; Enter puts the call through to the selected number.
#pragma once

#include "consignes/consignes.h"

#include <QDialog>

class QLineEdit;
class QListWidget;

namespace relais {

class PhoneNumbers;

struct DirectoryChoice
{
    QString personId;
    QString name;
    QString number; // E.164, as stored in the consignes
};

class DirectoryPicker final : public QDialog
{
    Q_OBJECT
public:
    DirectoryPicker(const QString &clientName, const QList<Person> &directory, const PhoneNumbers &phones,
                    QWidget *parent = nullptr);

    int entryCount() const;

Q_SIGNALS:
    void chosen(const relais::DirectoryChoice &choice);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void filter(const QString &text);
    void choose();

    QList<DirectoryChoice> m_choices;
    QLineEdit *m_filter;
    QListWidget *m_list;
};

} // namespace relais
