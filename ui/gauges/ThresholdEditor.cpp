#include "ThresholdEditor.h"

#include "feeds/gauges/GaugeNetwork.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace territoire {

ThresholdEditor::ThresholdEditor(GaugeNetwork *network, const QString &stationCode, QWidget *parent)
    : QDialog(parent)
    , m_network(network)
    , m_station(new QComboBox(this))
    , m_table(new QTableWidget(0, 5, this))
{
    setWindowTitle(tr("Gauge thresholds"));
    resize(640, 320);
    auto *layout = new QVBoxLayout(this);
    for (const GaugeStation &s : network->stations())
        m_station->addItem(QStringLiteral("%1 — %2").arg(s.code, s.name), s.code);
    layout->addWidget(m_station);
    m_table->setHorizontalHeaderLabels({tr("Quantity (H or Q)"), tr("Value (m or m³/s)"),
                                        tr("Label"), tr("Colour"), tr("Source")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table);
    auto *rowButtons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    rowButtons->addWidget(add);
    rowButtons->addWidget(remove);
    rowButtons->addStretch();
    layout->addLayout(rowButtons);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList values {QStringLiteral("H"), QStringLiteral("1.0"), tr("New threshold"),
                                  QStringLiteral("#e67e22"), QString()};
        for (int c = 0; c < values.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(values.at(c)));
    });
    connect(remove, &QPushButton::clicked, this,
            [this] { m_table->removeRow(m_table->currentRow()); });
    connect(m_station, &QComboBox::currentIndexChanged, this, [this] {
        apply();
        load(m_station->currentData().toString());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const int index = m_station->findData(stationCode);
    if (index >= 0)
        m_station->setCurrentIndex(index);
    load(m_station->currentData().toString());
}

void ThresholdEditor::load(const QString &code)
{
    m_loaded = code;
    const QList<GaugeThreshold> list = m_network->thresholds(code);
    m_table->setRowCount(list.size());
    for (int i = 0; i < list.size(); ++i) {
        const GaugeThreshold &t = list.at(i);
        m_table->setItem(i, 0, new QTableWidgetItem(t.quantity));
        m_table->setItem(i, 1, new QTableWidgetItem(QString::number(t.value)));
        m_table->setItem(i, 2, new QTableWidgetItem(t.label));
        m_table->setItem(i, 3, new QTableWidgetItem(t.color.name()));
        m_table->setItem(i, 4, new QTableWidgetItem(t.source));
    }
}

void ThresholdEditor::apply()
{
    if (m_loaded.isEmpty())
        return;
    QList<GaugeThreshold> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto text = [&](int c) {
            return m_table->item(row, c) ? m_table->item(row, c)->text().trimmed() : QString();
        };
        bool ok = false;
        GaugeThreshold t;
        t.quantity
            = text(0).toUpper() == QLatin1String("Q") ? QStringLiteral("Q") : QStringLiteral("H");
        t.value = QString(text(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
        if (!ok)
            continue; // a row without a number is not a threshold
        t.label = text(2);
        const QColor color(text(3));
        if (color.isValid())
            t.color = color;
        t.source = text(4);
        list.append(t);
    }
    m_network->setThresholds(m_loaded, list);
}

} // namespace territoire
