#include "layers/StyleEditor.h"

#include "layers/ColorButton.h"
#include "render/DefaultStyles.h"

#include <QColorDialog>
#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace territoire {

namespace {
enum Column { ColorColumn, ValueColumn, LabelColumn };

QDoubleSpinBox *millimetres(double max, QWidget *parent)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setRange(0, max);
    spin->setDecimals(2);
    spin->setSingleStep(0.1);
    spin->setSuffix(QCoreApplication::translate("StyleEditor", " mm"));
    return spin;
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(28, 14);
    pixmap.fill(color);
    return QIcon(pixmap);
}
} // namespace

StyleEditor::StyleEditor(const MapLayer *layer, const LayerFieldInfo &fields, QWidget *parent)
    : QWidget(parent)
    , m_layer(layer)
    , m_fields(fields)
    , m_renderer(new QComboBox)
    , m_pages(new QStackedWidget)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QFormLayout;
    m_renderer->addItem(tr("Single symbol"), int(VectorStyle::Renderer::Single));
    m_renderer->addItem(tr("Categorised by field"), int(VectorStyle::Renderer::Categorized));
    m_renderer->addItem(tr("Graduated on a number"), int(VectorStyle::Renderer::Graduated));
    top->addRow(tr("Style"), m_renderer);
    layout->addLayout(top);
    m_pages->addWidget(createSinglePage());
    m_pages->addWidget(createClassesPage());
    layout->addWidget(m_pages, 1);
    layout->addWidget(createLabelsBox());
    connect(m_renderer, &QComboBox::currentIndexChanged, this, &StyleEditor::onRendererChanged);
}

QWidget *StyleEditor::createSinglePage()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_fill = new ColorButton;
    m_stroke = new ColorButton;
    m_strokeWidth = millimetres(10, page);
    m_markerSize = millimetres(30, page);
    form->addRow(tr("Fill colour"), m_fill);
    form->addRow(tr("Line colour"), m_stroke);
    form->addRow(tr("Line width"), m_strokeWidth);
    if (m_fields.geometry == GeometryKind::Point || m_fields.geometry == GeometryKind::Unknown)
        form->addRow(tr("Marker size"), m_markerSize);
    else
        m_markerSize->hide();
    if (m_fields.geometry == GeometryKind::Line)
        m_fill->setEnabled(false);
    return page;
}

QWidget *StyleEditor::createClassesPage()
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_classField = new QComboBox;
    m_classCount = new QSpinBox;
    m_classCount->setRange(1, 12);
    m_classCount->setValue(5);
    m_classCount->setPrefix(tr("Classes: "));
    m_classifyButton = new QPushButton(tr("Classify"));
    m_classifyButton->setToolTip(tr("Make one class per value (categorised) or equal intervals "
                                    "(graduated) from the layer's data"));
    row->addWidget(new QLabel(tr("Field")));
    row->addWidget(m_classField, 1);
    row->addWidget(m_classCount);
    row->addWidget(m_classifyButton);
    layout->addLayout(row);

    m_table = new QTableWidget(0, 3);
    m_table->setHorizontalHeaderLabels({tr("Colour"), tr("Value"), tr("Legend")});
    m_table->horizontalHeader()->setSectionResizeMode(LabelColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_table, 1);
    auto *hint = new QLabel(tr("Double-click a colour to change it."));
    hint->setEnabled(false);
    layout->addWidget(hint);

    connect(m_classifyButton, &QPushButton::clicked, this, &StyleEditor::classify);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int column) {
        if (column != ColorColumn)
            return;
        const bool categorized
            = m_renderer->currentData().toInt() == int(VectorStyle::Renderer::Categorized);
        Symbol &symbol = categorized ? m_categories[row].symbol : m_classes[row].symbol;
        const QColor color = QColorDialog::getColor(
            symbolColor(symbol), this, tr("Choose a colour"), QColorDialog::ShowAlphaChannel);
        if (!color.isValid())
            return;
        symbol = withColor(symbol, color);
        m_table->item(row, ColorColumn)->setIcon(swatch(color));
    });
    connect(m_table, &QTableWidget::cellChanged, this, [this](int row, int column) {
        if (column != LabelColumn)
            return;
        const QString text = m_table->item(row, column)->text();
        if (m_renderer->currentData().toInt() == int(VectorStyle::Renderer::Categorized)) {
            if (row < m_categories.size())
                m_categories[row].label = text;
        } else if (row < m_classes.size()) {
            m_classes[row].label = text;
        }
    });
    return page;
}

QGroupBox *StyleEditor::createLabelsBox()
{
    m_labels = new QGroupBox(tr("Labels"));
    m_labels->setCheckable(true);
    auto *form = new QFormLayout(m_labels);
    m_labelField = new QComboBox;
    m_labelField->addItems(m_fields.names);
    m_labelSize = new QDoubleSpinBox;
    m_labelSize->setRange(4, 48);
    m_labelSize->setSuffix(tr(" pt"));
    m_labelColor = new ColorButton;
    m_haloColor = new ColorButton;
    m_haloWidth = millimetres(3, m_labels);
    form->addRow(tr("Text from field"), m_labelField);
    form->addRow(tr("Size"), m_labelSize);
    form->addRow(tr("Text colour"), m_labelColor);
    form->addRow(tr("Halo colour"), m_haloColor);
    form->addRow(tr("Halo width"), m_haloWidth);
    return m_labels;
}

QColor StyleEditor::symbolColor(const Symbol &symbol) const
{
    return m_fields.geometry == GeometryKind::Line || !symbol.hasFill() ? symbol.strokeColor
                                                                        : symbol.fillColor;
}

