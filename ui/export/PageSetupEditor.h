#pragma once

#include "export/PageSetup.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;

namespace territoire {

// Edits the paper of a layout: A4 to A0 or a custom size (mm), the orientation and the margins
// (mm, the same on every side). Emits changed() on every edit made by the user.
class PageSetupEditor : public QWidget
{
    Q_OBJECT
public:
    explicit PageSetupEditor(QWidget *parent = nullptr);

    PageSetup pageSetup() const;
    // Shows a page without emitting changed().
    void setPageSetup(const PageSetup &page);

Q_SIGNALS:
    void changed();

private:
    void updateCustomFields();

    QComboBox *m_paper = nullptr;
    QComboBox *m_orientation = nullptr;
    QDoubleSpinBox *m_width = nullptr;
    QDoubleSpinBox *m_height = nullptr;
    QDoubleSpinBox *m_margin = nullptr;
    bool m_setting = false;
};

} // namespace territoire
