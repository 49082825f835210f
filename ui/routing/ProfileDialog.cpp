#include "routing/ProfileDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QVBoxLayout>

namespace territoire {

ProfileDialog::ProfileDialog(const Profile &profile, QWidget *parent)
    : QDialog(parent)
    , m_profile(profile)
{
    setWindowTitle(tr("Limits of the profile %1").arg(profile.name));
    auto *layout = new QVBoxLayout(this);
    m_form = new QFormLayout;
    layout->addLayout(m_form);
    addLimit(tr("Largest climbing slope"), profile.maxSlopeUp, 100, 50, tr(" %"));
    addLimit(tr("Largest descending slope"), profile.maxSlopeDown, 100, 50, tr(" %"));
    addLimit(tr("Highest kerb"), profile.maxKerbM, 100, 30, tr(" cm"));
    addLimit(tr("Highest chamfered kerb"), profile.maxChamferedKerbM, 100, 30, tr(" cm"))
        ->setToolTip(tr("A bevelled or rounded kerb (kerb=rolled, kerb:shape, kerb:chamfer) with "
                        "a tagged height up to this passes. Unchecked: no allowance."));
    addLimit(tr("Narrowest free width"), profile.minWidthM, 1, 5, tr(" m"));
    addLimit(tr("Narrowest width where nothing narrows the way"), profile.minWidthUnobstructedM, 1,
             5, tr(" m"))
        ->setToolTip(tr("Applies where no barrier, obstacle, street furniture or parking "
                        "narrows the way. Unchecked: no allowance."));
    addLimit(tr("Largest cross-fall"), profile.maxCrossSlope, 100, 20, tr(" %"));
    m_steps = new QCheckBox(tr("Steps allowed"));
    m_steps->setChecked(profile.allowSteps);
    m_form->addRow(QString(), m_steps);
    m_surface = new QComboBox;
    m_surface->addItem(tr("Firm and smooth only"), int(SurfaceClass::Smooth));
    m_surface->addItem(tr("Firm, even if uneven (sett)"), int(SurfaceClass::Rough));
    m_surface->addItem(tr("Also loose (gravel)"), int(SurfaceClass::Loose));
    m_surface->addItem(tr("Any surface"), int(SurfaceClass::Unknown));
    m_surface->setCurrentIndex(m_surface->findData(int(profile.worstSurface)));
    m_form->addRow(tr("Surface"), m_surface);
    m_unknownPenalty = new QDoubleSpinBox;
    m_unknownPenalty->setRange(0, 10);
    m_unknownPenalty->setSingleStep(0.05);
    m_unknownPenalty->setValue(profile.unknownPenalty);
    m_unknownPenalty->setToolTip(tr("Extra cost, as a share of the length, for each rule that "
                                    "cannot be checked on a stretch."));
    m_form->addRow(tr("Penalty for unknown data"), m_unknownPenalty);
    m_speed = new QDoubleSpinBox;
    m_speed->setRange(0.1, 3);
    m_speed->setDecimals(2);
    m_speed->setSuffix(tr(" m/s"));
    m_speed->setValue(profile.speedMps);
    m_form->addRow(tr("Speed"), m_speed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QDoubleSpinBox *ProfileDialog::addLimit(const QString &label, const std::optional<double> &value,
                                        double scale, double maximum, const QString &suffix)
{
    auto *row = new QWidget;
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *enabled = new QCheckBox;
    auto *spin = new QDoubleSpinBox;
    spin->setRange(0, maximum);
    spin->setDecimals(2);
    spin->setSuffix(suffix);
    spin->setValue(value.value_or(0) * scale);
    spin->setEnabled(value.has_value());
    enabled->setChecked(value.has_value());
    enabled->setToolTip(tr("Unchecked: no limit"));
    connect(enabled, &QCheckBox::toggled, spin, &QWidget::setEnabled);
    h->addWidget(enabled);
    h->addWidget(spin, 1);
    m_form->addRow(label, row);
    m_limits.append({enabled, spin, scale});
    return spin;
}

Profile ProfileDialog::profile() const
{
    Profile p = m_profile;
    std::optional<double> *targets[]
        = {&p.maxSlopeUp, &p.maxSlopeDown,          &p.maxKerbM,     &p.maxChamferedKerbM,
           &p.minWidthM,  &p.minWidthUnobstructedM, &p.maxCrossSlope};
    for (int i = 0; i < m_limits.size(); ++i) {
        const Limit &limit = m_limits[i];
        if (limit.enabled->isChecked())
            *targets[i] = limit.value->value() / limit.scale;
        else
            targets[i]->reset();
    }
    p.allowSteps = m_steps->isChecked();
    p.worstSurface = SurfaceClass(m_surface->currentData().toInt());
    p.unknownPenalty = m_unknownPenalty->value();
    p.speedMps = m_speed->value();
    return p;
}

} // namespace territoire