Symbol StyleEditor::withColor(Symbol symbol, const QColor &color) const
{
    if (m_fields.geometry == GeometryKind::Line || !symbol.hasFill())
        symbol.strokeColor = color;
    else
        symbol.fillColor = color;
    return symbol;
}

void StyleEditor::setStyle(const VectorStyle &style)
{
    m_style = style;
    m_renderer->setCurrentIndex(m_renderer->findData(int(style.renderer())));
    const Symbol symbol = style.symbol();
    m_fill->setColor(symbol.fillColor);
    m_stroke->setColor(symbol.strokeColor);
    m_strokeWidth->setValue(symbol.strokeWidthMm);
    m_markerSize->setValue(symbol.markerSizeMm);
    m_categories = style.categories();
    m_classes = style.classes();
    onRendererChanged();
    m_classField->setCurrentText(style.field());

    const LabelSettings labels = style.labels();
    m_labels->setChecked(labels.enabled);
    m_labelField->setCurrentText(labels.field);
    m_labelSize->setValue(labels.sizePt);
    m_labelColor->setColor(labels.color);
    m_haloColor->setColor(labels.haloColor);
    m_haloWidth->setValue(labels.haloWidthMm);
}

void StyleEditor::onRendererChanged()
{
    const auto renderer = VectorStyle::Renderer(m_renderer->currentData().toInt());
    m_pages->setCurrentIndex(renderer == VectorStyle::Renderer::Single ? 0 : 1);
    m_classCount->setVisible(renderer == VectorStyle::Renderer::Graduated);
    const QString field = m_classField->currentText();
    m_classField->clear();
    for (const QString &name : std::as_const(m_fields.names)) {
        if (renderer != VectorStyle::Renderer::Graduated || m_fields.isNumeric(name))
            m_classField->addItem(name);
    }
    m_classField->setCurrentText(field);
    fillTable();
}

void StyleEditor::fillTable()
{
    const QSignalBlocker blocker(m_table);
    const bool categorized
        = m_renderer->currentData().toInt() == int(VectorStyle::Renderer::Categorized);
    const int rows = int(categorized ? m_categories.size() : m_classes.size());
    m_table->setRowCount(rows);
    const QLocale locale;
    for (int row = 0; row < rows; ++row) {
        const Symbol symbol = categorized ? m_categories[row].symbol : m_classes[row].symbol;
        const QString value = categorized
            ? m_categories[row].value.toString()
            : tr("%1 – %2").arg(locale.toString(m_classes[row].lower),
                                locale.toString(m_classes[row].upper));
        auto *colorItem = new QTableWidgetItem(swatch(symbolColor(symbol)), QString());
        colorItem->setFlags(Qt::ItemIsEnabled);
        auto *valueItem = new QTableWidgetItem(value);
        valueItem->setFlags(Qt::ItemIsEnabled);
        m_table->setItem(row, ColorColumn, colorItem);
        m_table->setItem(row, ValueColumn, valueItem);
        m_table->setItem(
            row, LabelColumn,
            new QTableWidgetItem(categorized ? m_categories[row].label : m_classes[row].label));
    }
}

void StyleEditor::classify()
{
    const QString field = m_classField->currentText();
    if (field.isEmpty())
        return;
    if (m_renderer->currentData().toInt() == int(VectorStyle::Renderer::Categorized)) {
        const VectorStyle style = DefaultStyles::categorizedStyle(
            field, distinctValues(m_layer, field), m_fields.geometry);
        m_categories = style.categories();
    } else {
        const auto range = valueRange(m_layer, field);
        const VectorStyle style = DefaultStyles::graduatedStyle(
            field, range ? range->first : 0, range ? range->second : 0, m_classCount->value(),
            m_fields.geometry);
        m_classes = style.classes();
    }
    fillTable();
}

VectorStyle StyleEditor::style() const
{
    VectorStyle style = m_style;
    const auto renderer = VectorStyle::Renderer(m_renderer->currentData().toInt());
    style.setRenderer(renderer);
    Symbol symbol = style.symbol();
    symbol.fillColor = m_fill->color();
    symbol.strokeColor = m_stroke->color();
    symbol.strokeWidthMm = m_strokeWidth->value();
    symbol.markerSizeMm = m_markerSize->value();
    style.setSymbol(symbol);
    if (renderer != VectorStyle::Renderer::Single) {
        // A new field drops OSM-key classification, which only fits the default OSM styles.
        if (m_classField->currentText() != m_style.field())
            style.setOsmKeys({});
        style.setField(m_classField->currentText());
    }
    if (renderer == VectorStyle::Renderer::Categorized)
        style.setCategories(m_categories);
    else if (renderer == VectorStyle::Renderer::Graduated)
        style.setClasses(m_classes);

    LabelSettings labels = style.labels();
    labels.enabled = m_labels->isChecked() && !m_labelField->currentText().isEmpty();
    labels.field = m_labelField->currentText();
    labels.sizePt = m_labelSize->value();
    labels.color = m_labelColor->color();
    labels.haloColor = m_haloColor->color();
    labels.haloWidthMm = m_haloWidth->value();
    if (labels.enabled && m_style.labels().field.isEmpty()) {
        labels.placement = m_fields.geometry == GeometryKind::Polygon
            ? LabelPlacement::PolygonCentroid
            : (m_fields.geometry == GeometryKind::Line ? LabelPlacement::Line
                                                       : LabelPlacement::Point);
    }
    style.setLabels(labels);
    return style;
}

} // namespace territoire
