#pragma once

#include <QDialog>

class QComboBox;
class QTableWidget;

namespace territoire {

class GaugeNetwork;

// Edits the local thresholds of the stations (quantity, value, label, colour, source such as
// "crue de 1990"). Applied to the network on OK; the project section "gauges" stores them.
class ThresholdEditor : public QDialog
{
    Q_OBJECT
public:
    ThresholdEditor(GaugeNetwork *network, const QString &stationCode, QWidget *parent = nullptr);

private:
    void load(const QString &code);
    void apply();

    GaugeNetwork *m_network;
    QComboBox *m_station;
    QTableWidget *m_table;
    QString m_loaded;
};

} // namespace territoire
