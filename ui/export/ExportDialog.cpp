#include "export/ExportDialog.h"

#include "common/AppContext.h"
#include "export/ExportRunner.h"
#include "export/LayoutStore.h"
#include "export/PageSetupEditor.h"
#include "export/PdfExporter.h"
#include "offline/ExerciseScenario.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace territoire {

namespace {

enum Column { ColumnItem, ColumnShown, ColumnX, ColumnY, ColumnWidth, ColumnHeight, ColumnCount };

} // namespace

ExportDialog::ExportDialog(AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
{
    setWindowTitle(tr("Export map as PDF"));
    buildWidgets();
    m_layouts = LayoutStore::read(context.project());
    for (const PrintLayout &layout : std::as_const(m_layouts))
        m_layoutCombo->addItem(layout.name);
    m_layoutCombo->addItem(tr("New layout"));
    loadLayout(m_layouts.isEmpty() ? defaultLayout(PageSetup(), tr("Map")) : m_layouts.first());
    connect(m_layoutCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        loadLayout(index < m_layouts.size() ? m_layouts.at(index)
                                            : defaultLayout(PageSetup(), tr("New layout")));
    });
}

void ExportDialog::buildWidgets()
{
    m_layoutCombo = new QComboBox(this);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_scale = new QDoubleSpinBox(this);
    m_scale->setObjectName(QStringLiteral("scale"));
    m_scale->setRange(0, 1e8);
    m_scale->setDecimals(0);
    m_scale->setPrefix(QStringLiteral("1:"));
    m_scale->setSpecialValueText(tr("Current view"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("title"));
    m_subtitle = new QLineEdit(this);
    m_author = new QLineEdit(this);
    m_logo = new QLineEdit(this);
    m_logo->setObjectName(QStringLiteral("logo"));
    m_logo->setPlaceholderText(tr("SVG or PNG file (optional)"));
    auto *logoButton = new QPushButton(tr("Choose…"), this);
    connect(logoButton, &QPushButton::clicked, this, [this] {
        const QString path
            = QFileDialog::getOpenFileName(this, tr("Logo"), QString(), tr("Images (*.svg *.png)"));
        if (!path.isEmpty())
            m_logo->setText(path);
    });
    m_badge = new QLineEdit(this);
    m_dpi = new QSpinBox(this);
    m_dpi->setRange(72, 1200);
    m_dpi->setValue(300);
    m_dpi->setSuffix(tr(" dpi"));
    if (Clock *clock = m_context.clock(); clock && clock->isReplay())
        m_badge->setText(ExerciseScenario::badgeText(clock->now())); // Paris time, as the map

    auto *form = new QFormLayout;
    form->addRow(tr("Layout:"), m_layoutCombo);
    form->addRow(tr("Name:"), m_name);
    m_page = new PageSetupEditor(form, this);
    form->addRow(tr("Scale:"), m_scale);
    form->addRow(tr("Title:"), m_title);
    form->addRow(tr("Subtitle:"), m_subtitle);
    form->addRow(tr("Author or service:"), m_author);
    auto *logoRow = new QHBoxLayout;
    logoRow->addWidget(m_logo);
    logoRow->addWidget(logoButton);
    form->addRow(tr("Logo:"), logoRow);
    form->addRow(tr("Banner:"), m_badge);
    form->addRow(tr("Raster resolution:"), m_dpi);

    m_items = new QTableWidget(0, ColumnCount, this);
    m_items->setObjectName(QStringLiteral("items"));
    m_items->setHorizontalHeaderLabels(
        {tr("Item"), tr("Shown"), tr("x (mm)"), tr("y (mm)"), tr("Width (mm)"), tr("Height (mm)")});
    m_items->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_items->verticalHeader()->hide();

    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("preview"));
    m_preview->setMinimumSize(420, 300);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *save = buttons->addButton(tr("Save layout"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("saveLayout"));
    QPushButton *exportButton = buttons->addButton(tr("Export…"), QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Close);
    connect(save, &QPushButton::clicked, this, &ExportDialog::saveLayout);
    connect(exportButton, &QPushButton::clicked, this, &ExportDialog::exportPdf);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *left = new QVBoxLayout;
    left->addLayout(form);
    left->addWidget(m_items, 1);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addWidget(m_preview, 1);
    auto *main = new QVBoxLayout(this);
    main->addLayout(columns, 1);
    main->addWidget(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(300);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::updatePreview);
    connect(m_page, &PageSetupEditor::changed, this, &ExportDialog::onPageChanged);
    // Choosing a logo shows it; clearing the file hides it.
    connect(m_logo, &QLineEdit::textChanged, this, [this](const QString &path) {
        LayoutItem *logo = m_layout.item(LayoutItem::Type::Logo);
        if (m_loading || !logo)
            return;
        logo->visible = !path.isEmpty();
        m_loading = true;
        fillItemTable();
        m_loading = false;
    });
    for (QLineEdit *edit : {m_title, m_subtitle, m_author, m_logo, m_badge})
        connect(edit, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_scale, &QDoubleSpinBox::valueChanged, this, &ExportDialog::schedulePreview);
    connect(m_items, &QTableWidget::itemChanged, this, [this] {
        if (!m_loading) {
            readItemTable();
            schedulePreview();
        }
    });
}

void ExportDialog::loadLayout(const PrintLayout &layout)
{
    m_loading = true;
    m_layout = layout;
    m_name->setText(layout.name);
    m_page->setPageSetup(layout.page);
    m_scale->setValue(layout.map.mode == MapFrameSpec::Mode::Scale ? layout.map.scale : 0);
    const auto text = [&](LayoutItem::Type type) {
        const LayoutItem *item = layout.item(type);
        return item ? item->text : QString();
    };
    m_title->setText(text(LayoutItem::Type::Title).isEmpty() ? m_context.project().title()
                                                             : text(LayoutItem::Type::Title));
    m_subtitle->setText(text(LayoutItem::Type::Subtitle));
    m_author->setText(text(LayoutItem::Type::Author));
    const LayoutItem *logo = layout.item(LayoutItem::Type::Logo);
    m_logo->setText(logo ? logo->path : QString());
    fillItemTable();
    m_loading = false;
    schedulePreview();
}

void ExportDialog::onPageChanged()
{
    if (m_loading)
        return;
    // A new paper re-places every item; the texts stay.
    const PageSetup page = m_page->pageSetup();
    if (!page.isValid())
        return;
    const PrintLayout previous = currentLayout();
    m_layout = defaultLayout(page, previous.name);
    for (const LayoutItem &item : previous.items) {
        if (LayoutItem *target = m_layout.item(item.type)) {
            target->text = item.text;
            target->path = item.path;
            target->visible = item.visible;
        }
    }
    m_loading = true;
    fillItemTable();
    m_loading = false;
    schedulePreview();
}

void ExportDialog::fillItemTable()
{
    m_items->setRowCount(int(m_layout.items.size()));
    for (int row = 0; row < m_layout.items.size(); ++row) {
        const LayoutItem &item = m_layout.items.at(row);
        auto *name = new QTableWidgetItem(LayoutItem::displayName(item.type));
        name->setFlags(Qt::ItemIsEnabled);
        m_items->setItem(row, ColumnItem, name);
        auto *shown = new QTableWidgetItem;
        shown->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        shown->setCheckState(item.visible ? Qt::Checked : Qt::Unchecked);
        m_items->setItem(row, ColumnShown, shown);
        const double values[]
            = {item.rectMm.x(), item.rectMm.y(), item.rectMm.width(), item.rectMm.height()};
        for (int c = 0; c < 4; ++c) {
            auto *cell = new QTableWidgetItem;
            cell->setData(Qt::EditRole, std::round(values[c] * 10) / 10);
            m_items->setItem(row, ColumnX + c, cell);
        }
    }
}

void ExportDialog::readItemTable()
{
    for (int row = 0; row < m_items->rowCount() && row < m_layout.items.size(); ++row) {
        LayoutItem &item = m_layout.items[row];
        item.visible = m_items->item(row, ColumnShown)->checkState() == Qt::Checked;
        const auto value = [&](int column) {
            return m_items->item(row, column)->data(Qt::EditRole).toDouble();
        };
        item.rectMm = QRectF(value(ColumnX), value(ColumnY), std::max(0.0, value(ColumnWidth)),
                             std::max(0.0, value(ColumnHeight)));
    }
}

PrintLayout ExportDialog::currentLayout() const
{
    PrintLayout layout = m_layout;
    layout.name = m_name->text().trimmed().isEmpty() ? tr("Map") : m_name->text().trimmed();
    layout.setTitle(m_title->text());
    const auto setText = [&](LayoutItem::Type type, const QString &text) {
        if (LayoutItem *item = layout.item(type))
            item->text = text;
    };
    setText(LayoutItem::Type::Subtitle, m_subtitle->text());
    setText(LayoutItem::Type::Author, m_author->text());
    if (LayoutItem *logo = layout.item(LayoutItem::Type::Logo)) {
        logo->path = m_logo->text();
        logo->visible = !logo->path.isEmpty() && logo->visible;
        if (!logo->path.isEmpty() && logo->rectMm.isEmpty())
            logo->rectMm.setSize(QSizeF(30, 15));
    }
    // The map shows the current view, at the chosen scale or fitted.
    const MapSettings view = m_context.mapSettings();
    if (m_scale->value() > 0) {
        layout.map.mode = MapFrameSpec::Mode::Scale;
        layout.map.scale = m_scale->value();
        layout.map.center = view.center();
    } else {
        layout.map.mode = MapFrameSpec::Mode::Extent;
        layout.map.extent = view.visibleExtent();
    }
    return layout;
}

void ExportDialog::schedulePreview()
{
    if (!m_loading)
        m_previewTimer->start();
}

void ExportDialog::updatePreview()
{
    const PrintLayout layout = currentLayout();
    PdfExporter exporter(layout, m_context.mapSettings().crs(), m_context.layers(),
                         m_context.clock());
    ExportOptions options;
    options.badgeText = m_badge->text();
    exporter.setOptions(options);
    // About the preview's size: dpi so that the page fits the label.
    const QSizeF mm = layout.page.sizeMm();
    const double dpi
        = std::max(10.0,
                   std::min(m_preview->width() / mm.width(), m_preview->height() / mm.height())
                       * 25.4 * devicePixelRatioF());
    QImage image = exporter.renderPreview(dpi);
    image.setDevicePixelRatio(devicePixelRatioF());
    m_preview->setPixmap(QPixmap::fromImage(image));
}

void ExportDialog::saveLayout()
{
    const PrintLayout layout = currentLayout();
    LayoutStore::save(m_context.project(), layout);
    m_context.setProjectModified();
    m_layouts = LayoutStore::read(m_context.project());
    m_context.showMessage(tr("Layout \"%1\" saved in the project.").arg(layout.name));
}

void ExportDialog::exportPdf()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export map as PDF"),
                                                      m_title->text() + QStringLiteral(".pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    ExportOptions options;
    options.dpi = m_dpi->value();
    options.badgeText = m_badge->text();
    runExport(m_context, currentLayout(), options, path, this);
}

} // namespace territoire
