// A bar chart inside a QTextDocument (an inline object drawn with QPainter), so it flows and
// paginates with the report's text and stays vector graphics in the PDF.
#pragma once

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTextObjectInterface>

class QTextCursor;
class QTextDocument;

namespace relais {

class ReportBarChart final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 1;

    // Registers the chart drawer on `document` (once; it is owned by the document).
    static void registerOn(QTextDocument &document);
    // Inserts a chart of `values` with one label per bar (an empty label shows none) at `cursor`.
    static void insert(QTextCursor &cursor, const QList<qint64> &values, const QStringList &labels);

    QSizeF intrinsicSize(QTextDocument *document, int position, const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *document, int position,
                    const QTextFormat &format) override;

private:
    explicit ReportBarChart(QObject *parent);
};

} // namespace relais
