#pragma once

#include <QJsonObject>
#include <QMarginsF>
#include <QSizeF>
#include <QString>

namespace territoire {

// Paper of a printed layout: an ISO A size or a custom size, an orientation and margins.
// All lengths are millimetres.
class PageSetup
{
public:
    enum class Paper { A4, A3, A2, A1, A0, Custom };
    enum class Orientation { Portrait, Landscape };

    PageSetup() = default;
    PageSetup(Paper paper, Orientation orientation);

    Paper paper() const { return m_paper; }
    void setPaper(Paper paper) { m_paper = paper; }
    Orientation orientation() const { return m_orientation; }
    void setOrientation(Orientation orientation) { m_orientation = orientation; }
    // Custom paper size in mm; the orientation decides which side is the width.
    QSizeF customSizeMm() const { return m_customSizeMm; }
    void setCustomSizeMm(const QSizeF &size) { m_customSizeMm = size; }
    QMarginsF marginsMm() const { return m_marginsMm; }
    void setMarginsMm(const QMarginsF &margins) { m_marginsMm = margins; }

    // Page size in mm after applying the orientation.
    QSizeF sizeMm() const;
    // The page minus the margins, in mm from the top-left corner of the page.
    QRectF printableRectMm() const;
    bool isValid() const;

    // "A4", "A3", ..., "custom"; parsing is case-insensitive and returns false on unknown text.
    static QString paperName(Paper paper);
    static bool parsePaper(const QString &text, Paper *paper);
    static QString orientationName(Orientation orientation);
    static bool parseOrientation(const QString &text, Orientation *orientation);
    // ISO 216 portrait size of an A paper in mm (A4: 210 x 297); empty for Custom.
    static QSizeF isoSizeMm(Paper paper);

    QJsonObject toJson() const;
    static PageSetup fromJson(const QJsonObject &json);

private:
    Paper m_paper = Paper::A4;
    Orientation m_orientation = Orientation::Landscape;
    QSizeF m_customSizeMm {210, 297};
    QMarginsF m_marginsMm {10, 10, 10, 10};
};

} // namespace territoire
