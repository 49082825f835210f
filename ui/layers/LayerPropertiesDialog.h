#pragma once

#include "base/Project.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;

namespace territoire {

class MapLayer;
class StyleEditor;

// Layer properties: name, CRS override, text encoding, scale-dependent visibility and, for
// vector layers, the style and labels. OK and Apply emit the edited description; the caller
// applies it (the layer may have to read its data again).
class LayerPropertiesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LayerPropertiesDialog(MapLayer *layer, QWidget *parent = nullptr);

    // The description as edited so far; empty id when the CRS typed is not understood.
    ProjectLayer editedDescriptor(QString *error = nullptr) const;
    StyleEditor *styleEditor() const { return m_style; }

Q_SIGNALS:
    void applied(const territoire::ProjectLayer &descriptor);

private:
    QWidget *createGeneralPage();
    bool apply();

    QPointer<MapLayer> m_layer;
    ProjectLayer m_original;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_crs = nullptr;
    QLabel *m_crsStatus = nullptr;
    QComboBox *m_encoding = nullptr;
    QGroupBox *m_scaleBox = nullptr;
    QDoubleSpinBox *m_minScale = nullptr;
    QDoubleSpinBox *m_maxScale = nullptr;
    StyleEditor *m_style = nullptr;
};

} // namespace territoire
