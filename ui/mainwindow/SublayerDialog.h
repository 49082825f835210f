#pragma once

#include "base/Project.h"

#include <QDialog>

class QListWidget;

namespace territoire {

// Lets the user pick which layers of a multi-layer source (GeoPackage, OSM extract) to add.
class SublayerDialog : public QDialog
{
    Q_OBJECT
public:
    SublayerDialog(const QString &source, const QList<ProjectLayer> &descriptors,
                   QWidget *parent = nullptr);

    QList<ProjectLayer> selectedDescriptors() const;

private:
    QList<ProjectLayer> m_descriptors;
    QListWidget *m_list;
};

} // namespace territoire
