#pragma once

#include "routing/Profile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;

namespace territoire {

// Edits the limits of a routing profile (slopes, kerb and chamfered kerb, width and width where
// nothing narrows the way, cross-fall, steps, surface and the penalty for unknown data). An
// unchecked limit means "no limit"; an unchecked allowance means "no allowance".
class ProfileDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ProfileDialog(const Profile &profile, QWidget *parent = nullptr);
    Profile profile() const;

private:
    QDoubleSpinBox *addLimit(const QString &label, const std::optional<double> &value, double scale,
                             double maximum, const QString &suffix);

    Profile m_profile;
    struct Limit
    {
        QCheckBox *enabled;
        QDoubleSpinBox *value;
        double scale;
    };
    QList<Limit> m_limits;
    QCheckBox *m_steps = nullptr;
    QComboBox *m_surface = nullptr;
    QDoubleSpinBox *m_unknownPenalty = nullptr;
    QDoubleSpinBox *m_speed = nullptr;
    QFormLayout *m_form = nullptr;
};

} // namespace territoire
