#include "HydrographWindow.h"

#include "base/Clock.h"
#include "feeds/ObservationCache.h"
#include "feeds/gauges/GaugeNetwork.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QPushButton>
#include <QTextStream>
#include <QTimeZone>
#include <QVBoxLayout>
#include <QtCharts/QChart>
#include <QtCharts/QChartView>
#include <QtCharts/QDateTimeAxis>
#include <QtCharts/QLineSeries>
#include <QtCharts/QValueAxis>

namespace territoire {

HydrographWindow::HydrographWindow(GaugeNetwork *network, const QString &stationCode,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_network(network)
    , m_view(new QChartView(this))
    , m_range(new QComboBox(this))
    , m_showHeight(new QCheckBox(tr("Height (m)"), this))
    , m_showFlow(new QCheckBox(tr("Flow (m³/s)"), this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    resize(820, 480);
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_range->addItem(tr("24 hours"), 24 * 3600);
    m_range->addItem(tr("7 days"), 7 * 24 * 3600);
    m_range->addItem(tr("Whole recording"), 0);
    m_showHeight->setChecked(true);
    m_showFlow->setChecked(true);
    auto *png = new QPushButton(tr("Export PNG…"), this);
    auto *csv = new QPushButton(tr("Export CSV…"), this);
    bar->addWidget(m_range);
    bar->addWidget(m_showHeight);
    bar->addWidget(m_showFlow);
    bar->addStretch();
    bar->addWidget(png);
    bar->addWidget(csv);
    layout->addLayout(bar);
    m_view->setRubberBand(QChartView::RectangleRubberBand);
    m_view->setRenderHint(QPainter::Antialiasing);
    layout->addWidget(m_view);
    connect(m_range, &QComboBox::currentIndexChanged, this, &HydrographWindow::rebuild);
    connect(m_showHeight, &QCheckBox::toggled, this, &HydrographWindow::rebuild);
    connect(m_showFlow, &QCheckBox::toggled, this, &HydrographWindow::rebuild);
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export PNG"), m_code + QStringLiteral(".png"), tr("PNG images (*.png)"));
        if (!path.isEmpty())
            exportPng(path);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export CSV"), m_code + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (!path.isEmpty())
            exportCsv(path);
    });
    connect(network, &GaugeNetwork::readingsChanged, this, &HydrographWindow::rebuild);
    setStation(stationCode);
}

void HydrographWindow::setStation(const QString &code)
{
    m_code = code;
    const auto s = m_network->station(code);
    setWindowTitle(tr("Hydrograph — %1").arg(s && !s->name.isEmpty() ? s->name : code));
    rebuild();
}

void HydrographWindow::rebuild()
{
    const QDateTime now = m_network->clock() ? m_network->clock()->now() : QDateTime();
    const int span = m_range->currentData().toInt();
    m_to = now;
    m_from = span > 0 && now.isValid() ? now.addSecs(-span) : QDateTime();
    auto *chart = new QChart;
    chart->setTitle(windowTitle());
    auto *timeAxis = new QDateTimeAxis;
    timeAxis->setFormat(QStringLiteral("dd/MM HH:mm"));
    timeAxis->setTitleText(tr("Time (local)"));
    chart->addAxis(timeAxis, Qt::AlignBottom);
    QDateTime first, last;
    const auto addQuantity = [&](const QString &quantity, const QString &title, Qt::Alignment side,
                                 const QColor &color) {
        const ObservationList data = m_network->series(m_code, quantity, m_from, m_to);
        auto *axis = new QValueAxis;
        axis->setTitleText(title);
        chart->addAxis(axis, side);
        auto *series = new QLineSeries;
        series->setName(title);
        series->setColor(color);
        double low = std::numeric_limits<double>::max(),
               high = std::numeric_limits<double>::lowest();
        for (const Observation &o : data) {
            const qint64 x = o.time.toMSecsSinceEpoch();
            series->append(double(x), o.value);
            low = std::min(low, o.value);
            high = std::max(high, o.value);
            if (!first.isValid() || o.time < first)
                first = o.time;
            if (!last.isValid() || o.time > last)
                last = o.time;
        }
        chart->addSeries(series);
        series->attachAxis(timeAxis);
        series->attachAxis(axis);
        for (const GaugeThreshold &t : m_network->thresholds(m_code)) {
            if (t.quantity != quantity)
                continue;
            low = std::min(low, t.value);
            high = std::max(high, t.value);
            auto *line = new QLineSeries;
            line->setName(t.source.isEmpty() ? t.label
                                             : QStringLiteral("%1 (%2)").arg(t.label, t.source));
            QPen pen(t.color, 1.5, Qt::DashLine);
            line->setPen(pen);
            line->setProperty("threshold", t.value);
            chart->addSeries(line);
            line->attachAxis(timeAxis);
            line->attachAxis(axis);
        }
        if (low <= high) {
            const double pad = std::max(0.05, (high - low) * 0.1);
            axis->setRange(low - pad, high + pad);
        }
    };
    if (m_showHeight->isChecked())
        addQuantity(gauge::heightQuantity(), tr("Height (m)"), Qt::AlignLeft,
                    QColor(0x2e, 0x86, 0xde));
    if (m_showFlow->isChecked())
        addQuantity(gauge::flowQuantity(), tr("Flow (m³/s)"), Qt::AlignRight,
                    QColor(0x16, 0xa0, 0x85));
    const QDateTime start = m_from.isValid() ? m_from : first;
    const QDateTime end = m_to.isValid() && (!last.isValid() || m_to > last) ? m_to : last;
    if (start.isValid() && end.isValid() && start < end) {
        timeAxis->setRange(start.toLocalTime(), end.toLocalTime());
        // Threshold lines span the whole time range.
        for (QAbstractSeries *s : chart->series()) {
            auto *line = qobject_cast<QLineSeries *>(s);
            if (line && line->property("threshold").isValid()) {
                const double v = line->property("threshold").toDouble();
                line->append(double(start.toMSecsSinceEpoch()), v);
                line->append(double(end.toMSecsSinceEpoch()), v);
            }
        }
    }
    QChart *old = m_view->chart();
    m_view->setChart(chart);
    delete old;
}

bool HydrographWindow::exportCsv(const QString &path, QString *error) const
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Text)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    QTextStream out(&file);
    out << "station,time_utc,quantity,value,unit\n";
    for (const QString &quantity : {gauge::heightQuantity(), gauge::flowQuantity()}) {
        if ((quantity == gauge::heightQuantity() && !m_showHeight->isChecked())
            || (quantity == gauge::flowQuantity() && !m_showFlow->isChecked()))
            continue;
        for (const Observation &o : m_network->series(m_code, quantity, m_from, m_to))
            out << m_code << ',' << o.time.toUTC().toString(Qt::ISODate) << ',' << quantity << ','
                << QString::number(o.value, 'f', 3) << ',' << unitSymbol(quantity) << '\n';
    }
    out.flush();
    return file.error() == QFile::NoError;
}

bool HydrographWindow::exportPng(const QString &path) const
{
    return m_view->grab().save(path, "PNG");
}

} // namespace territoire
