#pragma once

#include "export/PageSetup.h"

#include <QObject>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QWidget;

namespace territoire {

// Edits the paper of a layout: A4 to A0 or a custom size (mm), the orientation and the margins
// (mm, the same on every side), as rows of the dialog's form. Emits changed() on every edit made
// by the user.
class PageSetupEditor : public QObject
{
    Q_OBJECT
public:
    // Adds the rows to form; the widgets belong to parent.
    PageSetupEditor(QFormLayout *form, QWidget *parent);

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
