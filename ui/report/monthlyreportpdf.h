// Writes the monthly client report to an A4 PDF: each page with the client and period on top and
// its number at the bottom.
#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace relais {

struct MonthlyReport;

class MonthlyReportPdf final
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportPdf)

public:
    // Called before each page is drawn (page from 1) with the page count; false cancels.
    using Progress = std::function<bool(int page, int pages)>;

    // Writes the report to `path` (replaced) and returns its page count. Needs a QGuiApplication.
    // Cancelling leaves no file.
    static Result<int> write(const MonthlyReport &report, const QString &path, const Progress &progress = {});
};

} // namespace relais
