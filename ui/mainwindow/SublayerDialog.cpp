#include "mainwindow/SublayerDialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace territoire {

SublayerDialog::SublayerDialog(const QString &source, const QList<ProjectLayer> &descriptors,
                               QWidget *parent)
    : QDialog(parent)
    , m_descriptors(descriptors)
    , m_list(new QListWidget)
{
    setWindowTitle(tr("Choose layers"));
    auto *layout = new QVBoxLayout(this);
    auto *label = new QLabel(tr("%1 holds several layers. Choose the ones to add:")
                                 .arg(QDir::toNativeSeparators(source)));
    label->setWordWrap(true);
    layout->addWidget(label);
    for (const ProjectLayer &descriptor : descriptors) {
        auto *item = new QListWidgetItem(
            descriptor.name.isEmpty() ? descriptor.sublayer : descriptor.name, m_list);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    layout->addWidget(m_list);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QList<ProjectLayer> SublayerDialog::selectedDescriptors() const
{
    QList<ProjectLayer> result;
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->checkState() == Qt::Checked)
            result.append(m_descriptors.at(i));
    }
    return result;
}

} // namespace territoire
