#pragma once

#include "layers/LayerFieldInfo.h"
#include "render/VectorStyle.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QPushButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;

namespace territoire {

class ColorButton;
class MapLayer;

// Edits a VectorStyle: single symbol (colours, widths), categorised by a field or graduated
// on a numeric field (classify from the layer's values, then adjust colours and legend texts),
// and labels from a field with a halo.
class StyleEditor : public QWidget
{
    Q_OBJECT
public:
    StyleEditor(const MapLayer *layer, const LayerFieldInfo &fields, QWidget *parent = nullptr);

    void setStyle(const VectorStyle &style);
    VectorStyle style() const;

    // Fills the class table from the layer's values of the chosen field.
    void classify();

private:
    void onRendererChanged();
    void fillTable();
    QWidget *createSinglePage();
    QWidget *createClassesPage();
    QGroupBox *createLabelsBox();
    QColor symbolColor(const Symbol &symbol) const;
    Symbol withColor(Symbol symbol, const QColor &color) const;

    const MapLayer *m_layer;
    LayerFieldInfo m_fields;
    VectorStyle m_style; // what setStyle() gave, for the parts not edited here

    QComboBox *m_renderer;
    QStackedWidget *m_pages;
    ColorButton *m_fill;
    ColorButton *m_stroke;
    QDoubleSpinBox *m_strokeWidth;
    QDoubleSpinBox *m_markerSize;
    QComboBox *m_classField;
    QSpinBox *m_classCount;
    QPushButton *m_classifyButton;
    QTableWidget *m_table;
    QList<VectorStyle::Category> m_categories;
    QList<VectorStyle::GraduatedClass> m_classes;

    QGroupBox *m_labels;
    QComboBox *m_labelField;
    QDoubleSpinBox *m_labelSize;
    ColorButton *m_labelColor;
    ColorButton *m_haloColor;
    QDoubleSpinBox *m_haloWidth;
};

} // namespace territoire
