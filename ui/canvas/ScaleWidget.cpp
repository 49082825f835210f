#include "canvas/ScaleWidget.h"

#include <QLineEdit>
#include <QLocale>
#include <QRegularExpression>
#include <QSignalBlocker>

#include <cmath>

namespace territoire {

ScaleWidget::ScaleWidget(QWidget *parent)
    : QComboBox(parent)
{
    setEditable(true);
    setInsertPolicy(QComboBox::NoInsert);
    setMinimumContentsLength(11);
    setToolTip(tr("Map scale: type a value such as 1:5000 and press Enter"));
    for (const double n : {1000000.0, 500000.0, 250000.0, 100000.0, 50000.0, 25000.0, 10000.0,
                           5000.0, 2500.0, 1000.0, 500.0})
        addItem(formatScale(n), n);
    connect(lineEdit(), &QLineEdit::editingFinished, this,
            [this] { onTextChosen(lineEdit()->text()); });
    connect(this, &QComboBox::activated, this,
            [this](int index) { onTextChosen(itemText(index)); });
}

void ScaleWidget::setScale(double denominator)
{
    if (!(denominator > 0))
        return;
    m_scale = denominator;
    const QSignalBlocker blocker(this);
    setCurrentIndex(-1);
    setEditText(formatScale(denominator));
}

std::optional<double> ScaleWidget::parseScale(const QString &text)
{
    QString t = text.simplified();
    // Group separators a user may type: spaces (also narrow no-break), dots, commas, quotes.
    t.remove(QRegularExpression(QStringLiteral("[\\s\\x{00A0}\\x{202F}'’]")));
    static const QRegularExpression pattern(QStringLiteral("^(?:1[:/])?([0-9][0-9.,]*)$"));
    const QRegularExpressionMatch match = pattern.match(t);
    if (!match.hasMatch())
        return std::nullopt;
    QString number = match.captured(1);
    // Thousands separators: "5.000" or "5,000" mean 5000; a lone decimal part is kept.
    static const QRegularExpression grouped(QStringLiteral("^[0-9]{1,3}([.,][0-9]{3})+$"));
    if (grouped.match(number).hasMatch())
        number.remove(QLatin1Char('.')).remove(QLatin1Char(','));
    else
        number.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !(value > 0) || !std::isfinite(value))
        return std::nullopt;
    return value;
}

QString ScaleWidget::formatScale(double denominator)
{
    const double rounded = denominator >= 10 ? std::round(denominator) : denominator;
    return QStringLiteral("1:%1").arg(QLocale().toString(rounded, 'f', denominator >= 10 ? 0 : 2));
}

void ScaleWidget::onTextChosen(const QString &text)
{
    const std::optional<double> value = parseScale(text);
    if (!value) {
        setScale(m_scale); // back to the current scale
        return;
    }
    if (m_scale > 0 && std::abs(*value - m_scale) < 0.5)
        return;
    m_scale = *value;
    setScale(*value);
    Q_EMIT scaleEdited(*value);
}

} // namespace territoire
