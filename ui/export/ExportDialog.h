#pragma once

#include "export/PrintLayout.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;
class QTimer;

namespace territoire {

class AppContext;
class PageSetupEditor;

// Chooses and edits a layout (paper, orientation, scale, texts, item positions and sizes in
// mm) with a preview of the page, saves layouts in the project and exports the PDF.
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(AppContext &context, QWidget *parent = nullptr);

    // The layout as edited, with the map framed on the current view when no scale is given.
    PrintLayout currentLayout() const;
    // Exports the edited layout to a file off the UI thread, with a progress dialog.
    void exportTo(const QString &path);

private:
    void buildWidgets();
    void loadLayout(const PrintLayout &layout);
    void onPageChanged();
    void fillItemTable();
    void readItemTable();
    void schedulePreview();
    void updatePreview();
    void saveLayout();
    void exportPdf();

    AppContext &m_context;
    QList<PrintLayout> m_layouts;
    PrintLayout m_layout;
    bool m_loading = false;

    QComboBox *m_layoutCombo = nullptr;
    QLineEdit *m_name = nullptr;
    PageSetupEditor *m_page = nullptr;
    QDoubleSpinBox *m_scale = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_subtitle = nullptr;
    QLineEdit *m_author = nullptr;
    QLineEdit *m_logo = nullptr;
    QLineEdit *m_badge = nullptr;
    QSpinBox *m_dpi = nullptr;
    QTableWidget *m_items = nullptr;
    QLabel *m_preview = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace territoire
