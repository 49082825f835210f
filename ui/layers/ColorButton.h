#pragma once

#include <QColor>
#include <QToolButton>

namespace territoire {

// A button showing a colour swatch; clicking opens a colour dialog (with alpha).
class ColorButton : public QToolButton
{
    Q_OBJECT
public:
    explicit ColorButton(QWidget *parent = nullptr);

    QColor color() const { return m_color; }
    void setColor(const QColor &color);

Q_SIGNALS:
    void colorChanged(const QColor &color);

private:
    void chooseColor();
    void updateSwatch();

    QColor m_color = Qt::black;
};

} // namespace territoire
