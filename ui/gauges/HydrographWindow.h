#pragma once

#include <QDateTime>
#include <QWidget>

class QChartView;
class QComboBox;
class QCheckBox;

namespace territoire {

class GaugeNetwork;

// Height and/or flow of one station over 24 hours, 7 days or the whole recording (Qt Charts),
// with the station's thresholds drawn; zoom with the mouse (rubber band, right click to zoom
// out); export as PNG or CSV. H and Q have their own axes and units.
class HydrographWindow : public QWidget
{
    Q_OBJECT
public:
    HydrographWindow(GaugeNetwork *network, const QString &stationCode, QWidget *parent = nullptr);

    void setStation(const QString &code);
    QString station() const { return m_code; }
    // Writes "time_utc,quantity,value,unit" rows of the series shown. False on failure.
    bool exportCsv(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path) const;
    void rebuild();

private:
    GaugeNetwork *m_network;
    QString m_code;
    QChartView *m_view;
    QComboBox *m_range;
    QCheckBox *m_showHeight;
    QCheckBox *m_showFlow;
    QDateTime m_from;
    QDateTime m_to;
};

} // namespace territoire
