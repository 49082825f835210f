#include "export/PageSetup.h"

#include <QRectF>

#include <algorithm>

namespace territoire {

PageSetup::PageSetup(Paper paper, Orientation orientation)
    : m_paper(paper)
    , m_orientation(orientation)
{ }

QSizeF PageSetup::isoSizeMm(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return {210, 297};
    case Paper::A3:
        return {297, 420};
    case Paper::A2:
        return {420, 594};
    case Paper::A1:
        return {594, 841};
    case Paper::A0:
        return {841, 1189};
    case Paper::Custom:
        break;
    }
    return {};
}

QSizeF PageSetup::sizeMm() const
{
    const QSizeF base = m_paper == Paper::Custom ? m_customSizeMm : isoSizeMm(m_paper);
    const double shortSide = std::min(base.width(), base.height());
    const double longSide = std::max(base.width(), base.height());
    return m_orientation == Orientation::Landscape ? QSizeF(longSide, shortSide)
                                                   : QSizeF(shortSide, longSide);
}

QRectF PageSetup::printableRectMm() const
{
    return QRectF(QPointF(0, 0), sizeMm()).marginsRemoved(m_marginsMm);
}

bool PageSetup::isValid() const
{
    const QSizeF size = sizeMm();
    return size.width() >= 20 && size.height() >= 20 && size.width() <= 5000
        && size.height() <= 5000 && !printableRectMm().isEmpty();
}

QString PageSetup::paperName(Paper paper)
{
    switch (paper) {
    case Paper::A4:
        return QStringLiteral("A4");
    case Paper::A3:
        return QStringLiteral("A3");
    case Paper::A2:
        return QStringLiteral("A2");
    case Paper::A1:
        return QStringLiteral("A1");
    case Paper::A0:
        return QStringLiteral("A0");
    case Paper::Custom:
        break;
    }
    return QStringLiteral("custom");
}

bool PageSetup::parsePaper(const QString &text, Paper *paper)
{
    for (Paper p : {Paper::A4, Paper::A3, Paper::A2, Paper::A1, Paper::A0, Paper::Custom}) {
        if (text.compare(paperName(p), Qt::CaseInsensitive) == 0) {
            *paper = p;
            return true;
        }
    }
    return false;
}

QString PageSetup::orientationName(Orientation orientation)
{
    return orientation == Orientation::Landscape ? QStringLiteral("landscape")
                                                 : QStringLiteral("portrait");
}

bool PageSetup::parseOrientation(const QString &text, Orientation *orientation)
{
    if (text.compare(QLatin1String("landscape"), Qt::CaseInsensitive) == 0) {
        *orientation = Orientation::Landscape;
        return true;
    }
    if (text.compare(QLatin1String("portrait"), Qt::CaseInsensitive) == 0) {
        *orientation = Orientation::Portrait;
        return true;
    }
    return false;
}

QJsonObject PageSetup::toJson() const
{
    QJsonObject json {{QStringLiteral("paper"), paperName(m_paper)},
                      {QStringLiteral("orientation"), orientationName(m_orientation)},
                      {QStringLiteral("margins_mm"),
                       QJsonObject {{QStringLiteral("left"), m_marginsMm.left()},
                                    {QStringLiteral("top"), m_marginsMm.top()},
                                    {QStringLiteral("right"), m_marginsMm.right()},
                                    {QStringLiteral("bottom"), m_marginsMm.bottom()}}}};
    if (m_paper == Paper::Custom) {
        json.insert(QStringLiteral("width_mm"), m_customSizeMm.width());
        json.insert(QStringLiteral("height_mm"), m_customSizeMm.height());
    }
    return json;
}

PageSetup PageSetup::fromJson(const QJsonObject &json)
{
    PageSetup page;
    parsePaper(json.value(QStringLiteral("paper")).toString(QStringLiteral("A4")), &page.m_paper);
    parseOrientation(json.value(QStringLiteral("orientation")).toString(), &page.m_orientation);
    if (page.m_paper == Paper::Custom)
        page.m_customSizeMm = QSizeF(json.value(QStringLiteral("width_mm")).toDouble(210),
                                     json.value(QStringLiteral("height_mm")).toDouble(297));
    const QJsonObject m = json.value(QStringLiteral("margins_mm")).toObject();
    page.m_marginsMm = QMarginsF(m.value(QStringLiteral("left")).toDouble(10),
                                 m.value(QStringLiteral("top")).toDouble(10),
                                 m.value(QStringLiteral("right")).toDouble(10),
                                 m.value(QStringLiteral("bottom")).toDouble(10));
    return page;
}

} // namespace territoire
