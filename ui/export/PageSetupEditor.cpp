#include "export/PageSetupEditor.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>

namespace territoire {

namespace {

QDoubleSpinBox *millimetres(QWidget *parent, double minimum, double maximum, const QString &name)
{
    auto *box = new QDoubleSpinBox(parent);
    box->setObjectName(name);
    box->setRange(minimum, maximum);
    box->setDecimals(1);
    box->setSuffix(QCoreApplication::translate("PageSetupEditor", " mm"));
    return box;
}

} // namespace

PageSetupEditor::PageSetupEditor(QFormLayout *form, QWidget *parent)
    : QObject(parent)
{
    m_paper = new QComboBox(parent);
    m_paper->setObjectName(QStringLiteral("paper"));
    for (auto paper : {PageSetup::Paper::A4, PageSetup::Paper::A3, PageSetup::Paper::A2,
                       PageSetup::Paper::A1, PageSetup::Paper::A0})
        m_paper->addItem(PageSetup::paperName(paper), int(paper));
    m_paper->addItem(tr("Custom"), int(PageSetup::Paper::Custom));
    m_orientation = new QComboBox(parent);
    m_orientation->setObjectName(QStringLiteral("orientation"));
    m_orientation->addItem(tr("Landscape"), int(PageSetup::Orientation::Landscape));
    m_orientation->addItem(tr("Portrait"), int(PageSetup::Orientation::Portrait));
    // The limits PageSetup::isValid() accepts.
    m_width = millimetres(parent, 20, 5000, QStringLiteral("customWidth"));
    m_height = millimetres(parent, 20, 5000, QStringLiteral("customHeight"));
    m_margin = millimetres(parent, 0, 100, QStringLiteral("margin"));

    auto *size = new QHBoxLayout;
    size->addWidget(m_width, 1);
    size->addWidget(new QLabel(QStringLiteral("×"), parent));
    size->addWidget(m_height, 1);
    form->addRow(tr("Paper:"), m_paper);
    form->addRow(tr("Custom size:"), size);
    form->addRow(tr("Orientation:"), m_orientation);
    form->addRow(tr("Margins:"), m_margin);

    const auto edited = [this] {
        updateCustomFields();
        if (!m_setting)
            Q_EMIT changed();
    };
    connect(m_paper, &QComboBox::currentIndexChanged, this, edited);
    connect(m_orientation, &QComboBox::currentIndexChanged, this, edited);
    for (QDoubleSpinBox *box : {m_width, m_height, m_margin})
        connect(box, &QDoubleSpinBox::valueChanged, this, edited);
    setPageSetup(PageSetup());
}

PageSetup PageSetupEditor::pageSetup() const
{
    PageSetup page(PageSetup::Paper(m_paper->currentData().toInt()),
                   PageSetup::Orientation(m_orientation->currentData().toInt()));
    page.setCustomSizeMm(QSizeF(m_width->value(), m_height->value()));
    const double m = m_margin->value();
    page.setMarginsMm(QMarginsF(m, m, m, m));
    return page;
}

void PageSetupEditor::setPageSetup(const PageSetup &page)
{
    m_setting = true;
    m_paper->setCurrentIndex(std::max(0, m_paper->findData(int(page.paper()))));
    m_orientation->setCurrentIndex(m_orientation->findData(int(page.orientation())));
    m_width->setValue(page.customSizeMm().width());
    m_height->setValue(page.customSizeMm().height());
    // Layouts with uneven margins show the smallest; editing makes them even.
    const QMarginsF m = page.marginsMm();
    m_margin->setValue(std::min({m.left(), m.top(), m.right(), m.bottom()}));
    updateCustomFields();
    m_setting = false;
}

void PageSetupEditor::updateCustomFields()
{
    const bool custom
        = PageSetup::Paper(m_paper->currentData().toInt()) == PageSetup::Paper::Custom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
}

} // namespace territoire
