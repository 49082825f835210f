#pragma once

#include <QComboBox>

#include <optional>

namespace territoire {

// An editable "1:N" scale box for the status bar: shows the canvas scale and emits the
// denominator the user types or picks. Accepts "1:5000", "1:5 000", "5000" and "1/5000".
class ScaleWidget : public QComboBox
{
    Q_OBJECT
public:
    explicit ScaleWidget(QWidget *parent = nullptr);

    // Shows a scale denominator without emitting scaleEdited.
    void setScale(double denominator);
    double scale() const { return m_scale; }

    // The denominator in a user's text, or nothing when it is not a positive number.
    static std::optional<double> parseScale(const QString &text);
    // "1:25 000" in the user's locale, rounded to a readable value.
    static QString formatScale(double denominator);

Q_SIGNALS:
    void scaleEdited(double denominator);

private:
    void onTextChosen(const QString &text);

    double m_scale = 0;
};

} // namespace territoire
