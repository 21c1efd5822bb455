#pragma once

#include "ReportInput.h"

#include <QObject>
#include <QSizeF>
#include <QTextObjectInterface>

#include <optional>

class QChart;
class QPainter;
class QTextDocument;

namespace bilan {

enum class ChartKind
{
    Hours,     // hours rendered over the last five years
    Members,   // members at year end and new members over the last five years
    Revenue,   // Y's actual revenue by finance kind
    Experts,   // experts active at Y's end by role
    Gender,    // women and the others among experts who gave a gender (withheld below the minimum)
    Categories // the members' categories' shares of the hours rendered to members, five years
};

// The report's charts, drawn with Qt Charts straight onto the page's painter so that they stay
// vector graphics in the PDF. In a QTextDocument a chart is an inline object (see `install`):
// the layout reserves its size and the painter that draws the page draws the chart.
class ReportCharts : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int ObjectType = QTextFormat::UserObject + 31;
    static constexpr int KindProperty = QTextFormat::UserProperty + 31;
    static constexpr const char* UrlScheme = "bilan-chart";

    static QString title(ChartKind kind, ReportLanguage language);
    static QString key(ChartKind kind);
    static std::optional<ChartKind> fromKey(const QString& key);

    // A new chart of `kind` (the caller owns it), animations off, ready to render.
    static QChart* create(ChartKind kind, const ReportInput& input);
    // Draws the chart of `kind` into `rect` of `painter`'s coordinates.
    static void draw(ChartKind kind, const ReportInput& input, QPainter* painter,
                     const QRectF& rect);

    // Whether the chart of `kind` has a value above zero to show; one that has none is left out
    // of the report rather than drawn as an empty frame with a meaningless axis.
    static bool hasData(ChartKind kind, const ReportInput& input);
    // `values` as whole percentages of their sum that add up to 100 (largest remainder); all
    // zeros when the sum is not positive.
    static QList<int> wholePercents(const QList<double>& values);

    // Makes `document` draw its chart objects from `input`; the handler is the document's child.
    static void install(QTextDocument* document, const ReportInput& input);

    QSizeF intrinsicSize(QTextDocument* document, int position, const QTextFormat& format) override;
    void drawObject(QPainter* painter, const QRectF& rect, QTextDocument* document, int position,
                    const QTextFormat& format) override;

private:
    ReportCharts(const ReportInput& input, QObject* parent);
    ReportInput m_input;
};

} // namespace bilan
