#include "mainwindow/IdentifyDock.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace territoire {

namespace {
QString displayValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QStringLiteral("NULL");
    switch (value.typeId()) {
    case QMetaType::Double:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case QMetaType::QDateTime:
        return QLocale().toString(value.toDateTime(), QLocale::ShortFormat);
    case QMetaType::QDate:
        return QLocale().toString(value.toDate(), QLocale::ShortFormat);
    default:
        return value.toString();
    }
}
} // namespace

IdentifyDock::IdentifyDock(QWidget *parent)
    : QDockWidget(tr("Identify"), parent)
    , m_tree(new QTreeWidget)
    , m_summary(new QLabel)
{
    setObjectName(QStringLiteral("IdentifyDock"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Field"), tr("Value")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Click on the map with the identify tool to see a feature's "
                          "attributes."));

    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(m_summary);
    layout->addWidget(m_tree, 1);
    setWidget(content);
}

void IdentifyDock::showResults(const QList<IdentifyResult> &results)
{
    m_results = results;
    m_tree->clear();
    m_summary->setText(results.isEmpty()
                           ? tr("No feature at this place.")
                           : tr("%n feature(s) found.", nullptr, int(results.size())));

    // Layer → feature → attribute rows; the first feature is expanded.
    QTreeWidgetItem *layerItem = nullptr;
    QString currentLayer;
    for (const IdentifyResult &result : results) {
        if (!layerItem || result.layerId != currentLayer) {
            layerItem = new QTreeWidgetItem(m_tree, {result.layerName});
            QFont bold = layerItem->font(0);
            bold.setBold(true);
            layerItem->setFont(0, bold);
            layerItem->setFirstColumnSpanned(true);
            layerItem->setExpanded(true);
            currentLayer = result.layerId;
        }
        const QString title = result.geometryType.isEmpty()
            ? tr("Feature %1").arg(result.featureId)
            : tr("Feature %1 (%2)").arg(result.featureId, result.geometryType);
        auto *featureItem = new QTreeWidgetItem(layerItem, {title});
        featureItem->setFirstColumnSpanned(true);
        for (const auto &[field, value] : result.attributes)
            new QTreeWidgetItem(featureItem, {field, displayValue(value)});
        if (&result == &results.first())
            featureItem->setExpanded(true);
    }
}

QVariant IdentifyDock::firstValue(const QString &field) const
{
    for (const IdentifyResult &result : m_results) {
        for (const auto &[name, value] : result.attributes) {
            if (name == field)
                return value;
        }
    }
    return {};
}

} // namespace territoire
