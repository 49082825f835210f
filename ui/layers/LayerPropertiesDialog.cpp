#include "layers/LayerPropertiesDialog.h"

#include "layers/LayerFieldInfo.h"
#include "layers/StyleEditor.h"
#include "map/MapLayer.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace territoire {

namespace {
QDoubleSpinBox *scaleSpin(QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, 100000000);
    spin->setDecimals(0);
    spin->setSingleStep(1000);
    spin->setPrefix(QStringLiteral("1:"));
    spin->setSpecialValueText(QCoreApplication::translate("LayerPropertiesDialog", "no limit"));
    return spin;
}
} // namespace

LayerPropertiesDialog::LayerPropertiesDialog(MapLayer *layer, QWidget *parent)
    : QDialog(parent)
    , m_layer(layer)
    , m_original(layer->descriptor())
{
    setWindowTitle(tr("Layer properties — %1").arg(layer->name()));
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget;
    tabs->addTab(createGeneralPage(), tr("General"));

    const LayerFieldInfo fields = layerFieldInfo(layer);
    if (fields.hasStyle) {
        m_style = new StyleEditor(layer, fields);
        m_style->setStyle(layerStyle(layer));
        tabs->addTab(m_style, tr("Style"));
    }
    layout->addWidget(tabs);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply
                                         | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &LayerPropertiesDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, 560);
}

QWidget *LayerPropertiesDialog::createGeneralPage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_name = new QLineEdit(m_original.name);
    form->addRow(tr("Name"), m_name);
    QString source = QDir::toNativeSeparators(m_original.source);
    if (!m_original.sublayer.isEmpty())
        source += QStringLiteral(" (%1)").arg(m_original.sublayer);
    auto *sourceLabel = new QLabel(source);
    sourceLabel->setWordWrap(true);
    sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    form->addRow(tr("Source"), sourceLabel);

    // CRS override: empty uses the CRS the source declares.
    m_crs = new QLineEdit(m_original.crsOverride);
    m_crs->setPlaceholderText(tr("as declared by the source"));
    m_crs->setToolTip(tr("Use this CRS instead of the source's own, e.g. EPSG:2154"));
    m_crsStatus = new QLabel;
    m_crsStatus->setWordWrap(true);
    const Crs current = m_layer->crs();
    m_crsStatus->setText(
        current.isValid()
            ? tr("In use: %1").arg(current.authId().isEmpty() ? current.name() : current.authId())
            : tr("No CRS known for this layer"));
    form->addRow(tr("CRS override"), m_crs);
    form->addRow(QString(), m_crsStatus);

    m_encoding = new QComboBox;
    m_encoding->setEditable(true);
    m_encoding->addItem(tr("Automatic"), QString());
    for (const char *name : {"UTF-8", "CP1252", "ISO-8859-1", "ISO-8859-15"})
        m_encoding->addItem(QLatin1String(name), QLatin1String(name));
    if (!m_original.encoding.isEmpty())
        m_encoding->setCurrentText(m_original.encoding);
    m_encoding->setToolTip(tr("Text encoding of the attributes (shapefiles and CSV)"));
    form->addRow(tr("Encoding"), m_encoding);

    m_scaleBox = new QGroupBox(tr("Visible only between scales"));
    m_scaleBox->setCheckable(true);
    m_scaleBox->setChecked(m_original.minScale > 0 || m_original.maxScale > 0);
    auto *scales = new QFormLayout(m_scaleBox);
    m_minScale = scaleSpin(m_scaleBox);
    m_maxScale = scaleSpin(m_scaleBox);
    m_minScale->setValue(m_original.minScale);
    m_maxScale->setValue(m_original.maxScale);
    scales->addRow(tr("Zoomed out beyond (hidden)"), m_minScale);
    scales->addRow(tr("Zoomed in beyond (hidden)"), m_maxScale);
    form->addRow(m_scaleBox);
    return page;
}

ProjectLayer LayerPropertiesDialog::editedDescriptor(QString *error) const
{
    ProjectLayer descriptor = m_layer ? m_layer->descriptor() : m_original;
    const QString name = m_name->text().trimmed();
    if (!name.isEmpty())
        descriptor.name = name;

    const QString crsText = m_crs->text().trimmed();
    if (crsText.isEmpty()) {
        descriptor.crsOverride.clear();
    } else {
        QString reason;
        const Crs crs = Crs::fromUserInput(crsText, &reason);
        if (!crs.isValid()) {
            if (error)
                *error = tr("Unknown coordinate reference system \"%1\": %2").arg(crsText, reason);
            descriptor.id.clear();
            return descriptor;
        }
        descriptor.crsOverride = crs.authId().isEmpty() ? crsText : crs.authId();
    }

    const int encodingIndex = m_encoding->findText(m_encoding->currentText());
    descriptor.encoding = encodingIndex >= 0 ? m_encoding->itemData(encodingIndex).toString()
                                             : m_encoding->currentText().trimmed();
    descriptor.minScale = m_scaleBox->isChecked() ? m_minScale->value() : 0;
    descriptor.maxScale = m_scaleBox->isChecked() ? m_maxScale->value() : 0;
    if (m_style)
        descriptor.style = m_style->style().toJson();
    return descriptor;
}

bool LayerPropertiesDialog::apply()
{
    if (!m_layer) {
        reject();
        return false;
    }
    QString error;
    const ProjectLayer descriptor = editedDescriptor(&error);
    if (descriptor.id.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    Q_EMIT applied(descriptor);
    return true;
}

} // namespace territoire
