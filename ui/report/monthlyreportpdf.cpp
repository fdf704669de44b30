// The PDF goes through a QSaveFile (a temporary file renamed once complete), so a failed or cancelled
// render never leaves a half-written report where the user asked for one.
#include "monthlyreportpdf.h"

#include "monthlyreportdocument.h"
#include "supervision/monthlyreport.h"

#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace relais {
namespace {

constexpr int kResolution = 300; // dpi: fine enough for print, small enough text coordinates

} // namespace

Result<int> MonthlyReportPdf::write(const MonthlyReport &report, const QString &path,
                                    const Progress &progress)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error{tr("cannot write the report: %1").arg(file.errorString()), path};
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(kResolution);
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                         QMarginsF(15, 12, 15, 12), QPageLayout::Millimeter));
        writer.setTitle(
            tr("Monthly report — %1 — %2")
                .arg(MonthlyReportDocument::clientLine(report), MonthlyReportDocument::periodLine(report)));
        writer.setCreator(QStringLiteral("Relais"));

        QPainter painter;
        if (!painter.begin(&writer))
            return Error{tr("cannot start drawing the PDF"), path};
        const double width = writer.width();
        const double height = writer.height();
        QFont small(QStringLiteral("DejaVu Sans"));
        small.setPointSizeF(8);
        const double line = QFontMetricsF(small, &writer).height();
        const double headerHeight = line * 2.2;
        const double footerHeight = line * 1.8;
        const double bodyHeight = height - headerHeight - footerHeight;

        const std::unique_ptr<QTextDocument> document = MonthlyReportDocument::build(report, &writer, width);
        document->setPageSize(QSizeF(width, bodyHeight));
        pages = document->pageCount();
        for (int page = 0; page < pages; ++page) {
            if (progress && !progress(page + 1, pages)) {
                painter.end();
                file.cancelWriting();
                return Error{tr("the report was cancelled"), path};
            }
            if (page > 0)
                writer.newPage();
            painter.setFont(small);
            painter.setPen(Qt::darkGray);
            painter.drawText(QRectF(0, 0, width, line), Qt::AlignLeft | Qt::AlignVCenter,
                             MonthlyReportDocument::clientLine(report));
            painter.drawText(QRectF(0, 0, width, line), Qt::AlignRight | Qt::AlignVCenter,
                             MonthlyReportDocument::periodLine(report));
            painter.drawLine(QPointF(0, line * 1.4), QPointF(width, line * 1.4));
            painter.drawText(QRectF(0, height - line, width, line), Qt::AlignHCenter | Qt::AlignVCenter,
                             tr("Page %1 of %2").arg(page + 1).arg(pages));

            painter.save();
            painter.translate(0, headerHeight - double(page) * bodyHeight);
            // drawContents paints every block the rectangle touches, whole: clip to this page's slice.
            const QRectF slice(0, double(page) * bodyHeight, width, bodyHeight);
            painter.setClipRect(slice);
            document->drawContents(&painter, slice);
            painter.restore();
        }
        if (!painter.end())
            return Error{tr("cannot finish the PDF"), path};
    }
    if (!file.commit())
        return Error{tr("cannot write the report: %1").arg(file.errorString()), path};
    return pages;
}

} // namespace relais
