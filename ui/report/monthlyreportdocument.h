// The monthly client report as a QTextDocument: figures, charts and the message list, with French
// labels through tr(). Built before rendering, so tests can read its text.
#pragma once

#include <QCoreApplication>
#include <QString>

#include <memory>

class QPaintDevice;
class QTextDocument;

namespace relais {

struct MonthlyReport;

class MonthlyReportDocument final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportDocument)

public:
    // Lays the document out for `device` (the PDF writer; null: the screen) at `textWidth` device units.
    static std::unique_ptr<QTextDocument> build(const MonthlyReport &report, QPaintDevice *device = nullptr,
                                                double textWidth = 0);

    // "Acme SARL (ACME)", the report's title line, and "October 2026", its period, for page headers.
    static QString clientLine(const MonthlyReport &report);
    static QString periodLine(const MonthlyReport &report);
};

} // namespace relais
